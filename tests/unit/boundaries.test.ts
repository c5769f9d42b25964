// The layers' boundaries, read from the sources: lib/review is a pure engine (no site code, no zod, no React,
// no browser, no DOM), the content script carries no React, zod or engine, lib/ never builds on components/.
// The rules and their reasons: ./boundaries/rules.ts.
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { importsOf, moduleAt, readGraph, runtimeReach } from './boundaries/graph';
import type { Graph } from './boundaries/graph';
import { RULES, violations } from './boundaries/rules';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const graph = readGraph(ROOT, ['lib', 'components', 'entrypoints']);

/** The real tree with one more module, written at `path`. */
const withModule = (path: string, source: string): Graph => new Map(graph).set(path, moduleAt(ROOT, path, source));
const broken = (g: Graph) => violations(g).map((v) => [v.rule, v.path, v.chain.join(' → ')]);

describe('the sources keep every boundary', () => {
  test.each(RULES.map((r) => [r.name, r] as const))('%s', (_, rule) => {
    expect(rule.check(graph, rule.name).map((v) => `${v.path}: ${v.chain.join(' → ')}`)).toEqual([]);
  });

  test('the graph has the layers it is checked on', () => {
    expect([...graph.keys()]).toEqual(
      expect.arrayContaining(['lib/review/review.ts', 'lib/content/runtime.ts', 'entrypoints/x.content.ts', 'lib/ids.ts']),
    );
    // The engine runs with its checks and the networks' descriptors, and nothing of the settings but plain helpers.
    const engine = [...runtimeReach(graph, 'lib/review/review.ts').keys()];
    expect(engine).toEqual(
      expect.arrayContaining(['lib/review/registry.ts', 'lib/review/checks/pause.ts', 'lib/networks/index.ts', 'lib/ids.ts']),
    );
    expect(engine.filter((p) => p.startsWith('lib/settings/'))).toEqual(['lib/settings/phrases.ts']);
  });
});

describe('each rule fails on what it keeps out', () => {
  test.each([
    [
      'the engine importing the settings schema (zod, configured globally)',
      'lib/review/bad.ts',
      "import { NETWORKS } from '../settings/schema';",
      'loads no zod',
    ],
    [
      'the engine reaching zod through another module',
      'lib/review/bad.ts',
      "import { defaultRules } from '../settings/defaults';",
      'loads no zod',
    ],
    ['the engine importing a type from the sites', 'lib/review/bad.ts', "import type { InsertMode } from '../sites/types';", 'no site'],
    ['the engine reading the page', 'lib/review/bad.ts', 'export const here = () => document.title;', 'no DOM'],
    ['the engine calling the browser', 'lib/review/bad.ts', "import { browser } from 'wxt/browser';", 'loads no zod'],
    ['the content script importing React', 'lib/content/bad.ts', "import { useState } from 'react';", 'no React, zod'],
    ['the content script importing the engine', 'lib/content/bad.ts', "import { review } from '../review';", 'no React, zod'],
    [
      'a content script reaching zod',
      'entrypoints/bad.content.ts',
      "import { defaultRules } from '../lib/settings/defaults';",
      'no React, zod',
    ],
    [
      'lib/ importing components/',
      'lib/content/bad.ts',
      "import type { MessageKey } from '../../components/common/i18n';",
      'never imports components',
    ],
    [
      'the side panel importing the background',
      'components/sidepanel/bad.ts',
      "import { networkOfUrl } from '../../lib/background/validate';",
      'nothing from the background',
    ],
    ['a descriptor loading a package', 'lib/networks/bad.ts', "import { z } from 'zod';", 'plain data'],
  ])('%s', (_, path, source, rule) => {
    const found = broken(withModule(path, source)).filter(([, p]) => p === path);
    expect(found.map(([r]) => r)).toEqual(expect.arrayContaining([expect.stringContaining(rule)]));
  });

  test('a runtime chain is reported whole; a type-only import brings nothing', () => {
    const chain = broken(withModule('lib/review/bad.ts', "import { defaultRules } from '../settings/defaults';")).find(
      ([, p]) => p === 'lib/review/bad.ts',
    )!;
    expect(chain[2]).toMatch(/^lib\/review\/bad\.ts → lib\/settings\/defaults\.ts → .*lib\/settings\/schema\.ts$/);
    expect(
      broken(withModule('lib/review/fine.ts', "import type { Rules } from '../settings/schema';")).filter(
        ([, p]) => p === 'lib/review/fine.ts',
      ),
    ).toEqual([]);
  });
});

describe('reading imports', () => {
  test.each([
    ["import { a } from './a';", [{ spec: './a', typeOnly: false }]],
    ["import type { a } from './a';", [{ spec: './a', typeOnly: true }]],
    ["import { type a, type b } from './a';", [{ spec: './a', typeOnly: true }]],
    ["import { type a, b } from './a';", [{ spec: './a', typeOnly: false }]],
    ["import {\n  a,\n  b,\n} from './a';", [{ spec: './a', typeOnly: false }]],
    [
      "export { a } from './a';\nexport type { b } from './b';",
      [
        { spec: './a', typeOnly: false },
        { spec: './b', typeOnly: true },
      ],
    ],
    ["export * from './a';", [{ spec: './a', typeOnly: false }]],
    ["import './style.css';", [{ spec: './style.css', typeOnly: false }]],
    [
      "type K = keyof typeof import('./en.json');\nconst m = await import('./lazy');",
      [
        { spec: './en.json', typeOnly: true },
        { spec: './lazy', typeOnly: false },
      ],
    ],
    ["// import { a } from './a';\n/* import { b } from './b'; */", []],
  ])('%s', (source, expected) => {
    expect(importsOf(source)).toEqual(expected);
  });
});
