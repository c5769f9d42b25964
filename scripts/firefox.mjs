// Finds the Firefox the Firefox browser tests drive, installing Debian's firefox-esr when we may.
// Like Chromium's, these tests are never skipped: without a Firefox this fails with the command to run.
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { aptInstall, canApt, isExecutable, onPath } from './apt.mjs';

const DEFAULT_PATH = '/usr/bin/firefox-esr';
const INSTALL_COMMAND = 'apt-get update && apt-get install -y firefox-esr';

/** FIREFOX_PATH, else Debian's /usr/bin/firefox-esr, else `firefox-esr` or `firefox` on PATH. */
export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (!isExecutable(fromEnv)) throw new Error(`FIREFOX_PATH=${fromEnv} is not an executable file.`);
    return fromEnv;
  }
  if (isExecutable(DEFAULT_PATH)) return DEFAULT_PATH;
  return onPath('firefox-esr') ?? onPath('firefox');
}

/** The major version a Firefox binary reports (`Mozilla Firefox 153.8.0esr` → 153). */
export function firefoxVersion(binary) {
  const out = spawnSync(binary, ['--version'], { encoding: 'utf8' }).stdout ?? '';
  const match = /(\d+)\.\d+/.exec(out);
  return match ? Number(match[1]) : NaN;
}

/** Returns Firefox's path; installs Debian's firefox-esr with apt-get when root, else throws with the command to run. */
export function ensureFirefox({ log = console.log } = {}) {
  let found = findFirefox();
  if (!found) {
    if (!canApt()) throw new Error(`Firefox not found. Install it with: sudo ${INSTALL_COMMAND}\n(or set FIREFOX_PATH).`);
    aptInstall(['firefox-esr'], log);
    found = findFirefox();
    if (!found) throw new Error(`apt-get installed firefox-esr but ${DEFAULT_PATH} is missing.`);
  }
  return found;
}

// `node scripts/firefox.mjs` prints the path, installing first if needed.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    console.log(ensureFirefox({ log: console.error }));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
