// Finds the Chromium the browser tests drive, installing Debian's package when we may.
// The browser tests are never skipped: without a Chromium this fails loudly with the command to run.
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { aptInstall, canApt, isExecutable, onPath } from './apt.mjs';

const DEFAULT_PATH = '/usr/bin/chromium';
const INSTALL_COMMAND = 'apt-get update && apt-get install -y chromium chromium-l10n';

/** CHROME_PATH, else Debian's /usr/bin/chromium, else `chromium` on PATH. */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    // An explicit choice that is wrong must not fall back to some other browser.
    if (!isExecutable(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} is not an executable file.`);
    return fromEnv;
  }
  if (isExecutable(DEFAULT_PATH)) return DEFAULT_PATH;
  return onPath('chromium');
}

/**
 * Chromium flags for a run with the extension in `extensionDir` loaded unpacked (none: no extension).
 * Chromium's own background traffic is switched off: this machine has no network to give it.
 */
export function launchArgs(extensionDir) {
  const args = [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    '--disable-gpu',
  ];
  if (extensionDir) args.unshift(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  // Root (CI, containers) cannot use Chromium's sandbox.
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return args;
}

/** The UI languages the browser tests switch Chromium to; Debian ships their locale files in chromium-l10n. */
const TEST_LOCALES = ['de', 'sv'];

function hasTestLocales(binary) {
  const dirs = [join(dirname(realpathSync(binary)), 'locales'), '/usr/lib/chromium/locales'];
  return dirs.some((dir) => TEST_LOCALES.every((l) => existsSync(join(dir, `${l}.pak`))));
}

/**
 * Returns Chromium's path, with the German and Swedish locale files the language tests need;
 * installs what is missing with apt-get when root, else throws with the command to run.
 */
export function ensureChromium({ log = console.log } = {}) {
  let found = findChromium();
  if (!found) {
    if (!canApt()) {
      throw new Error(
        `Chromium not found. Install it with: sudo ${INSTALL_COMMAND}\n` +
          '(or set CHROME_PATH to a Chromium or Chrome for Testing binary; branded Chrome ignores --load-extension).',
      );
    }
    aptInstall(['chromium', 'chromium-l10n'], log);
    found = findChromium();
    if (!found) throw new Error(`apt-get installed chromium but ${DEFAULT_PATH} is missing.`);
  }
  if (!hasTestLocales(found)) {
    if (!canApt())
      throw new Error(
        `Chromium has no German/Swedish locale files. Install them with: sudo apt-get update && sudo apt-get install -y chromium-l10n`,
      );
    aptInstall(['chromium-l10n'], log);
    if (!hasTestLocales(found)) throw new Error('chromium-l10n is installed but the locale files are not where Chromium looks.');
  }
  return found;
}

// `node scripts/chromium.mjs` prints the path, installing first if needed.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    console.log(ensureChromium({ log: console.error }));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
