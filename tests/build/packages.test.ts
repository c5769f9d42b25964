// Store packages: `npm run zip` gives a Chrome and a Firefox zip (and Firefox's sources zip),
// each with the version from package.json and the whole extension inside.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from './outputs';
import { readZip } from './zip';

const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const zips = readdirSync(join(ROOT, '.output')).filter((f) => f.endsWith('.zip'));

test.each([
  ['chrome', `${name}-${version}-chrome.zip`],
  ['firefox', `${name}-${version}-firefox.zip`],
])('%s store package', (_, file) => {
  expect(zips).toContain(file);
  const entries = readZip(join(ROOT, '.output', file));
  const manifest = JSON.parse(entries.get('manifest.json')!().toString('utf8'));
  expect(manifest.version).toBe(version);
  for (const needed of ['background.js', 'sidepanel.html', 'options.html', '_locales/de/messages.json', '_locales/sv/messages.json']) {
    expect([...entries.keys()]).toContain(needed);
  }
  expect([...entries.keys()].filter((f) => f.startsWith('content-scripts/')).sort()).toEqual([
    'content-scripts/facebook.js',
    'content-scripts/linkedin.js',
    'content-scripts/x.js',
  ]);
});

test('Firefox sources package, for the add-on review', () => {
  const sources = readZip(join(ROOT, '.output', `${name}-${version}-sources.zip`));
  expect([...sources.keys()]).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'wxt.config.ts', 'lib/review/review.ts']));
  expect([...sources.keys()].some((f) => /^(node_modules|\.output|demo-screenshots)\//.test(f))).toBe(false);
});
