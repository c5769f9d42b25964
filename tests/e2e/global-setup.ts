// Runs once before the browser tests: finds Chromium and snapshots the extension build they load.
import { cp, mkdtemp, rm, stat } from 'node:fs/promises';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureChromium } from '../../scripts/chromium.mjs';

// What `wxt build` reads; an edit newer than the build means the tests would run old code.
const SOURCES = ['entrypoints', 'lib', 'components', 'public', 'assets', 'wxt.config.ts'];

function newestSource(root: string): { file: string; mtimeMs: number } | undefined {
  let newest: { file: string; mtimeMs: number } | undefined;
  const visit = (path: string) => {
    // An editor's temporary file can vanish between listing and stat.
    const info = statSync(path, { throwIfNoEntry: false });
    if (!info) return;
    if (info.isDirectory()) {
      for (const name of readdirSync(path)) visit(join(path, name));
    } else if (!newest || info.mtimeMs > newest.mtimeMs) {
      newest = { file: path, mtimeMs: info.mtimeMs };
    }
  };
  for (const source of SOURCES) {
    const path = join(root, source);
    if (existsSync(path)) visit(path);
  }
  return newest;
}

export default async function setup(project: TestProject) {
  project.provide('chromiumPath', ensureChromium());

  const root = project.config.root;
  const buildDir = join(root, '.output', 'chrome-mv3');
  const manifest = join(buildDir, 'manifest.json');
  if (!existsSync(manifest)) {
    throw new Error(`No extension build in ${buildDir}: run \`npx wxt build\` first (npm test and npm run test:e2e do).`);
  }
  const builtAt = (await stat(manifest)).mtimeMs;
  const newest = newestSource(root);
  if (newest && newest.mtimeMs > builtAt) {
    console.warn(`Warning: ${relative(root, newest.file)} changed after the last build; the browser tests run the older build.`);
  }

  // A copy, so a rebuild during the run cannot swap files under the running browser.
  const snapshot = await mkdtemp(join(tmpdir(), 'postcheck-extension-'));
  await cp(buildDir, snapshot, { recursive: true });
  project.provide('extensionDir', snapshot);
  // The workers' shared browsers live as long as their workers, which end without a word: their
  // profiles go here, removed once the run is over.
  const profiles = await mkdtemp(join(tmpdir(), 'postcheck-profiles-'));
  project.provide('profilesDir', profiles);

  // A shared browser may still be writing its profile as its worker ends: removal retries until it stops.
  return () => Promise.all([snapshot, profiles].map((dir) => rm(dir, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 })));
}
