// Nudges that back off (issue 15), in the built extension: the repost prompt turns into a quiet hint once
// the person has shared with a comment N times in a row, and a plain repost brings it back; the post gate
// does not nudge twice for the same points on a draft, and rests where the last K posts went out ready.
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Browser } from 'webextension-polyfill';
import type { NetworkNudges } from '../../lib/habits/nudges';
import { NO_PROBLEMS, type ExtensionSession } from './harness';
import { launchWithPanel, type SidePanel } from './pages/side-panel';
import { setRules } from './support/rules';
import { contentScriptUp } from './support/settled';
import { fixtureRecord } from '../support/fixture-record';

// Functions passed to worker.evaluate run in the service worker, where the extension API is the `chrome` global.
declare const chrome: Browser;

let ext: ExtensionSession;
let panel: SidePanel;
beforeAll(async () => ({ ext, panel } = await launchWithPanel()));
afterAll(() => ext?.close());
afterEach(async () => {
  await setRules(ext, () => undefined);
  const worker = await ext.serviceWorker();
  await worker.evaluate(() => chrome.storage.local.remove(['nudges', 'dismissals']));
});

async function nudges(network: string): Promise<NetworkNudges | undefined> {
  const worker = await ext.serviceWorker();
  const stored = await worker.evaluate(
    async () => (await chrome.storage.local.get('nudges')).nudges as Record<string, NetworkNudges> | undefined,
  );
  return stored?.[network];
}

const recorded = (page: Page, key: string) => page.evaluate(fixtureRecord, key);

it('X: after N shares with a comment the prompt is a quiet hint beside the menu; a plain repost brings it back', async () => {
  await setRules(ext, (r) => {
    r.nudges.quietAfter = 1;
  });
  const page = await contentScriptUp(await ext.page('https://x.com/home'));
  const trigger = page.locator('article >> nth=0 >> [data-testid=retweet]');
  await trigger.click();
  await page.locator('postcheck-share-prompt [data-action=quote]').click();
  await expect.poll(() => page.locator('[role=dialog] [data-testid=tweetTextarea_0]').innerText()).toMatch(/^Worth reading because/);
  await page.keyboard.type('it shows how small teams keep decisions written down.');
  await page.locator('[role=dialog] [data-testid=tweetButton]').click();
  await expect.poll(async () => (await nudges('x'))?.quietUntil ?? 0).toBeGreaterThan(Date.now());

  // The same page, without a reload: the content script reads its config again once the count is
  // answered, a round trip after the write seen above; a click before that still gets the full prompt,
  // which Escape closes with the site's menu.
  const hint = page.locator('postcheck-share-hint');
  await expect
    .poll(async () => {
      await page.keyboard.press('Escape');
      await trigger.click();
      await page.locator('postcheck-share-hint, postcheck-share-prompt').first().waitFor();
      return hint.count();
    })
    .toBe(1);
  expect(await hint.locator('p').innerText()).toBe('Postcheck: a comment says why you share it.');
  expect(await page.locator('postcheck-share-prompt').count()).toBe(0);
  // The site's own menu works as always; its plain repost ends the quiet spell.
  await page.locator('[data-testid=retweetConfirm]').click();
  await expect.poll(() => recorded(page, 'reposted')).toHaveLength(1);
  await expect.poll(async () => (await nudges('x'))?.quietUntil).toBe(0);
  await page.close();

  const again = await contentScriptUp(await ext.page('https://x.com/home'));
  await again.locator('article >> nth=0 >> [data-testid=retweet]').click();
  await expect.poll(() => again.locator('postcheck-share-prompt').count()).toBe(1);
  expect(await again.locator('postcheck-share-hint').count()).toBe(0);
  expect(ext.problems()).toEqual(NO_PROBLEMS);
  await again.close();
});

async function linkedInFixDraft(): Promise<Page> {
  const page = await ext.page('https://www.linkedin.com/feed/');
  await page.locator('.share-box-feed-entry__trigger').click();
  await page.locator('[role=dialog] .ql-editor').click();
  await page.keyboard.type('Our onboarding guide is finally out, because new hires deserve better.');
  await expect.poll(() => panel.root.getAttribute('data-verdict')).toBe('fix');
  return page;
}
const posted = (page: Page) => recorded(page, 'posted').then((p) => p.length);

it('LinkedIn: the gate nudges once for the same points, even with the text edited around them', async () => {
  await setRules(ext, (r) => {
    r.postGate = 'nudge';
  });
  const page = await linkedInFixDraft();
  await page.locator('.share-actions__primary-action').click();
  await expect.poll(() => page.locator('postcheck-gate').count()).toBe(1);
  expect(await posted(page)).toBe(0);
  await page.locator('[role=dialog] .ql-editor').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Truly.');
  await expect.poll(() => panel.root.getAttribute('data-verdict')).toBe('fix');
  await expect.poll(() => page.locator('[role=dialog] .ql-editor').innerText()).toContain('Truly.');
  await page.locator('.share-actions__primary-action').click();
  expect(await posted(page)).toBe(1);
  // It went out not ready: counted so.
  await expect.poll(async () => (await nudges('linkedin'))?.readyStreak).toBe(0);
  expect(ext.problems()).toEqual(NO_PROBLEMS);
  await page.close();
});

it('LinkedIn: the gate rests where the last K posts went out ready; a post that was not brings it back', async () => {
  await setRules(ext, (r) => {
    r.postGate = 'nudge';
  });
  const worker = await ext.serviceWorker();
  await worker.evaluate(() => chrome.storage.local.set({ nudges: { linkedin: { commentStreak: 0, quietUntil: 0, readyStreak: 3 } } }));
  // The config is read as the page loads.
  const page = await linkedInFixDraft();
  await page.locator('.share-actions__primary-action').click();
  expect(await posted(page)).toBe(1);
  expect(await page.locator('postcheck-gate').count()).toBe(0);
  await expect.poll(async () => (await nudges('linkedin'))?.readyStreak).toBe(0);
  await page.close();

  const next = await linkedInFixDraft();
  await next.locator('.share-actions__primary-action').click();
  await expect.poll(() => next.locator('postcheck-gate').count()).toBe(1);
  expect(await posted(next)).toBe(0);
  expect(ext.problems()).toEqual(NO_PROBLEMS);
  await next.close();
});

it('LinkedIn: a check dismissed M times is offered once in the panel to be made a warning; Undo takes it back', async () => {
  await setRules(ext, (r) => {
    r.nudges.dismissAfter = 2;
  });
  const page = await linkedInFixDraft();
  await expect.poll(() => panel.status('cta')).toBe('fail');
  const offer = panel.page.locator('[data-dismiss-offer="cta"]');
  for (let i = 0; i < 2; i++) {
    await panel
      .check('cta')
      .getByRole('button', { name: /^Dismiss/ })
      .click();
    await panel
      .check('cta')
      .getByRole('button', { name: /^Restore/ })
      .click();
    await panel
      .check('cta')
      .getByRole('button', { name: /^Dismiss/ })
      .waitFor();
  }
  await expect.poll(() => offer.innerText()).toContain('You often dismiss “Call to action” on LinkedIn');
  await offer.getByRole('button', { name: 'Make it a warning' }).click();
  // The rules changed for LinkedIn: the draft is reviewed again with the check as a warning.
  await expect.poll(() => panel.status('cta')).toBe('warn');
  await expect.poll(() => offer.innerText()).toContain('“Call to action” is now a warning on LinkedIn.');
  await offer.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => panel.status('cta')).toBe('fail');
  // Made once: not offered again.
  await expect.poll(() => offer.count()).toBe(0);
  expect(ext.problems()).toEqual(NO_PROBLEMS);
  await page.close();
});
