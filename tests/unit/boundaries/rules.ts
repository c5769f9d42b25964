// The boundaries between the layers, as rules over the import graph (./graph.ts). Each names what it keeps out
// and why; a violation says which module breaks it and through which chain of imports.
import { runtimeReach, stripComments } from './graph';
import type { Graph, Module } from './graph';

export interface Violation {
  rule: string;
  /** the module that breaks the rule */
  path: string;
  /** how it gets there: the import chain (runtime rules) or the import itself */
  chain: string[];
}

const under = (path: string, ...dirs: string[]) => dirs.some((d) => path === d || path.startsWith(d.endsWith('/') ? d : `${d}/`));
const pkg = (target: string, ...names: string[]) => names.some((n) => target === n || target.startsWith(`${n}/`));

/** Packages that are a page's UI or its state: never in the engine or on the sites' pages. */
const UI_PACKAGES = ['react', 'react-dom', 'zustand'];
/** The browser's extension API. */
const BROWSER_PACKAGES = ['wxt', 'webextension-polyfill', '@wxt-dev'];
/** The engine's own packages: in a content script they would mean the engine came along. */
const ENGINE_PACKAGES = ['twitter-text', 're2js'];

/** Page and browser globals and DOM types, read as code (comments out): what the engine must never touch. */
const DOM_USE =
  /(?<![.\w$])(?:document|window|navigator|browser|chrome|localStorage|sessionStorage)\s*\.|\b(?:HTMLElement|ShadowRoot|MutationObserver|ResizeObserver|addEventListener)\b/;

/** Each import of a module (type-only ones too) that `bad` says crosses the line. */
function directImports(graph: Graph, rule: string, from: (m: Module) => boolean, bad: (target: string) => boolean): Violation[] {
  return [...graph.values()]
    .filter(from)
    .flatMap((m) => m.imports.filter((i) => bad(i.target)).map((i) => ({ rule, path: m.path, chain: [m.path, i.target] })));
}

/** Each module that, when it runs, loads something `bad` says it must not (first chain found). */
function reaches(graph: Graph, rule: string, from: (m: Module) => boolean, bad: (target: string) => boolean): Violation[] {
  return [...graph.values()].filter(from).flatMap((m) => {
    const found = [...runtimeReach(graph, m.path)].find(([target]) => target !== m.path && bad(target));
    return found ? [{ rule, path: m.path, chain: found[1] }] : [];
  });
}

/** Each module that `from` selects or that it loads, whose own code uses the DOM or the browser. */
function usesDom(graph: Graph, rule: string, from: (m: Module) => boolean): Violation[] {
  return [...graph.values()].filter(from).flatMap((m) => {
    const found = [...runtimeReach(graph, m.path)].find(
      ([target]) => graph.has(target) && DOM_USE.test(stripComments(graph.get(target)!.source)),
    );
    return found
      ? [{ rule, path: m.path, chain: [...found[1], `uses ${DOM_USE.exec(stripComments(graph.get(found[0])!.source))![0]}`] }]
      : [];
  });
}

const isEngine = (m: Module) => under(m.path, 'lib/review');
const isContent = (m: Module) => under(m.path, 'lib/content', 'lib/sites') || /^entrypoints\/[^/]+\.content\.ts$/.test(m.path);
const isPlainData = (m: Module) => m.path === 'lib/ids.ts' || under(m.path, 'lib/networks');

export const RULES: readonly { name: string; check(graph: Graph, name: string): Violation[] }[] = [
  {
    name: 'lib/ never imports components/ (the pages build on lib/, never the other way)',
    check: (g, name) =>
      directImports(
        g,
        name,
        (m) => under(m.path, 'lib'),
        (t) => under(t, 'components', 'entrypoints'),
      ),
  },
  {
    name: 'lib/review imports no site, content-script, background, messaging or page code, not even a type',
    check: (g, name) =>
      directImports(g, name, isEngine, (t) =>
        under(t, 'lib/sites', 'lib/content', 'lib/background', 'lib/messaging', 'lib/drafts', 'components', 'entrypoints'),
      ),
  },
  {
    name: 'lib/review loads no zod (nor the settings schema that configures it), React or browser API when it runs',
    check: (g, name) =>
      reaches(g, name, isEngine, (t) => pkg(t, 'zod', ...UI_PACKAGES, ...BROWSER_PACKAGES) || t === 'lib/settings/schema.ts'),
  },
  {
    name: 'lib/review and what it loads use no DOM and no browser global',
    check: (g, name) => usesDom(g, name, isEngine),
  },
  {
    name: 'lib/content, lib/sites and the content scripts load no React, zod (nor the settings schema) or engine',
    check: (g, name) =>
      reaches(
        g,
        name,
        isContent,
        (t) => pkg(t, 'zod', ...UI_PACKAGES, ...ENGINE_PACKAGES) || t === 'lib/settings/schema.ts' || under(t, 'lib/review', 'components'),
      ),
  },
  {
    name: 'lib/ids.ts and lib/networks are plain data: no package, no DOM',
    check: (g, name) => [
      ...reaches(g, name, isPlainData, (t) => !t.startsWith('lib/') || !t.endsWith('.ts')),
      ...usesDom(g, name, isPlainData),
    ],
  },
  {
    name: 'the side panel imports nothing from the background (what both need lives in lib/)',
    check: (g, name) =>
      directImports(
        g,
        name,
        (m) => under(m.path, 'components/sidepanel', 'entrypoints/sidepanel'),
        (t) => under(t, 'lib/background'),
      ),
  },
];

export const violations = (graph: Graph): Violation[] => RULES.flatMap((r) => r.check(graph, r.name));
