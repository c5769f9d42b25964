// First light in Firefox: the composer is marked and badged, the panel reads the draft, nothing leaves the browser.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchFirefox, NO_PROBLEMS, type FirefoxSession } from './harness';

let ff: FirefoxSession;
beforeAll(async () => {
  ff = await launchFirefox();
});
afterAll(() => ff?.close());

it('marks X home composer, badges it, and the panel shows the draft', async () => {
  const page = await ff.page('https://x.com/home');
  await page.click('[data-testid="tweetTextarea_0"]');
  await page.keyboard.type('What is the one habit that saved you most time this year? Reply below.');
  await page.waitForSelector('postcheck-badge >>> button[data-verdict]');
  const panel = await ff.extensionPage('sidepanel.html');
  await panel.waitForFunction(() => document.body.innerText.includes('saved you most time'));
  expect(await ff.problems()).toEqual(NO_PROBLEMS);
});
