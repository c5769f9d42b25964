// The live review where people write: the composer is marked, the badge shows the verdict, and the
// side panel shows the checks for the typed draft.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchExtension, NO_PROBLEMS, type ExtensionSession } from './harness';

let ext: ExtensionSession;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(() => ext?.close());

it('reviews a draft typed on X', async () => {
  const page = await ext.page('https://x.com/home');
  const editor = page.locator('main [data-testid="tweetTextarea_0"]');
  await editor.click();
  await page.keyboard.type('Check out my new video! https://example.com/v');
  await expect.poll(() => editor.getAttribute('data-postcheck')).toBe('x:post');
  const badge = page.locator('postcheck-badge button');
  await expect.poll(() => badge.getAttribute('data-verdict')).toMatch(/consider|fix/);
  expect(await badge.getAttribute('aria-label')).toMatch(/^Postcheck/);

  const panel = await ext.openExtensionPage('sidepanel.html');
  const root = panel.locator('[data-verdict][data-network]');
  await expect.poll(() => root.getAttribute('data-network')).toBe('x');
  await page.screenshot({ path: '/tmp/x.png' });
  await panel.setViewportSize({ width: 400, height: 1000 });
  await panel.screenshot({ path: '/tmp/panel.png', fullPage: true });
  expect(ext.problems()).toEqual(NO_PROBLEMS);
});
