// The content scripts stay small and carry no page framework, no schema library and no engine: they run on
// every page of the three sites, and the background does the reviewing (README, "How it is built").
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { NETWORKS } from '../../lib/ids';
import { files, TARGETS, type Target } from './outputs';

/** The budget, gzipped at level 9 as the bench measures it (tests/bench/content.measure.ts). */
const MAX_GZIP_BYTES = 15 * 1024;

/** Strings each library leaves in any build of it, minified or not. */
const SIGNATURES = {
  React: ['react.transitional.element', 'react.element', 'react.fragment'],
  zod: ['$ZodType', 'ZodError', 'invalid_type'],
  // twitter-text's and RE2's names: the engine (lib/review) would bring them.
  'the engine': ['weightedLength', 'RE2JS'],
} as const;

const found = (text: string) =>
  Object.entries(SIGNATURES).flatMap(([library, strings]) => strings.filter((s) => text.includes(s)).map((s) => `${library}: ${s}`));

describe.each(Object.keys(TARGETS) as Target[])('%s build', (target) => {
  const scripts = files(TARGETS[target], '.js');
  const content = scripts.filter((f) => f.path.startsWith('content-scripts/'));

  test('has one content script per network', () => {
    expect(content.map((f) => f.path).sort()).toEqual(NETWORKS.map((n) => `content-scripts/${n}.js`).sort());
  });

  test.each(content.map((f) => [f.path, f.text]))('%s is at most 15 KB gzipped', (_, text) => {
    expect(gzipSync(text, { level: 9 }).length).toBeLessThanOrEqual(MAX_GZIP_BYTES);
  });

  test.each(content.map((f) => [f.path, f.text]))('%s holds no React, zod or engine', (_, text) => {
    expect(found(text)).toEqual([]);
  });

  // The signatures are real: the pages' bundles, which do carry React and zod, and the background, which runs
  // the engine, show every one of them.
  test('every signature is found where its library is', () => {
    const pages = scripts
      .filter((f) => !f.path.startsWith('content-scripts/'))
      .map((f) => f.text)
      .join('\n');
    expect(found(pages)).toEqual(Object.entries(SIGNATURES).flatMap(([library, strings]) => strings.map((s) => `${library}: ${s}`)));
  });
});
