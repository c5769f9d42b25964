// Issue 14, point 4: what a keystroke costs does not depend on the page. The runtime asks the adapter
// for the composer's kind and reads the draft on every draft sent; during 50 keystrokes into each
// composer (typed as a person does, the fixture site reacting as it does), neither that nor anything the
// adapters run in between (their observers) queries the document, a shadow root or any ancestor of the
// editor (the column, the modal, the form: the page around the box), nor compares document positions.
// Counts calls, never times them.
import type { Browser } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { composerCases } from './cases';
import { sharedBrowser, openFixture } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedBrowser();
});

const KEYS = 50;
const TEXT = 'small teams ship faster when decisions are written ';
const TYPED = Array.from({ length: KEYS }, (_, i) => TEXT[i % TEXT.length]).join('');

declare global {
  interface Window {
    __keystroke: { editor: HTMLElement; explicit: boolean; wide: string[]; kinds: (string | null)[] };
  }
}

describe.each(composerCases)('$name', (c) => {
  it(`${KEYS} keystrokes make no page-wide query`, async () => {
    const { page, close } = await openFixture(browser, c.file, c.url, { clock: !!c.mountsAfterMs });
    try {
      if (c.mountsAfterMs) {
        await page.clock.fastForward(c.mountsAfterMs);
        await page.clock.resume();
      }
      await c.open?.(page);
      const editor = page.locator(c.editor);
      await editor.waitFor();
      await editor.click();
      // The composer found (its kind decided, as the runtime does when it finds it), then the spies.
      const found = await editor.evaluate((el: HTMLElement) => {
        const adapter = window.PostcheckSites.adapterFor(location.href)!;
        const kind = adapter.composerOf(el)?.kind ?? null;
        window.__keystroke = { editor: el, explicit: false, wide: [], kinds: [] };
        const state = window.__keystroke;
        // Page-wide: a document, a shadow root, or an element around the editor (which holds the page
        // near it). A query inside the editor, or on a subtree just added elsewhere, is not.
        const wide = (receiver: unknown) =>
          receiver instanceof Document ||
          receiver instanceof ShadowRoot ||
          (receiver instanceof Node && receiver !== state.editor && receiver.contains(state.editor));
        // The site's own scripts (the fixture's, run from the page's URL) and the test's are not ours.
        const ours = () =>
          state.explicit ||
          !(new Error().stack ?? '')
            .split('\n')
            .slice(3)
            .some((line) => line.includes(location.origin) || line.includes('playwright'));
        const spy = (proto: object, name: string, always: boolean) => {
          const original = Reflect.get(proto, name) as (...args: unknown[]) => unknown;
          Reflect.set(proto, name, function (this: unknown, ...args: unknown[]) {
            if ((always || wide(this)) && ours())
              state.wide.push(
                `${name} on ${this instanceof Element ? this.tagName.toLowerCase() + (this.getAttribute('role') ? `[role=${this.getAttribute('role')}]` : '') : String(this)}: ${String(args[0]).slice(0, 60)}`,
              );
            return original.apply(this, args);
          });
        };
        for (const proto of [Document.prototype, DocumentFragment.prototype, Element.prototype]) {
          spy(proto, 'querySelectorAll', false);
          spy(proto, 'querySelector', false);
        }
        spy(Node.prototype, 'compareDocumentPosition', true);
        // What the runtime does with each change, after each keystroke (its keyup, once the key's input
        // and what the site and the adapters' observers did about it are done): the composer's kind, and the draft.
        window.addEventListener('keyup', () => {
          state.explicit = true;
          try {
            state.kinds.push(adapter.composerOf(state.editor)?.kind ?? null);
            adapter.readDraft(state.editor);
          } finally {
            state.explicit = false;
          }
        });
        return kind;
      });
      expect(found).toBe(c.kind);

      // Typed as a person does: a keydown and a keyup per character, each in its own task.
      await page.keyboard.type(TYPED);
      const result = await page.evaluate(() => ({
        wide: window.__keystroke.wide,
        kinds: window.__keystroke.kinds,
        draft: window.PostcheckSites.adapterFor(location.href)!.readDraft(window.__keystroke.editor),
      }));
      // The keys reached the editor, and its kind held throughout.
      expect(result.draft.replace(/\s+/g, ' ').trim()).toBe(TYPED.replace(/\s+/g, ' ').trim());
      // Asked once per keystroke, the same kind every time.
      expect(result.kinds).toHaveLength(KEYS);
      expect([...new Set(result.kinds)]).toEqual([c.kind]);
      expect(result.wide).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('a kept kind is decided again when its own surroundings change', () => {
  it('X modal: a quoted card arriving or going, a post above, the editor no longer one, a new URL', async () => {
    const { page, close } = await openFixture(browser, 'x-home.html', 'https://x.com/home');
    try {
      const kinds = await page.evaluate(async () => {
        const x = window.PostcheckSites.x;
        (window as unknown as { openComposer(id: string, quote: boolean): void }).openComposer('', false);
        const modal = document.querySelector('#layers [role="dialog"]')!;
        const editor = modal.querySelector<HTMLElement>('[data-testid="tweetTextarea_0"]')!;
        const kind = () => x.composerOf(editor)?.kind ?? null;
        const seen: (string | null)[] = [kind()];
        // The quoted card renders after the editor: seen at once (same task) and after the observer ran.
        const card = document.createElement('div');
        card.setAttribute('data-testid', 'attachments');
        card.innerHTML = '<div data-testid="User-Name">quoted author</div><div data-testid="tweetText">quoted text</div>';
        editor.closest('[data-testid$="RichTextInputContainer"]')!.after(card);
        seen.push(kind());
        await new Promise((r) => setTimeout(r));
        seen.push(kind());
        card.remove();
        await new Promise((r) => setTimeout(r));
        seen.push(kind());
        // A post rendered above the box: a reply.
        const above = document.createElement('article');
        above.setAttribute('data-testid', 'tweet');
        modal.firstElementChild!.prepend(above);
        seen.push(kind());
        above.remove();
        seen.push(kind());
        // A reply link opened in the same modal: the URL decides until the post renders.
        history.replaceState({}, '', '/compose/post?in_reply_to=1');
        seen.push(kind());
        history.replaceState({}, '', '/compose/post');
        seen.push(kind());
        // No longer an editor.
        editor.setAttribute('contenteditable', 'false');
        seen.push(kind());
        return seen;
      });
      expect(kinds).toEqual(['post', 'quote', 'quote', 'post', 'reply', 'post', 'reply', 'post', null]);
    } finally {
      await close();
    }
  });

  it('Facebook dialog: a post shown in it, a comment form send button', async () => {
    const { page, close } = await openFixture(browser, 'facebook-home.html', 'https://www.facebook.com/');
    try {
      await page.locator('[role=button]:has-text("on your mind")').click();
      const editor = page.locator('[role=dialog] [data-lexical-editor]');
      await editor.waitFor();
      const kinds = await editor.evaluate(async (el: HTMLElement) => {
        const fb = window.PostcheckSites.facebook;
        const kind = () => fb.composerOf(el)?.kind ?? null;
        const seen: (string | null)[] = [kind()];
        const shared = document.createElement('div');
        shared.setAttribute('data-ad-rendering-role', 'story_message');
        el.after(shared);
        await new Promise((r) => setTimeout(r));
        seen.push(kind());
        shared.remove();
        seen.push(kind());
        const submit = document.createElement('div');
        submit.id = 'focused-state-composer-submit';
        el.closest('form')!.append(submit);
        seen.push(kind());
        return seen;
      });
      expect(kinds).toEqual(['post', 'quote', 'post', 'comment']);
    } finally {
      await close();
    }
  });
});
