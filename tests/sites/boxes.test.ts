// Boxes no adapter recognises (lib/content/boxes.ts), in real Chromium with the real adapters: which a
// person's typing offers for review, which stay out (one-line fields, search, chats, the adapters' own
// exclusions), and that a box is looked at once, at its first typing, not at every keystroke.
import type { Browser } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type * as Boxes from '../../lib/content/boxes';
import { sharedBrowser, openMarkup, pageBundle } from './harness';

declare global {
  interface Window {
    PostcheckBoxes: typeof Boxes;
    __classified: string[];
    __offered: string[];
  }
}

let browser: Browser;
beforeAll(async () => {
  browser = await sharedBrowser();
});

const boxesBundle = () => pageBundle('lib/content/boxes.ts', 'PostcheckBoxes');

/** Each box is an element with `data-case`; the expected class is its value's part before `/`. */
const MARKUP: Record<'x' | 'linkedin' | 'facebook', string> = {
  x: `
    <main>
      <div data-case="known/x composer" contenteditable="true" data-testid="tweetTextarea_0" role="textbox"><div>hi</div></div>
      <div data-case="unrecognised/renamed composer" contenteditable="true" aria-multiline="true"><div><span>hi</span></div></div>
      <textarea data-case="unrecognised/textarea"></textarea>
      <input data-case="other/one-line input" type="text">
      <div data-case="other/search role" contenteditable="true" role="searchbox"></div>
      <form role="search"><div data-case="other/inside search" contenteditable="true"></div></form>
      <div data-case="other/aria single line" contenteditable="true" aria-multiline="false"></div>
      <textarea data-case="other/read-only textarea" readonly></textarea>
      <div data-testid="DMDrawer"><div data-case="excluded/DM drawer" contenteditable="true"></div></div>
    </main>`,
  linkedin: `
    <div class="msg-form"><div data-case="excluded/messaging form" contenteditable="true" class="msg-form__contenteditable"></div></div>
    <div data-case="unrecognised/renamed comment box" contenteditable="true" role="textbox"></div>`,
  facebook: `
    <div role="dialog"><div data-case="excluded/Lexical chat tab (the adapter's own exclusion)" contenteditable="true" data-lexical-editor="true"></div></div>
    <div><div data-case="excluded/Messenger box, hooks renamed" contenteditable="true" aria-placeholder="Aa"></div></div>
    <form><div data-case="unrecognised/comment box, hooks renamed" contenteditable="true"></div></form>`,
};

describe.each(['x', 'linkedin', 'facebook'] as const)('%s: what a box is', (network) => {
  it('offers a multi-line box nothing recognises; leaves one-line, search, known and chat boxes', async () => {
    const { page, errors, close } = await openMarkup(browser, MARKUP[network]);
    try {
      await page.addScriptTag({ content: await boxesBundle() });
      const found = await page.evaluate((n) => {
        const adapter = window.PostcheckSites[n];
        return [...document.querySelectorAll<HTMLElement>('[data-case]')].map((el) => [
          el.dataset.case!,
          window.PostcheckBoxes.classifyBox(adapter, el, '/home'),
        ]);
      }, network);
      expect(found.length).toBeGreaterThan(1);
      for (const [name, got] of found) expect(got, name).toBe(name!.split('/')[0]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('boxes', () => {
  it('on a messaging page any box is a direct message; the box of an event target is its editing host', async () => {
    const { page, close } = await openMarkup(
      browser,
      `<div id="host" contenteditable="true"><p><span id="inner">x</span></p></div><input id="pw" type="password"><input id="t" type="text">`,
    );
    try {
      await page.addScriptTag({ content: await boxesBundle() });
      const got = await page.evaluate(() => {
        const { classifyBox, editableBox } = window.PostcheckBoxes;
        const host = document.getElementById('host')!;
        return {
          messaging: ['x', 'linkedin', 'facebook'].map((n, i) =>
            classifyBox(window.PostcheckSites[n as 'x'], host, ['/messages/123', '/messaging/thread/1/', '/messages/t/9'][i]!),
          ),
          inner: editableBox(document.getElementById('inner')) === host,
          password: editableBox(document.getElementById('pw')),
          text: editableBox(document.getElementById('t'))?.id,
        };
      });
      expect(got).toEqual({ messaging: ['excluded', 'excluded', 'excluded'], inner: true, password: null, text: 't' });
    } finally {
      await close();
    }
  });

  it("is looked at once, at the person's first typing, and never for a page script's input", async () => {
    const { page, close } = await openMarkup(
      browser,
      `<main><div id="box" contenteditable="true" aria-multiline="true"></div><textarea id="ta"></textarea></main>`,
    );
    try {
      await page.addScriptTag({ content: await boxesBundle() });
      await page.evaluate(() => {
        window.__classified = [];
        window.__offered = [];
        const focused = window.PostcheckBoxes.watchUnrecognised(
          {
            engagedBy: (event) => event.isTrusted,
            classify: (box) => (window.__classified.push(box.id), 'unrecognised'),
            offer: (box) => void window.__offered.push(box.id),
          },
          new AbortController().signal,
        );
        document.addEventListener('focusin', (e) => focused(e.composedPath()[0] as Element), true);
      });
      // A page script focusing the box and inserting text (a trusted input event, but no key of the person's).
      await page.evaluate(() => {
        const box = document.getElementById('box')!;
        box.focus();
        document.execCommand('insertText', false, 'planted');
        box.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
        box.dispatchEvent(new InputEvent('input', { bubbles: true }));
      });
      expect(await page.evaluate(() => window.__classified)).toEqual([]);
      // The person types: one look at the first keystroke, none at the next twenty.
      await page.locator('#box').click();
      await page.keyboard.type('twenty more characters');
      await page.locator('#ta').click();
      await page.keyboard.type('and here');
      await page.locator('#box').click();
      await page.keyboard.type(' again');
      expect(await page.evaluate(() => ({ classified: window.__classified, offered: window.__offered }))).toEqual({
        classified: ['box', 'ta'],
        offered: ['box', 'ta'],
      });
    } finally {
      await close();
    }
  });
});
