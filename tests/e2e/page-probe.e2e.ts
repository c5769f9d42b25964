// What a page can learn: a script on the site that plants a hidden composer, fills it (execCommand, a
// trusted input event) and focuses it (focus(), a trusted focus event) gets nothing reviewed — the
// background receives nothing, the badge stays neutral, nothing reaches storage.session or the cross-post
// memory. The person's own click and typing get their composer reviewed as before.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'webextension-polyfill';
import { NO_PROBLEMS, type ExtensionSession } from './harness';
import { launchWithPanel, SidePanel } from './pages/side-panel';
import { readStorage } from './support/storage';
import { openWithContentClock } from './support/content-clock';
import { settled } from './support/settled';
import { MAX_HOLD_MS, PAUSE_MS, RETRY_MS } from '../../lib/content/send-scheduler';

declare const chrome: Browser;

let ext: ExtensionSession;
let panel: SidePanel;
beforeAll(async () => ({ ext, panel } = await launchWithPanel()));
afterAll(() => ext?.close());

const SECRET = 'Project Bluebird launches Friday, buy now';

/** Every draft:update the background receives from pages connecting from now on, recorded in the service worker. */
async function recordUpdates(): Promise<() => Promise<string[]>> {
  const worker = await ext.serviceWorker();
  await worker.evaluate(() => {
    const scope = globalThis as unknown as { __updates?: string[] };
    scope.__updates = [];
    const record = (m: unknown) => {
      const message = m as { type?: string; payload?: { text?: string } };
      if (message.type === 'draft:update') scope.__updates!.push(message.payload?.text ?? '');
      return undefined;
    };
    // Drafts come over each page's port (lib/content/port.ts); any other message as a message.
    chrome.runtime.onMessage.addListener(record);
    chrome.runtime.onConnect.addListener((port) => port.onMessage.addListener(record));
  });
  return () => worker.evaluate(() => (globalThis as unknown as { __updates: string[] }).__updates);
}

it("a page script's hidden composer, filled and focused by script, is never reviewed", async () => {
  const updates = await recordUpdates();
  const { page, clock } = await openWithContentClock(ext, 'https://x.com/home');
  // The page's own world: what any script on x.com can do.
  await page.evaluate((secret) => {
    const box = document.createElement('div');
    box.style.cssText = 'position:absolute;left:-9999px;top:0;width:300px;height:40px;opacity:0';
    box.innerHTML = '<div data-testid="tweetTextarea_7" contenteditable="true" role="textbox" id="probe"></div>';
    document.querySelector('main')!.append(box);
    const probe = document.getElementById('probe')!;
    probe.focus();
    document.execCommand('insertText', false, secret);
    // Synthetic pointer and key events too: not trusted.
    probe.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    probe.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'a' }));
    probe.dispatchEvent(new ClipboardEvent('paste', { bubbles: true }));
  }, SECRET);
  const probe = page.locator('#probe');
  await expect.poll(() => probe.getAttribute('data-postcheck')).toMatch(/^x:/);
  expect(await probe.innerText()).toBe(SECRET);
  const badge = page.locator('#probe ~ postcheck-badge button, postcheck-badge button').last();
  // The person types elsewhere while the page keeps focusing its composer: keystrokes into an
  // off-screen, transparent box do not count as engagement either.
  await page.keyboard.type(' more');
  // Past the longest a draft is held before it is sent, and a retry (lib/content/send-scheduler.ts), on
  // the content script's clock; then the frames and task after, in which a send would have gone.
  await clock.advance(MAX_HOLD_MS + RETRY_MS + PAUSE_MS);
  await settled(page);

  expect(await updates()).toEqual([]);
  expect(await badge.getAttribute('data-verdict')).toBe('pending');
  expect(await badge.getAttribute('aria-label')).toMatch(/click into the box/);
  expect(JSON.stringify(await readStorage(ext, 'session'))).not.toContain('Bluebird');
  expect((await readStorage(ext, 'local')).recentDrafts ?? []).toEqual([]);
  expect(ext.problems()).toEqual(NO_PROBLEMS);
  await page.close();
});

it("the person's click and typing get their composer reviewed", async () => {
  const updates = await recordUpdates();
  const page = await ext.page('https://x.com/home');
  const editor = page.locator('main [data-testid=tweetTextarea_0]');
  await expect.poll(() => editor.getAttribute('data-postcheck')).toBe('x:post');
  const badge = page.locator('postcheck-badge button').first();
  expect(await badge.getAttribute('aria-label')).toMatch(/click into the box/);
  await editor.click();
  await page.keyboard.type('Writing decisions down saves hours, because nobody has to guess why. What do you think?');
  await expect.poll(() => badge.getAttribute('data-verdict')).toMatch(/^(ready|consider|fix)$/);
  await expect.poll(() => panel.draftText()).toContain('nobody has to guess why');
  // The last keystroke's update may still be on its way when the panel shows the text before it.
  await expect.poll(async () => (await updates()).at(-1)).toContain('What do you think?');
  await expect
    .poll(async () => ((await readStorage(ext, 'local')).recentDrafts as unknown[] | undefined)?.length ?? 0, { timeout: 10_000 })
    .toBe(1);
  expect(ext.problems()).toEqual(NO_PROBLEMS);
  await page.close();
});
