// A full storage.session (Chrome's 10 MB quota) in real Chromium: a draft whose review cannot be stored
// shows "could not update the review" on the badge and the panel, never "ready" or an older verdict; with
// room again, the next keystroke is reviewed as usual.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'webextension-polyfill';
import { NO_PROBLEMS, type ExtensionSession } from './harness';
import { launchWithPanel, SidePanel } from './pages/side-panel';
import { setRules } from './support/rules';

declare const chrome: Browser;

let ext: ExtensionSession;
let panel: SidePanel;
beforeAll(async () => {
  ({ ext, panel } = await launchWithPanel());
  // "ready" must not depend on the hour the test runs at: no audience-hours point.
  await setRules(ext, (r) => {
    for (const net of Object.values(r.networks)) net.severity.timing = 'off';
  });
});
afterAll(() => ext?.close());

/** Fills storage.session from the extension's own page until fewer than `room` bytes are left. */
function fill(room: number): Promise<number> {
  return panel.page.evaluate(async (room) => {
    const fits = async (n: number) => {
      try {
        await chrome.storage.session.set({ filler: 'x'.repeat(n) });
        return true;
      } catch {
        return false;
      }
    };
    let lo = 0;
    let hi = 11 * 1024 * 1024;
    while (hi - lo > 64) {
      const mid = Math.floor((lo + hi) / 2);
      if (await fits(mid)) lo = mid;
      else hi = mid;
    }
    await chrome.storage.session.set({ filler: 'x'.repeat(Math.max(0, lo - room)) });
    return lo;
  }, room);
}

it('a draft whose review cannot be stored shows the failure, not "ready"', async () => {
  const page = await ext.page('https://x.com/home');
  const editor = page.locator('main [data-testid=tweetTextarea_0]');
  const badge = page.locator('postcheck-badge button').first();
  await editor.click();
  await page.keyboard.type('Writing decisions down saves hours, because nobody has to guess why. What do you think?');
  await expect.poll(() => badge.getAttribute('data-verdict')).toBe('ready');

  // Full to the last few bytes (at most 64 free): the draft's review can no longer grow by much (its failure
  // record, smaller, still fits). Pasted in one go, so one review, hundreds of bytes larger: typed key by key,
  // a key's review a byte or two larger may fit in what a failure record left free, and show its verdict.
  expect(await fill(0)).toBeGreaterThan(9_000_000);
  await page.keyboard.insertText(
    ' Buy now… call 030 1234567 or write to us, because every question gets an answer from a person within one working day.',
  );
  await expect.poll(() => badge.getAttribute('data-verdict')).toBe('error');
  expect(await badge.getAttribute('aria-label')).toMatch(/could not update the review/);
  await expect.poll(() => panel.page.locator('main').getAttribute('data-state')).toBe('failed');
  await expect.poll(() => panel.page.getByRole('heading', { name: 'Could not update the review' }).count()).toBe(1);
  expect(await panel.draftText()).not.toMatch(/ready to post/i);

  // Room again: the next keystroke is reviewed, and the phone number is seen.
  await panel.page.evaluate(() => chrome.storage.session.remove('filler'));
  await page.keyboard.type('!');
  await expect.poll(() => badge.getAttribute('data-verdict')).toBe('consider');
  await expect.poll(() => panel.status('privacy')).toBe('warn');
  // The quota failures were logged as warnings, never thrown into the page.
  expect(ext.problems()).toEqual(NO_PROBLEMS);
  await page.close();
});
