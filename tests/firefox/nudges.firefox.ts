// Nudges that step back, in Firefox: with N (shares with a comment in a row) set to 1 on the options page,
// one quote with a comment turns X's repost prompt into the quiet hint beside the site's menu, and a plain
// repost from the site's own menu brings the full prompt back. The Chromium suite (tests/e2e/nudges.e2e.ts)
// also covers the post gate and the offer to ease a check that is often dismissed.
import { beforeAll, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { sharedFirefox, NO_PROBLEMS, waitInShadow, type FirefoxSession } from './harness';
import { CONTENT_UP_ARG, contentScriptStoodUp } from '../support/content-up';

let ff: FirefoxSession;
beforeAll(async () => {
  ff = await sharedFirefox();
});

const TRIGGER = 'article [data-testid="retweet"]';
const EDITOR = '[role="dialog"] [data-testid="tweetTextarea_0"]';
const recorded = (page: Page) =>
  page.evaluate(() => (window as unknown as { __fixture: Record<string, unknown[]> }).__fixture.reposted ?? []);
const shown = (page: Page) =>
  page.evaluate(() => ({
    hint: document.querySelectorAll('postcheck-share-hint').length,
    prompt: document.querySelectorAll('postcheck-share-prompt').length,
  }));

async function xPage(): Promise<Page> {
  const page = await ff.page('https://x.com/home');
  await page.waitForFunction(contentScriptStoodUp, {}, CONTENT_UP_ARG);
  return page;
}

it('X: after one share with a comment the prompt is a quiet hint; the site’s plain repost brings it back', async () => {
  const options = await ff.extensionPage('options.html');
  const field = await options.waitForSelector(
    '::-p-aria([name="Shares with a comment in a row before the repost prompt turns into a quiet hint"][role="spinbutton"])',
  );
  await field!.click({ count: 3 });
  await field!.type('1');
  await expect.poll(() => field!.evaluate((e) => (e as HTMLInputElement).value)).toBe('1');

  const page = await xPage();
  await page.click(TRIGGER);
  await (await waitInShadow(page, 'postcheck-share-prompt', '[data-action="quote"]')).click();
  const editor = await page.waitForSelector(`${EDITOR}[data-postcheck="x:quote"]`);
  await expect.poll(() => editor!.evaluate((e) => (e as HTMLElement).innerText)).toMatch(/^Worth reading because/);
  await page.keyboard.type('it shows how small teams keep decisions written down.');
  await page.click('[role="dialog"] [data-testid="tweetButton"]');

  // The same page, without a reload: the content script reads its config again once the share is counted;
  // a click before that still gets the full prompt, which Escape closes with the site's menu.
  await expect
    .poll(async () => {
      await page.keyboard.press('Escape');
      await page.click(TRIGGER);
      await page.waitForFunction(() => document.querySelector('postcheck-share-hint, postcheck-share-prompt'), { polling: 50 });
      return (await shown(page)).hint;
    })
    .toBe(1);
  expect(await shown(page)).toEqual({ hint: 1, prompt: 0 });
  const line = await waitInShadow(page, 'postcheck-share-hint', 'p');
  expect(await line.evaluate((p) => p.textContent)).toBe('Postcheck: a comment says why you share it.');

  // The site's menu works as always; its plain repost ends the quiet spell.
  await page.click('[data-testid="retweetConfirm"]');
  await expect.poll(() => recorded(page)).toHaveLength(1);
  await page.close();
  await expect
    .poll(async () => {
      const again = await xPage();
      await again.click(TRIGGER);
      await again.waitForFunction(() => document.querySelector('postcheck-share-hint, postcheck-share-prompt'), { polling: 50 });
      const seen = await shown(again);
      await again.close();
      return seen;
    })
    .toEqual({ hint: 0, prompt: 1 });
  expect(await ff.problems()).toEqual(NO_PROBLEMS);
  await options.close();
});
