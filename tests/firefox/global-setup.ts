// Runs once before the Firefox tests: finds (or installs) Firefox and snapshots the Firefox build they load.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureFirefox, firefoxVersion } from '../../scripts/firefox.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    firefoxPath: string;
    firefoxVersion: number;
    /** A snapshot of the firefox-mv2 build. */
    firefoxExtensionDir: string;
    /** Where the sessions keep their profiles: removed after the run, whether or not a session closed. */
    firefoxScratchDir: string;
  }
}

export default async function setup(project: TestProject) {
  const firefox = ensureFirefox();
  project.provide('firefoxPath', firefox);
  project.provide('firefoxVersion', firefoxVersion(firefox));

  const buildDir = join(project.config.root, '.output', 'firefox-mv2');
  if (!existsSync(join(buildDir, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${buildDir}: run \`npx wxt build -b firefox\` first (npm test does).`);
  }
  // A copy, so a rebuild during the run cannot swap files under the running browser.
  const snapshot = await mkdtemp(join(tmpdir(), 'postcheck-firefox-extension-'));
  await cp(buildDir, snapshot, { recursive: true });
  project.provide('firefoxExtensionDir', snapshot);
  // The shared session (harness.ts sharedFirefox) ends with its worker, when puppeteer kills Firefox: its profile goes here.
  const scratch = await mkdtemp(join(tmpdir(), 'postcheck-firefox-profiles-'));
  project.provide('firefoxScratchDir', scratch);
  // Firefox may still be writing its profile as the worker ends: removal retries until it stops.
  return async () => {
    await rm(snapshot, { recursive: true, force: true });
    await rm(scratch, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 });
  };
}
