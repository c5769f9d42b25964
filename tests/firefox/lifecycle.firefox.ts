// A draft leaves with its page in Firefox: reload, navigation, back/forward and closing a tab with a draft
// open leave nothing behind in the panel's storage and log nothing in the Browser Console. Firefox cuts off
// messages sent while a page is torn down ("Promise rejected after context unloaded"): the background must
// learn that a page went from its connection and the tab events, not from a goodbye message.
import { beforeAll, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { sharedFirefox, NO_PROBLEMS, waitInShadow, type FirefoxSession } from './harness';

let ff: FirefoxSession;
let panel: Page;
beforeAll(async () => {
  ff = await sharedFirefox();
  panel = await ff.extensionPage('sidepanel.html');
});

const EDITOR = 'main [data-testid="tweetTextarea_0"]';
const OTHER_PAGE = 'https://x.com/ada_builds/status/1861000000000000001';

/** The tabs holding a draft, as the background stored them. */
const draftTabs = () =>
  panel.evaluate(async () => {
    const stored = await (
      globalThis as unknown as { browser: { storage: { session: { get(k: null): Promise<Record<string, unknown>> } } } }
    ).browser.storage.session.get(null);
    return Object.keys(stored).filter((k) => /^draft:\d+$/.test(k)).length;
  });

async function typeDraft(page: Page, text: string) {
  await page.waitForSelector(`${EDITOR}[data-postcheck]`);
  await page.click(EDITOR);
  await page.keyboard.type(text);
  await waitInShadow(page, 'postcheck-badge', 'button[data-verdict]:not([data-verdict="pending"]):not(.is-empty)');
  await expect.poll(draftTabs).toBe(1);
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 500));

/**
 * history.back() / forward() as the browser's buttons do, then wait for `url`. (A page restored from the
 * back/forward cache fires no load event, which puppeteer's goBack would wait for.)
 */
async function travel(page: Page, step: -1 | 1, url: string) {
  await ff.leaving(async () => {
    await page.evaluate((n) => history.go(n), step).catch(() => undefined);
    await page.waitForFunction((u) => location.href === u && document.readyState === 'complete', { polling: 50 }, url);
  });
}

it('reload: the old draft goes, nothing is logged', async () => {
  const page = await ff.page('https://x.com/home');
  await typeDraft(page, 'A draft that the reload takes away.');
  await page.reload();
  await expect.poll(draftTabs).toBe(0);
  await settle();
  expect(await ff.problems()).toEqual(NO_PROBLEMS);
  await page.close();
});

it('navigation, back and forward: the draft goes with its page, nothing is logged', async () => {
  const page = await ff.page('https://x.com/home', 'x-home.html');
  await ff.page(OTHER_PAGE, 'x-status.html').then((p) => p.close());
  await typeDraft(page, 'A draft on the home page.');
  await page.goto(OTHER_PAGE);
  await expect.poll(draftTabs).toBe(0);
  await travel(page, -1, 'https://x.com/home');
  await typeDraft(page, ' And one more line.');
  await travel(page, 1, OTHER_PAGE);
  await expect.poll(draftTabs).toBe(0);
  await settle();
  expect(await ff.problems()).toEqual(NO_PROBLEMS);
  await page.close();
});

it('closing the tab: the draft goes, nothing is logged', async () => {
  const page = await ff.page('https://x.com/home');
  await typeDraft(page, 'A draft in a tab about to close.');
  await page.close();
  await expect.poll(draftTabs).toBe(0);
  await settle();
  expect(await ff.problems()).toEqual(NO_PROBLEMS);
});
