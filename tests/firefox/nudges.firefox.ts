// Nudges that step back, in Firefox: with N (shares with a comment in a row) set to 1 on the options page,
// one quote with a comment turns X's repost prompt into the quiet hint beside the site's menu, and a plain
// repost from the site's own menu brings the full prompt back; with M (dismissals) set to 2, a check
// dismissed twice on LinkedIn is offered once in the real sidebar to be made a warning, with Undo. The
// Chromium suite (tests/e2e/nudges.e2e.ts) also covers the post gate.
import { beforeAll, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { sharedFirefox, NO_PROBLEMS, waitInShadow, type FirefoxSession } from './harness';
import { CONTENT_UP_ARG, contentScriptStoodUp } from '../support/content-up';
import { fixtureRecord } from '../support/fixture-record';

let ff: FirefoxSession;
beforeAll(async () => {
  ff = await sharedFirefox();
});

const TRIGGER = 'article [data-testid="retweet"]';
const EDITOR = '[role="dialog"] [data-testid="tweetTextarea_0"]';
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

/** Sets the options page's number field named `name` to `value`, as a person types it; returns the page. */
async function setNumber(name: string, value: string): Promise<Page> {
  const options = await ff.extensionPage('options.html');
  const field = (await options.waitForSelector(`::-p-aria([name="${name}"][role="spinbutton"])`))!;
  await field.click({ count: 3 });
  await field.type(value);
  await expect.poll(() => field.evaluate((e) => (e as HTMLInputElement).value)).toBe(value);
  return options;
}

it('X: after one share with a comment the prompt is a quiet hint; the site’s plain repost brings it back', async () => {
  const options = await setNumber('Shares with a comment in a row before the repost prompt turns into a quiet hint', '1');

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
  await expect.poll(() => page.evaluate(fixtureRecord, 'reposted')).toHaveLength(1);
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

it('LinkedIn: a check dismissed M times is offered once in the sidebar to be made a warning; Undo takes it back', async () => {
  const options = await setNumber('Dismissals of one check on a network within 14 days before the panel offers to ease it', '2');

  const page = await ff.page('https://www.linkedin.com/feed/');
  await page.click('.share-box-feed-entry__trigger');
  await page.waitForSelector('[role="dialog"] .ql-editor[data-postcheck]');
  await page.click('[role="dialog"] .ql-editor');
  await page.keyboard.type('Our onboarding guide is finally out, because new hires deserve better.');
  await ff.sidebar.open();
  const cta = () => ff.sidebar.attribute('[data-check="cta"]', 'data-status');
  await expect.poll(cta, { timeout: 10_000 }).toBe('fail');
  for (let i = 0; i < 2; i++) {
    await expect.poll(() => ff.sidebar.click('[data-check="cta"] button', 'Dismiss')).toBe(true);
    await expect.poll(() => ff.sidebar.click('[data-check="cta"] button', 'Restore')).toBe(true);
  }
  const offer = () => ff.sidebar.attribute('[data-dismiss-offer="cta"]', 'data-dismiss-offer');
  await expect.poll(offer).toBe('cta');
  expect(await ff.sidebar.text()).toContain('You often dismiss “Call to action” on LinkedIn');
  expect(await ff.sidebar.click('[data-dismiss-offer="cta"] button', 'Make it a warning')).toBe(true);
  // The rules changed for LinkedIn: the draft is reviewed again with the check as a warning.
  await expect.poll(cta).toBe('warn');
  await expect.poll(() => ff.sidebar.text()).toContain('“Call to action” is now a warning on LinkedIn.');
  expect(await ff.sidebar.click('[data-dismiss-offer="cta"] button', 'Undo')).toBe(true);
  await expect.poll(cta).toBe('fail');
  // Made once: not offered again.
  await expect.poll(offer).toBeNull();
  expect(await ff.problems()).toEqual(NO_PROBLEMS);
  await page.close();
  await options.close();
});
