// The options page in real Chromium: a change reaches an open draft's review at once, a bad rules
// file is refused with the field and the reason while the rules stay as they were, and an exported
// file imports back to the same rules.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { NO_PROBLEMS, type ExtensionSession } from './harness';
import { launchWithPanel, type SidePanel } from './pages/side-panel';

let ext: ExtensionSession;
let panel: SidePanel;
let options: Page;
beforeAll(async () => {
  ({ ext, panel } = await launchWithPanel());
  options = await ext.openExtensionPage('options.html');
});
afterAll(() => ext?.close());

async function exported(): Promise<string> {
  const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export rules' }).click()]);
  expect(download.suggestedFilename()).toBe('postcheck-rules.json');
  return readFileSync((await download.path())!, 'utf8');
}

it('changes the review of an open draft as soon as a rule changes', async () => {
  const page = await ext.page('https://www.linkedin.com/feed/');
  await page.locator('.share-box-feed-entry__trigger').click();
  await page.locator('[role=dialog] .ql-editor').click();
  await page.keyboard.type('We cut onboarding time in half by writing every decision down, because memory fades.');
  await expect.poll(() => panel.status('cta')).toBe('fail');

  const linkedin = options.getByRole('region', { name: 'LinkedIn' });
  await linkedin.getByRole('combobox', { name: 'Call to action' }).selectOption('warn');
  await expect.poll(() => panel.status('cta')).toBe('warn');
  await expect.poll(() => panel.root.getAttribute('data-verdict')).not.toBe('fix');

  // An invalid value gets a message by its field and the last valid value stays in force.
  const purpose = linkedin.getByRole('textbox', { name: 'Purpose' });
  await purpose.fill('');
  await expect.poll(() => purpose.getAttribute('aria-invalid')).toBe('true');
  expect(JSON.parse(await exported()).networks.linkedin.purpose).toMatch(/professional/);
  expect(ext.problems()).toEqual(NO_PROBLEMS);
  await page.close();
});

it('refuses a bad rules file with the field and the reason, and keeps the rules', async () => {
  const before = await exported();
  const bad = JSON.parse(before);
  bad.networks.x.limits.post = -5;
  await options.getByLabel('Import rules').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  const alert = options.getByRole('alert');
  await expect.poll(() => alert.innerText()).toContain('networks.x.limits.post');
  await options.getByLabel('Import rules').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"version": 2,') });
  await expect.poll(() => alert.innerText()).toMatch(/JSON/i);
  const huge = JSON.stringify({ ...bad, padding: 'x'.repeat(1_100_000) });
  await options.getByLabel('Import rules').setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.from(huge) });
  await expect.poll(() => alert.innerText()).toMatch(/MB/);
  expect(await exported()).toBe(before);
  expect(ext.problems()).toEqual(NO_PROBLEMS);
});

it('imports an exported file back to the same rules', async () => {
  const x = options.getByRole('region', { name: 'X' });
  await x.getByRole('spinbutton', { name: /hashtag/i }).fill('4');
  await expect.poll(async () => JSON.parse(await exported()).networks.x.hashtagLimit).toBe(4);
  const saved = await exported();

  await options.getByRole('button', { name: 'Reset to defaults' }).click();
  await options.getByRole('dialog').getByRole('button', { name: 'Reset' }).click();
  await expect.poll(async () => JSON.parse(await exported()).networks.x.hashtagLimit).toBe(2);

  await options.getByLabel('Import rules').setInputFiles({ name: 'postcheck-rules.json', mimeType: 'application/json', buffer: Buffer.from(saved) });
  await expect.poll(() => options.getByRole('status').filter({ hasText: 'imported' }).count()).toBeGreaterThan(0);
  expect(await exported()).toBe(saved);
  expect(ext.problems()).toEqual(NO_PROBLEMS);
});
