// The options page in real Chromium: a change reaches an open draft's review at once, a bad rules
// file is refused with the field and the reason while the rules stay as they were, and an exported
// file imports back to the same rules.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { NO_PROBLEMS, type ExtensionSession } from './harness';
import { launchWithPanel, type SidePanel } from './pages/side-panel';
import { codeNameRules } from '../support/code-name-rules';

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
  await options
    .getByLabel('Import rules')
    .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  const alert = options.getByRole('alert');
  await expect.poll(() => alert.innerText()).toContain('networks.x.limits.post');
  await options
    .getByLabel('Import rules')
    .setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"version": 2,') });
  await expect.poll(() => alert.innerText()).toMatch(/JSON/i);
  const huge = JSON.stringify({ ...bad, padding: 'x'.repeat(10_100_000) });
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
  await expect.poll(async () => JSON.parse(await exported()).networks.x.hashtagLimit).toBe(5);

  await options
    .getByLabel('Import rules')
    .setInputFiles({ name: 'postcheck-rules.json', mimeType: 'application/json', buffer: Buffer.from(saved) });
  await expect.poll(() => options.getByRole('status').filter({ hasText: 'imported' }).count()).toBeGreaterThan(0);
  expect(await exported()).toBe(saved);
  expect(ext.problems()).toEqual(NO_PROBLEMS);
});

declare const chrome: { storage: { sync: { get(keys: null): Promise<Record<string, unknown>> } } };

it('two options tabs: an import in one while the other types loses nothing, and sync carries the rules in chunks Chrome accepts', async () => {
  const two = await ext.openExtensionPage('options.html');
  const rules = JSON.parse(await exported());
  rules.custom = codeNameRules(40, 'code-name');
  const purpose = (page: Page) => page.getByRole('region', { name: 'LinkedIn' }).getByRole('textbox', { name: 'Purpose' });
  const before = 'X purpose from B, typed key by key';
  const after = ' while the other tab imports';
  await purpose(two).click();
  await two.keyboard.press('ControlOrMeta+A');
  await purpose(two).pressSequentially(before, { delay: 25 });
  await expect.poll(async () => JSON.parse(await exported()).networks.linkedin.purpose).toBe(before);
  await options
    .getByLabel('Import rules')
    .setInputFiles({ name: 'forty.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(rules)) });
  // The import has landed in the typing tab too, and the text under its cursor is the person's.
  await expect.poll(() => two.getByRole('region', { name: 'Custom rules' }).getByRole('group').count()).toBeGreaterThanOrEqual(40);
  expect(await purpose(two).inputValue()).toBe(before);
  await purpose(two).pressSequentially(after, { delay: 25 });

  // Every key typed is kept, on top of the import, in storage and in both tabs.
  const final = before + after;
  await expect.poll(async () => JSON.parse(await exported()).networks.linkedin.purpose).toBe(final);
  expect(JSON.parse(await exported()).custom).toEqual(rules.custom);
  await expect.poll(() => purpose(options).inputValue()).toBe(final);
  expect(await purpose(two).inputValue()).toBe(final);

  // In sync, within the write budget: a meta and chunks, each accepted by Chrome's own per-item limit.
  const worker = await ext.serviceWorker();
  await expect
    .poll(
      async () => {
        const items = await worker.evaluate(() => chrome.storage.sync.get(null));
        const meta = items.rulesMeta as { chunks: number } | undefined;
        if (!meta) return null;
        const text = Array.from({ length: meta.chunks }, (_, i) => items[`rules.${i}`]).join('');
        return { chunks: meta.chunks, rules: JSON.parse(text) };
      },
      { timeout: 15_000 },
    )
    .toMatchObject({ chunks: expect.any(Number), rules: { custom: rules.custom, networks: { linkedin: { purpose: final } } } });
  const items = await worker.evaluate(() => chrome.storage.sync.get(null));
  expect((items.rulesMeta as { chunks: number }).chunks).toBeGreaterThan(1);
  expect(ext.problems()).toEqual(NO_PROBLEMS);
  await two.close();
});

it('tries a draft on the page: its review follows a rule change before the next real post', async () => {
  const box = options.getByRole('region', { name: 'Try a draft' });
  const status = (id: string) => box.locator(`[data-check="${id}"]`).getAttribute('data-status');
  const cta = options.getByRole('region', { name: 'LinkedIn' }).getByRole('combobox', { name: 'Call to action' });
  await cta.selectOption('fail');
  await box.getByRole('button', { name: 'LinkedIn post without a call to action' }).click();
  await expect.poll(() => status('cta')).toBe('fail');
  await expect.poll(() => box.locator('[data-verdict]').getAttribute('data-verdict')).toBe('fix');

  await cta.selectOption('off');
  await expect.poll(() => status('cta')).toBe('pass');
  await expect.poll(() => box.locator('[data-verdict]').getAttribute('data-verdict')).not.toBe('fix');

  // Typed key by key: the review follows the text, and a question to the reader is a call to action again.
  await cta.selectOption('fail');
  const text = box.getByRole('textbox', { name: 'Draft to try' });
  await text.click();
  await text.press('ControlOrMeta+End');
  await text.pressSequentially(' What would you add?', { delay: 10 });
  await expect.poll(() => status('cta')).toBe('pass');
  await expect.poll(() => text.inputValue()).toMatch(/better work\. What would you add\?$/);
  await expect.poll(() => box.locator('.draft__text').innerText()).toMatch(/better work\. What would you add\?$/);
  expect(ext.problems()).toEqual(NO_PROBLEMS);
});
