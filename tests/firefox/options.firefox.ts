// The options page in Firefox: a changed rule changes the open draft's review in the sidebar at once, and
// switching a network off stands Postcheck down on that site (no mark, no badge) until it is switched on.
import { beforeAll, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { sharedFirefox, NO_PROBLEMS, type FirefoxSession } from './harness';

let ff: FirefoxSession;
let options: Page;
beforeAll(async () => {
  ff = await sharedFirefox();
  options = await ff.extensionPage('options.html');
  await options.waitForSelector('::-p-aria(Review drafts on X)');
});

const traces = (page: Page) =>
  page.evaluate(() => ({
    marked: document.querySelectorAll('[data-postcheck]').length,
    badges: document.querySelectorAll('postcheck-badge').length,
  }));

it('a rule changed on the options page changes the open review in the sidebar', async () => {
  const page = await ff.page('https://x.com/home');
  await page.click('main [data-testid="tweetTextarea_0"]');
  // Value, but nothing asked of the reader: the call-to-action check is the one to watch.
  // The open points must not depend on the hour the test runs at: X's audience-hours check off first.
  const x = await options.waitForSelector('::-p-aria([name="X"][role="region"])');
  const timing = await x!.waitForSelector('::-p-aria([name="Timing"][role="combobox"])');
  await timing!.select('off');
  await page.keyboard.type('We cut onboarding time in half by writing every decision down, because memory fades.');
  await ff.sidebar.open();
  await expect.poll(() => ff.sidebar.text(), { timeout: 10_000 }).toContain('memory fades.');
  // The timing switch reaches the review a few steps after the options page saved it.
  await expect.poll(() => ff.sidebar.text(), { timeout: 10_000 }).toMatch(/Worth a second look\s+1 open point/);

  // X's call to action made optional: the draft is ready, and the panel says the rules leave it optional.
  const select = await x!.waitForSelector('::-p-aria([name="Call to action"][role="combobox"])');
  await select!.select('off');
  await expect.poll(() => ff.sidebar.text(), { timeout: 10_000 }).toMatch(/Ready to post[\s\S]*optional on X/);
  await select!.select('warn');
  await expect.poll(() => ff.sidebar.text(), { timeout: 10_000 }).toMatch(/Worth a second look\s+1 open point/);
  expect(await ff.problems()).toEqual(NO_PROBLEMS);
  await page.close();
});

it('switching X off stands Postcheck down there, and switching it on brings it back', async () => {
  const page = await ff.page('https://x.com/home');
  await page.waitForSelector('main [data-testid="tweetTextarea_0"][data-postcheck="x:post"]');
  expect((await traces(page)).badges).toBe(1);

  const toggle = await options.waitForSelector('::-p-aria(Review drafts on X)');
  await toggle!.click();
  await expect.poll(() => traces(page)).toEqual({ marked: 0, badges: 0 });

  await toggle!.click();
  await expect.poll(() => traces(page)).toEqual({ marked: 1, badges: 1 });
  expect(await ff.problems()).toEqual(NO_PROBLEMS);
  await page.close();
});
