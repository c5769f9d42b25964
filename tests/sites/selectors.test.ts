// What the adapters must leave alone, what they read from each editor's markup, and the read-back
// that keeps a failed insert from passing as done.
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedBrowser, openFixture, openMarkup } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedBrowser();
});

describe('X: the kind of a composer in the modal', () => {
  it('a quote of a post with only a photo, and the second post of a quoting thread, are quotes', async () => {
    const { page, close } = await openFixture(browser, 'x-home.html', 'https://x.com/home');
    try {
      const kinds = await page.evaluate(() => {
        const x = window.PostcheckSites.x;
        (window as unknown as { openComposer(id: string, quote: boolean): void }).openComposer('1861000000000000001', true);
        const modal = document.querySelector('#layers [role="dialog"]')!;
        // A photo instead of text in the quoted card.
        const card = modal.querySelector('[data-testid="attachments"]')!;
        card.querySelector('[data-testid="tweetText"]')!.outerHTML = '<div data-testid="tweetPhoto"><img alt="Image" src="data:,"></div>';
        // "Add another post": a second editor below the card.
        const first = modal.querySelector<HTMLElement>('[data-testid="tweetTextarea_0"]')!;
        const second = first.cloneNode(true) as HTMLElement;
        second.setAttribute('data-testid', 'tweetTextarea_1');
        card.after(second);
        return [x.composerOf(first)?.kind, x.composerOf(second)?.kind];
      });
      expect(kinds).toEqual(['quote', 'quote']);
    } finally {
      await close();
    }
  });
});

describe('editors we do not review', () => {
  it('X: the editor wrapper and an editor outside the modal and the timeline', async () => {
    const { page, close } = await openFixture(browser, 'x-home.html', 'https://x.com/home');
    try {
      const result = await page.evaluate(() => {
        const x = window.PostcheckSites.x;
        const stray = document.createElement('div');
        stray.setAttribute('data-testid', 'tweetTextarea_0');
        stray.contentEditable = 'true';
        document.body.append(stray);
        return {
          matched: [...document.querySelectorAll(x.editorSelector)].map((el) => el.getAttribute('data-testid')),
          stray: x.composerOf(stray),
        };
      });
      expect(result).toEqual({ matched: ['tweetTextarea_0', 'tweetTextarea_0'], stray: null });
    } finally {
      await close();
    }
  });

  it("LinkedIn: Quill's hidden clipboard, and a Quill editor outside the share modal and comments", async () => {
    const { page, close } = await openFixture(browser, 'linkedin-feed.html', 'https://www.linkedin.com/feed/');
    try {
      await page.locator('.share-box-feed-entry__trigger').click();
      const result = await page.evaluate(() => {
        const li = window.PostcheckSites.linkedin;
        const clipboard = document.querySelector<HTMLElement>('.ql-clipboard')!;
        const stray = document.createElement('div');
        stray.className = 'ql-editor';
        stray.contentEditable = 'true';
        document.body.append(stray);
        return {
          clipboardIsContentEditable: clipboard.isContentEditable,
          clipboardMatches: clipboard.matches(li.editorSelector),
          matched: document.querySelectorAll(li.editorSelector).length,
          stray: li.composerOf(stray),
        };
      });
      expect(result).toEqual({ clipboardIsContentEditable: true, clipboardMatches: false, matched: 2, stray: null });
    } finally {
      await close();
    }
  });

  it('Facebook: a Lexical box in a non-modal dialog without a form (a chat tab), also one showing a shared post', async () => {
    const { page, close } = await openFixture(browser, 'facebook-home.html', 'https://www.facebook.com/');
    try {
      const kinds = await page.evaluate(() => {
        const chat = (above: string) => {
          const dialog = document.createElement('div');
          dialog.setAttribute('role', 'dialog');
          dialog.innerHTML = `${above}<div contenteditable="true" role="textbox" data-lexical-editor="true"><p><br></p></div>`;
          document.body.append(dialog);
          return window.PostcheckSites.facebook.composerOf(dialog.querySelector('[data-lexical-editor]')!);
        };
        return [chat(''), chat('<div role="article"><div data-ad-rendering-role="story_message">A shared post</div></div>')];
      });
      expect(kinds).toEqual([null, null]);
    } finally {
      await close();
    }
  });
});

describe('readDraft on samples of each editor', () => {
  it.each([
    [
      'Draft.js: blocks, an empty block, a decorated mention and hashtag, an emoji image',
      '<div contenteditable="true" id="e"><div data-contents="true">' +
        '<div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">Hi </span></span>' +
        '<span class="r-mention"><span><span data-text="true">@ada_builds</span></span></span><span><span data-text="true"> </span></span>' +
        '<img alt="🚀" src="data:,"></div></div>' +
        '<div data-block="true"><div class="public-DraftStyleDefault-block"><span><br data-text="true"></span></div></div>' +
        '<div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">#ship&nbsp;it</span></span></div></div>' +
        '</div></div>',
      'Hi @ada_builds 🚀\n\n#ship it',
    ],
    [
      'Quill: paragraphs, an empty one, a mention link',
      '<div class="ql-editor" contenteditable="true" id="e" data-placeholder="What do you want to talk about?">' +
        '<p>Thanks <a class="ql-mention" href="/in/maria">Maria Svensson</a>!</p><p><br></p><p>Read: https://example.com</p></div>',
      'Thanks Maria Svensson!\n\nRead: https://example.com',
    ],
    [
      'Lexical: a line break inside a paragraph, an empty paragraph, a trailing break',
      '<div contenteditable="true" data-lexical-editor="true" id="e">' +
        '<p><span data-lexical-text="true">One</span><br><span data-lexical-text="true">two</span></p>' +
        '<p><br></p><p><span data-lexical-text="true">three</span><br><br></p></div>',
      'One\ntwo\n\nthree\n',
    ],
    [
      'an empty editor with an in-editor placeholder',
      '<div contenteditable="true" id="e"><div class="public-DraftEditorPlaceholder-root">What is happening?!</div><p><br></p></div>',
      '',
    ],
  ])('%s', async (_name, html, expected) => {
    const { page, close } = await openMarkup(browser, html);
    try {
      expect(await page.evaluate(() => window.PostcheckSites.x.readDraft(document.getElementById('e')!))).toBe(expected);
    } finally {
      await close();
    }
  });
});

declare global {
  interface Window {
    __inserted: Promise<{ ok: boolean; draft: string }>;
  }
}

/**
 * insertText waits for the editor to show what it accepted (up to 600 ms per input path, lib/sites/dom.ts):
 * the page runs on a paused fake clock (harness `clock`), moved well past that window here instead of waited out.
 */
async function inserted(page: Page) {
  await page.clock.runFor(5_000);
  return page.evaluate(() => window.__inserted);
}

describe('insertText reads back', () => {
  it('resolves false when the editor drops the input, and leaves the draft alone', async () => {
    const { page, close } = await openFixture(browser, 'x-home.html', 'https://x.com/home', { clock: true });
    try {
      const editor = page.locator('main [data-testid=tweetTextarea_0]');
      await editor.click();
      await page.keyboard.type('Draft');
      await editor.evaluate((el: HTMLElement) => {
        // An editor that re-renders from its own state, which never took the text (a read-only or broken editor).
        const rendered = el.innerHTML;
        el.addEventListener('input', () => {
          el.innerHTML = rendered;
        });
        window.__inserted = window.PostcheckSites.x
          .insertText(el, ' more', 'append')
          .then((ok) => ({ ok, draft: window.PostcheckSites.x.readDraft(el) }));
      });
      expect(await inserted(page)).toEqual({ ok: false, draft: 'Draft' });
    } finally {
      await close();
    }
  });

  /** X's editor with a paste handler that takes the pasted text its own way; what insertText makes of it. */
  async function insertIntoEditorThatPastes(how: 'upper case' | 'one line', text: string) {
    const { page, close } = await openFixture(browser, 'x-home.html', 'https://x.com/home', { clock: true });
    try {
      await page.locator('main [data-testid=tweetTextarea_0]').evaluate(
        (el: HTMLElement, [how, text]) => {
          el.addEventListener('paste', (e) => {
            e.preventDefault();
            const pasted = e.clipboardData!.getData('text/plain');
            document.execCommand('insertText', false, how === 'upper case' ? pasted.toUpperCase() : pasted.replace(/\s*\n+\s*/g, ' '));
          });
          window.__inserted = window.PostcheckSites.x
            .insertText(el, text, 'replace')
            .then((ok) => ({ ok, draft: window.PostcheckSites.x.readDraft(el) }));
        },
        [how, text] as const,
      );
      return await inserted(page);
    } finally {
      await close();
    }
  }

  it('resolves false when the editor took the paste differently, without inserting a second time', async () => {
    expect(await insertIntoEditorThatPastes('upper case', 'hello')).toEqual({ ok: false, draft: 'HELLO' });
  });

  it('resolves false when the editor ran the paragraphs together (a line break lost is not done)', async () => {
    expect(await insertIntoEditorThatPastes('one line', 'First paragraph.\n\nWhat do you think?')).toEqual({
      ok: false,
      draft: 'First paragraph. What do you think?',
    });
  });
});
