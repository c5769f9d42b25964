// The goal check in Firefox's real sidebar: the person's goals offered under it, a tap choosing one for the
// draft (kept by the background with the draft), the check passing and the value hint following the goal.
// The Chromium suite (tests/e2e/goal.e2e.ts) also covers a reopened panel and a new composer.
import { beforeAll, expect, it } from 'vitest';
import { sharedFirefox, NO_PROBLEMS, type FirefoxSession } from './harness';

let ff: FirefoxSession;
beforeAll(async () => {
  ff = await sharedFirefox();
});

const RELATIONSHIPS = 'Build and strengthen personal relationships';
const goalStatus = () => ff.sidebar.attribute('[data-check="goal"]', 'data-status');
const pressed = () => ff.sidebar.attribute('[data-check="goal"] button[aria-pressed="true"]', 'aria-pressed');

it('a goal tapped in the sidebar serves the draft: the check passes and the value hint follows it', async () => {
  const page = await ff.page('https://x.com/home');
  await page.waitForSelector('main [data-testid="tweetTextarea_0"][data-postcheck="x:post"]');
  await page.click('main [data-testid="tweetTextarea_0"]');
  await page.keyboard.type('Lovely day');
  await ff.sidebar.open();
  await expect.poll(() => ff.sidebar.text(), { timeout: 10_000 }).toContain('Which of your goals does this serve?');
  // By default the check only asks: none pressed, nothing served yet.
  expect(await pressed()).toBeNull();
  expect(await ff.sidebar.text()).not.toContain('Serves your goal');
  expect(await ff.sidebar.text()).not.toContain('invite an answer or a memory');

  await expect.poll(() => ff.sidebar.click('[data-check="goal"] button', RELATIONSHIPS)).toBe(true);
  await expect.poll(() => ff.sidebar.text(), { timeout: 10_000 }).toContain(`Serves your goal: “${RELATIONSHIPS}” (your choice).`);
  expect(await pressed()).toBe('true');
  expect(await goalStatus()).toBe('pass');
  await expect.poll(() => ff.sidebar.text()).toMatch(/invite an answer or a memory\./);
  expect(await ff.problems()).toEqual(NO_PROBLEMS);
  await page.close();
});
