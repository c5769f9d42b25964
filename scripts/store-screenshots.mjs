// `npm run store:screenshots`: the store listing's screenshots (store/screenshots/*.png, 1280×800, the size
// Chrome Web Store and AMO take), made from the built extension on the bundled sample pages, served at
// the sites' real URLs in the demo's look of each site (scripts/sample-sites.mjs, demo/look/). The README's
// pictures (docs/screenshot-*.png) are copies of five of them, written by the same run so they cannot drift. It builds .output/chrome-mv3 first; --no-build takes
// the build as it is, `--extension DIR` another build (e.g. a copy made under a build lock).
// Rerun it after a change to the UI and commit the PNGs: they show what the current build shows.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { ensureChromium, launchArgs } from './chromium.mjs';
import { SITES, serveSamplePages, startDraft } from './sample-sites.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'store/screenshots');
const docs = join(root, 'docs');
/** The README's pictures: docs/screenshot-<name>.png from the store screenshot of that name. */
const README_SHOTS = {
  x: 'x-panel',
  linkedin: 'linkedin-panel',
  facebook: 'facebook-panel',
  'repost-prompt': 'x-share-prompt',
  options: 'options',
};
const flag = process.argv.indexOf('--extension');
const extension = flag > 0 ? resolve(process.argv[flag + 1] ?? '') : join(root, '.output/chrome-mv3');
const WIDTH = 1280;
const HEIGHT = 800;
/** The side panel's width beside the site, about what Chrome gives it by default. */
const PANEL = 380;
const SITE = WIDTH - PANEL;

if (flag < 0 && !process.argv.includes('--no-build')) {
  console.log('Building the extension…');
  const build = spawnSync(join(root, 'node_modules/.bin/wxt'), ['build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (!existsSync(join(extension, 'manifest.json'))) {
  console.error(`No build in ${extension}: run \`npx wxt build\` first.`);
  process.exit(1);
}

const profile = mkdtempSync(join(tmpdir(), 'postcheck-store-'));
// English UI whatever the machine's locale: the listing's screenshots are the English ones.
const context = await chromium.launchPersistentContext(profile, {
  executablePath: ensureChromium(),
  headless: true,
  locale: 'en-US',
  env: { ...process.env, LANGUAGE: 'en', LANG: 'en_US.UTF-8' },
  viewport: { width: SITE, height: HEIGHT },
  args: [...launchArgs(extension), '--lang=en-US', '--hide-scrollbars'],
});
// The install opens the welcome tab (lib/background/first-run.ts); the shots are of a set-up extension.
context.on('page', (page) => {
  if (page.url().endsWith('/welcome.html')) void page.close();
  else page.once('load', () => page.url().endsWith('/welcome.html') && void page.close());
});
await serveSamplePages(context);
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;
const extensionPage = (name) => `chrome-extension://${extensionId}/${name}`;

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const written = [];
const saved = new Map();
const save = async (name, page) => {
  const file = join(out, `${name}.png`);
  await page.screenshot({ path: file });
  saved.set(name.replace(/^\d+-/, ''), file);
  written.push(`${file}  ${name}`);
};

const panel = await context.newPage();
await panel.setViewportSize({ width: PANEL, height: HEIGHT });
const sheet = await context.newPage();
await sheet.setViewportSize({ width: WIDTH, height: HEIGHT });

/** The site with its side panel beside it, as the person sees them; the panel follows the latest draft. */
async function withPanel(name, page, network) {
  await page.bringToFront();
  const site = await page.screenshot();
  await panel.goto(extensionPage('sidepanel.html'));
  await panel.locator(`[data-network="${network}"][data-verdict]:not([data-verdict=pending])`).waitFor();
  await panel.waitForTimeout(300);
  const side = await panel.screenshot();
  await sheet.setContent(
    `<body style="margin:0;width:${WIDTH}px;height:${HEIGHT}px;overflow:hidden;position:relative;background:#fff">` +
      `<img style="position:absolute;left:0;top:0" src="data:image/png;base64,${site.toString('base64')}">` +
      `<img style="position:absolute;left:${SITE}px;top:0" src="data:image/png;base64,${side.toString('base64')}">` +
      `<div style="position:absolute;left:${SITE}px;top:0;width:1px;height:100%;background:#9aa0a6"></div></body>`,
  );
  await save(name, sheet);
}

for (const [i, site] of SITES.entries()) {
  const page = await context.newPage();
  await page.goto(site.url);
  await startDraft(page, site);
  await withPanel(`${i + 1}-${site.name}-panel`, page, site.name);
  await page.close();
}

// The share prompt: a repost reached for on X and on LinkedIn, the whole window at the store's size.
for (const name of ['x', 'linkedin']) {
  const site = SITES.find((s) => s.name === name);
  const page = await context.newPage();
  await page.setViewportSize({ width: WIDTH, height: HEIGHT });
  await page.goto(site.url);
  await page.locator(site.repost).click();
  await page.locator('postcheck-share-prompt [data-action=quote]').waitFor();
  await page.waitForTimeout(300);
  await save(`${written.length + 1}-${name}-share-prompt`, page);
  await page.close();
}

const options = await context.newPage();
await options.setViewportSize({ width: WIDTH, height: HEIGHT });
await options.goto(extensionPage('options.html'));
await options.locator('input').first().waitFor();
await options.waitForTimeout(500);
await save(`${written.length + 1}-options`, options);

await context.close();
rmSync(profile, { recursive: true, force: true });
for (const [name, shot] of Object.entries(README_SHOTS)) {
  const file = join(docs, `screenshot-${name}.png`);
  copyFileSync(saved.get(shot), file);
  written.push(`${file}  (README)`);
}
console.log(`Store screenshots (${WIDTH}×${HEIGHT}):\n${written.map((f) => `  ${f}`).join('\n')}`);
