// Composer detection's stylesheet in real Chromium, both ways a browser may take it: adopted (Chromium),
// and as a <style> element where the content script's sheet is refused (Firefox throws on
// adoptedStyleSheets from a content script; simulated here by making the property throw).
import type { Browser } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type * as Observe from '../../lib/content/observe';
import { aMinuteAfterLoad, sharedBrowser, openFixture, pageBundle } from './harness';

declare global {
  interface Window {
    PostcheckObserve: typeof Observe;
    __stop(): void;
  }
}

let browser: Browser;
beforeAll(async () => {
  browser = await sharedBrowser();
});

const COMPOSER = 'main [data-testid=tweetTextarea_0]';

describe.each([
  { name: 'adopted sheet', refused: false },
  { name: '<style> element where adoptedStyleSheets is refused', refused: true },
])('composer detection with an $name', ({ refused }) => {
  it('finds the composers there and those that come later, and takes its style away when it stops', async () => {
    const { page, errors, close } = await openFixture(browser, 'x-home.html', 'https://x.com/home', {
      scripts: [await pageBundle('lib/content/observe.ts', 'PostcheckObserve')],
    });
    try {
      await page.locator(COMPOSER).waitFor();
      const styles = () => page.evaluate(() => document.querySelectorAll('style').length);
      const before = await styles();
      // Past the first seconds of the page, which are watched closely: a composer appearing of itself is
      // reported by the style engine, which only the stylesheet makes it do.
      await aMinuteAfterLoad(page);
      const started = await page.evaluate((refused) => {
        if (refused) {
          for (const proto of [Document.prototype, ShadowRoot.prototype]) {
            Object.defineProperty(proto, 'adoptedStyleSheets', {
              configurable: true,
              get() {
                throw new TypeError('Accessing from Xray wrapper is not supported.');
              },
              set() {
                throw new TypeError('Accessing from Xray wrapper is not supported.');
              },
            });
          }
        }
        const stop = new AbortController();
        window.__stop = () => stop.abort();
        window.PostcheckObserve.observeComposers(
          window.PostcheckSites.adapterFor(location.href)!,
          { found: (editor) => editor.setAttribute('data-found', ''), removed: () => {} },
          stop.signal,
        );
        return {
          found: document.querySelector('main [data-testid=tweetTextarea_0]')!.hasAttribute('data-found'),
          adopted: refused ? 0 : document.adoptedStyleSheets.length,
        };
      }, refused);
      // The composer already on the page is found at once; the stylesheet is in the page one way or the other.
      expect(started).toEqual({ found: true, adopted: refused ? 0 : 1 });
      expect(await styles()).toBe(before + (refused ? 1 : 0));

      const appear = () =>
        page.evaluate(async () => {
          const wrap = document.createElement('div');
          wrap.innerHTML = document.querySelector('main [data-testid=tweetTextarea_0RichTextInputContainer]')!.outerHTML;
          const editor = wrap.querySelector<HTMLElement>('[contenteditable]')!;
          editor.removeAttribute('data-found');
          document.querySelector('main [aria-label]')!.prepend(wrap);
          await null;
          const atOnce = editor.hasAttribute('data-found');
          for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
          const found = editor.hasAttribute('data-found');
          wrap.remove();
          return { atOnce, found };
        });
      // Not seen by a watch of the whole page (there is none now), but by the style engine a frame later.
      expect(await appear()).toEqual({ atOnce: false, found: true });

      await page.evaluate(() => window.__stop());
      expect(await styles()).toBe(before);
      if (!refused) expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
      expect(await appear()).toEqual({ atOnce: false, found: false });
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

it('watches a modal root the site creates after it started, from the first composer found there', async () => {
  const { page, errors, close } = await openFixture(browser, 'x-home.html', 'https://x.com/home', {
    scripts: [await pageBundle('lib/content/observe.ts', 'PostcheckObserve')],
  });
  try {
    await page.locator(COMPOSER).waitFor();
    // Past the first seconds of the page, which are watched closely.
    await aMinuteAfterLoad(page);
    await page.evaluate(() => {
      document.getElementById('layers')!.remove();
      window.PostcheckObserve.observeComposers(
        window.PostcheckSites.adapterFor(location.href)!,
        { found: (editor) => editor.setAttribute('data-found', ''), removed: () => {} },
        new AbortController().signal,
      );
    });
    const open = () =>
      page.evaluate(async () => {
        const layers =
          document.getElementById('layers') ?? document.body.appendChild(Object.assign(document.createElement('div'), { id: 'layers' }));
        const dialog = document.createElement('div');
        dialog.setAttribute('role', 'dialog');
        dialog.innerHTML = document.querySelector('main [data-testid=tweetTextarea_0RichTextInputContainer]')!.outerHTML;
        const editor = dialog.querySelector<HTMLElement>('[contenteditable]')!;
        editor.removeAttribute('data-found');
        layers.append(dialog);
        await null;
        const atOnce = editor.hasAttribute('data-found');
        for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
        return { atOnce, found: editor.hasAttribute('data-found') };
      });
    // The first composer in the new modal root is reported by the style engine; the next one at once.
    expect(await open()).toEqual({ atOnce: false, found: true });
    expect(await open()).toEqual({ atOnce: true, found: true });
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

it('typing in a text field calls nothing of ours per key; Enter elsewhere still arms the watch for a new composer', async () => {
  const { page, errors, close } = await openFixture(browser, 'x-home.html', 'https://x.com/home', {
    scripts: [await pageBundle('lib/content/observe.ts', 'PostcheckObserve')],
  });
  try {
    await page.locator(COMPOSER).waitFor();
    await page.evaluate(() => {
      const button = Object.assign(document.createElement('button'), { id: 'plain', textContent: 'More' });
      document.querySelector('main')!.prepend(button);
    });
    // Past the first seconds of the page, which are watched closely.
    await aMinuteAfterLoad(page);
    await page.evaluate(() => {
      window.PostcheckObserve.observeComposers(
        window.PostcheckSites.adapterFor(location.href)!,
        { found: (editor) => editor.setAttribute('data-found', ''), removed: () => {} },
        new AbortController().signal,
      );
    });
    // The document's keydown listeners (any world), as the browser's debugger lists them.
    const cdp = await page.context().newCDPSession(page);
    const keyListeners = async () => {
      const { result } = (await cdp.send('Runtime.evaluate', { expression: 'document' })) as { result: { objectId: string } };
      const { listeners } = (await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId })) as {
        listeners: { type: string }[];
      };
      return listeners.filter((l) => l.type === 'keydown').length;
    };
    const base = await keyListeners();
    await page.locator(COMPOSER).click();
    expect(await keyListeners()).toBe(base - 1);
    await page.keyboard.type('ab c');
    await page.locator('#plain').focus();
    expect(await keyListeners()).toBe(base);
    // Enter on the button: a composer added right after it is found at once (the page is watched).
    const addAfter = () =>
      page.evaluate(async () => {
        const wrap = document.createElement('div');
        wrap.innerHTML = document.querySelector('main [data-testid=tweetTextarea_0RichTextInputContainer]')!.outerHTML;
        const editor = wrap.querySelector<HTMLElement>('[contenteditable]')!;
        editor.removeAttribute('data-found');
        document.querySelector('main')!.append(wrap);
        await null;
        const found = editor.hasAttribute('data-found');
        wrap.remove();
        return found;
      });
    expect(await addAfter()).toBe(false);
    await page.keyboard.press('Enter');
    expect(await addAfter()).toBe(true);
    // Focus gone to nothing: keys are heard again.
    await page.locator(COMPOSER).first().click();
    expect(await keyListeners()).toBe(base - 1);
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    expect(await keyListeners()).toBe(base);
    await cdp.detach();
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});
