// Store packages: `npm run zip` gives a Chrome and a Firefox zip, each the whole build with the version
// from package.json, and Firefox's sources zip, from which the add-on review rebuilds the same package.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { allFiles, ROOT, TARGETS } from './outputs';
import { readZip } from './zip';

const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const zipPath = (suffix: string) => join(ROOT, '.output', `${name}-${version}-${suffix}.zip`);
const filesOf = (entries: Map<string, () => Buffer>) => [...entries.keys()].filter((f) => !f.endsWith('/')).sort();

test('npm run zip writes the two store packages and the sources, named with the version', () => {
  const zips = readdirSync(join(ROOT, '.output')).filter((f) => f.endsWith('.zip'));
  expect(zips).toEqual(
    expect.arrayContaining([`${name}-${version}-chrome.zip`, `${name}-${version}-firefox.zip`, `${name}-${version}-sources.zip`]),
  );
});

test.each(['chrome', 'firefox'] as const)('the %s package is the whole build, with the version from package.json', (target) => {
  const entries = readZip(zipPath(target));
  const built = allFiles(TARGETS[target]);
  expect(filesOf(entries)).toEqual(built.map((f) => f.path).sort());
  for (const f of built) expect(entries.get(f.path)!().equals(f.bytes), f.path).toBe(true);
  expect(JSON.parse(entries.get('manifest.json')!().toString('utf8')).version).toBe(version);
  expect(filesOf(entries).filter((f) => f.startsWith('content-scripts/'))).toEqual([
    'content-scripts/facebook.js',
    'content-scripts/linkedin.js',
    'content-scripts/x.js',
  ]);
  for (const lang of ['en', 'de', 'sv']) expect(entries.has(`_locales/${lang}/messages.json`)).toBe(true);
});

const rebuildDir = mkdtempSync(join(tmpdir(), 'postcheck-sources-'));
afterAll(() => rmSync(rebuildDir, { recursive: true, force: true }));

test('the sources package holds the code, not tests or local output, and rebuilds the Firefox package file for file', () => {
  const sources = readZip(zipPath('sources'));
  const paths = filesOf(sources);
  expect(paths).toEqual(
    expect.arrayContaining(['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md', 'lib/review/review.ts']),
  );
  expect(paths.filter((f) => /^(node_modules|\.output|\.wxt|tests|demo-screenshots|coverage)\//.test(f))).toEqual([]);

  for (const path of paths) {
    mkdirSync(dirname(join(rebuildDir, path)), { recursive: true });
    writeFileSync(join(rebuildDir, path), sources.get(path)!());
  }
  // The review installs from package-lock.json; the same installed packages stand in for that here.
  symlinkSync(join(ROOT, 'node_modules'), join(rebuildDir, 'node_modules'), 'dir');
  // Built as `npm run build:firefox` would: without the test run's NODE_ENV=test and VITEST flags.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST')));
  execFileSync(join(ROOT, 'node_modules', '.bin', 'wxt'), ['build', '-b', 'firefox'], { cwd: rebuildDir, env, stdio: 'pipe' });

  const rebuilt = allFiles(join(rebuildDir, '.output', 'firefox-mv2'));
  const shipped = readZip(zipPath('firefox'));
  expect(rebuilt.map((f) => f.path).sort()).toEqual(filesOf(shipped));
  for (const f of rebuilt) expect(shipped.get(f.path)!().equals(f.bytes), f.path).toBe(true);
}, 60_000);
