// `npm start`: build Postcheck and open it in Chromium on bundled sample pages of X, LinkedIn and
// Facebook, served at their real URLs from local files (no account, no network). With a display it
// opens a window to try it in; without one (or with --headless) it writes screenshots and says where.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { ensureChromium, launchArgs } from './chromium.mjs';
import { SITES, serveSamplePages, startDraft } from './sample-sites.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = resolve(root, 'demo-screenshots');
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;

console.log('Building the extension…');
const build = spawnSync(join(root, 'node_modules/.bin/wxt'), ['build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const extension = join(root, '.output/chrome-mv3');

const profile = mkdtempSync(join(tmpdir(), 'postcheck-demo-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: ensureChromium(),
  headless,
  viewport: { width: 1100, height: 760 },
  args: launchArgs(extension),
});
// The sample pages stand in for the real sites; every other request is refused: nothing leaves the machine.
await serveSamplePages(context);
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;

if (!headless) {
  for (const site of SITES) {
    const page = await context.newPage();
    await page.goto(site.url);
    await startDraft(page, site);
  }
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await context.pages()[0]?.close();
  console.log(
    '\nPostcheck is running on sample pages of X, LinkedIn and Facebook (tabs 1–3).\n' +
      'Click the badge by a composer (or press Alt+Shift+P) for the side panel; the last tab shows it as a page.\n' +
      'Try Repost on X to see the share-with-comment prompt. Close the browser to end.',
  );
  await new Promise((done) => context.on('close', done));
} else {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 380, height: 760 });
  const sheet = await context.newPage();
  const written = [];
  const shot = async (name, page) => {
    await page.bringToFront();
    const site = await page.screenshot();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await panel.locator('[data-verdict][data-network]').waitFor();
    const side = await panel.screenshot();
    // Site and panel side by side, as the person sees them.
    await sheet.setViewportSize({ width: 1100 + 380, height: 760 });
    await sheet.setContent(
      `<body style="margin:0;display:flex;background:#ccc"><img src="data:image/png;base64,${site.toString('base64')}">` +
        `<img style="border-left:1px solid #999" src="data:image/png;base64,${side.toString('base64')}"></body>`,
    );
    const file = join(out, `${name}.png`);
    await sheet.screenshot({ path: file });
    written.push(file);
  };
  for (const site of SITES) {
    const page = await context.newPage();
    await page.goto(site.url);
    await startDraft(page, site);
    await shot(site.name, page);
    if (site.name === 'x') {
      await page.locator(site.repost).click();
      await page.locator('postcheck-share-prompt').waitFor();
      const file = join(out, 'x-repost-prompt.png');
      await page.screenshot({ path: file });
      written.push(file);
      await page.keyboard.press('Escape');
    }
  }
  await context.close();
  console.log(
    `\nNo display here, so Postcheck ran headless. Screenshots of each site with its side panel:\n${written.map((f) => `  ${f}`).join('\n')}`,
  );
}
rmSync(profile, { recursive: true, force: true });
