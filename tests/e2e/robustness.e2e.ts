// Robustness in the real browser: rules saved by an older version are migrated and used, and a thousand
// composers coming and going leave nothing behind — no nodes, no listeners, no badges.
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, NO_PROBLEMS, type ExtensionSession } from './harness';
import { SidePanel } from './pages/side-panel';

declare const chrome: { storage: { sync: { set(items: Record<string, unknown>): Promise<void> } } };

let ext: ExtensionSession;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(() => ext?.close());

describe('an update from rules version 1', () => {
  it('migrates what version 1 stored and reviews with it, after a service-worker restart too', async () => {
    const v1 = JSON.parse(readFileSync(new URL('../unit/settings/fixtures/rules-v1.json', import.meta.url), 'utf8'));
    const worker = await ext.serviceWorker();
    await worker.evaluate(async (rules) => chrome.storage.sync.set({ rules }), v1);

    // Start from a fresh worker, as after a browser update: it reads (and migrates) the stored rules.
    const panel = await SidePanel.open(ext);
    const cdp = await ext.context.newCDPSession(panel.page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();

    const page = await ext.page('https://www.linkedin.com/feed/');
    await page.locator('.share-box-feed-entry__trigger').click();
    await page.locator('[role=dialog] .ql-editor').click();
    // "DM me" is a call to action only version 1's person added; "synergy" is their own rule.
    await page.keyboard.type('We halved onboarding by writing every decision down, because memory fades. No synergy talk. DM me');
    await expect.poll(() => panel.draftText()).toContain('talk. DM me');
    await expect.poll(() => panel.status('custom:no-synergy')).toBe('warn');
    await expect.poll(() => panel.status('cta')).toBe('pass');

    const options = await ext.openExtensionPage('options.html');
    await expect.poll(() => options.getByRole('region', { name: 'LinkedIn' }).count()).toBe(1);
    expect(ext.problems()).toEqual(NO_PROBLEMS);
    await options.close();
    await page.close();
    await panel.page.close();
  });
});

async function counters(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  await cdp.detach();
  const badges = await page.locator('postcheck-badge').count();
  return { nodes, jsEventListeners, badges };
}

describe('a thousand composers', () => {
  it('added and removed leak no nodes, listeners or badges', async () => {
    const page = await ext.page('https://x.com/home');
    await expect.poll(() => page.locator('main [data-testid=tweetTextarea_0]').getAttribute('data-postcheck')).toBe('x:post');
    // Warm up once so lazily created things (our stylesheet, the first badge's styles) are in the baseline.
    const cycle = (n: number) =>
      page.evaluate(async (count) => {
        const editor = (i: number) =>
          `<div data-testid="tweetTextarea_${i}RichTextInputContainer"><div class="DraftEditor-root"><div class="DraftEditor-editorContainer"><div class="notranslate public-DraftEditor-content" contenteditable="true" data-testid="tweetTextarea_0" role="textbox"><div data-contents="true"><div data-block="true"><div class="public-DraftStyleDefault-block"><span><br data-text="true"></span></div></div></div></div></div></div></div>`;
        let marked = 0;
        for (let i = 0; i < count; i++) {
          const modal = i % 2 === 0;
          const wrap = document.createElement('div');
          wrap.innerHTML = modal
            ? `<div role="dialog" aria-modal="true">${editor(i)}<div data-testid="toolBar" role="group"><button data-testid="tweetButton" type="button">Post</button></div></div>`
            : `${editor(i)}<div data-testid="toolBar" role="group"><button data-testid="tweetButtonInline" type="button">Reply</button></div>`;
          const el = wrap.querySelector('[contenteditable]')!;
          (modal ? document.getElementById('layers')! : document.querySelector('main')!).append(wrap);
          // (The wait keeps no timer or observer alive afterwards: they would hold the removed editor.)
          const ok = await new Promise<boolean>((resolve) => {
            if (el.hasAttribute('data-postcheck')) return resolve(true);
            const done = (value: boolean) => {
              mo.disconnect();
              clearTimeout(timer);
              resolve(value);
            };
            const mo = new MutationObserver(() => el.hasAttribute('data-postcheck') && done(true));
            const timer = setTimeout(() => done(false), 2000);
            mo.observe(el, { attributes: true });
          });
          if (ok) marked++;
          wrap.remove();
        }
        return marked;
      }, n);

    expect(await cycle(10)).toBe(10);
    // The baseline once the warm-up's last messages are answered: two readings in a row agree.
    let before = await counters(page);
    await expect
      .poll(async () => {
        const last = before;
        before = await counters(page);
        return isDeepStrictEqual(before, last);
      })
      .toBe(true);
    expect(await cycle(1000)).toBe(1000);
    // The fixture page does nothing on its own, so once the background has answered the last messages
    // and a GC has run, the counts are exact; a leak would stay a thousand or more over.
    await expect.poll(() => counters(page), { timeout: 15_000, interval: 500 }).toEqual(before);
    expect(ext.problems()).toEqual(NO_PROBLEMS);
    await page.close();
  }, 120_000);
});
