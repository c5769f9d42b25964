// The import graph of the sources, read from the files themselves (no bundler): each module's imports, which of
// them are type-only (erased at build time), and what a module reaches when it runs. The rules of
// ./rules.ts are checked on it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

export interface Import {
  /** as written: './x', '../ids', 'zod' */
  spec: string;
  /** a path relative to the root (`lib/ids.ts`) for the project's own modules, else the package ('zod', 'wxt/browser') */
  target: string;
  /** a package (node_modules), not one of the project's files */
  external: boolean;
  /** erased at build time: `import type`, `export type`, `typeof import()`, or every name marked `type` */
  typeOnly: boolean;
}

export interface Module {
  path: string;
  source: string;
  imports: Import[];
}

export type Graph = ReadonlyMap<string, Module>;

const EXTENSIONS = ['.ts', '.tsx', '.d.ts', '.json', '/index.ts', '/index.tsx'];

/** Comments out, so an import named in a comment is not an import; string contents stay. */
export function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** The imports of a module as written, in order. */
export function importsOf(source: string): { spec: string; typeOnly: boolean }[] {
  const code = stripComments(source);
  const out: { spec: string; typeOnly: boolean }[] = [];
  // import … from '…' / export … from '…' (over several lines), and the bare `import '…'`.
  for (const m of code.matchAll(/\b(import|export)\s+(type\s+)?([^'";]*?)\s+from\s+['"]([^'"]+)['"]/g)) {
    const names = m[3]!;
    const allTyped =
      /^\{[\s\S]*\}$/.test(names.trim()) &&
      names.replace(/[{}\s]/g, '') !== '' &&
      names
        .slice(1, -1)
        .split(',')
        .every((n) => !n.trim() || /^type\s/.test(n.trim()));
    out.push({ spec: m[4]!, typeOnly: Boolean(m[2]) || allTyped });
  }
  for (const m of code.matchAll(/(?:^|[;\n])\s*import\s+['"]([^'"]+)['"]/g)) out.push({ spec: m[1]!, typeOnly: false });
  // import('…'): a type when `typeof` comes before it, a dynamic import (which a bundler follows) otherwise.
  for (const m of code.matchAll(/(typeof\s+)?\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push({ spec: m[2]!, typeOnly: Boolean(m[1]) });
  return out;
}

function resolve(root: string, from: string, spec: string): string {
  if (!spec.startsWith('.')) return spec;
  const base = join(root, dirname(from), spec);
  for (const candidate of ['', ...EXTENSIONS]) {
    const file = base + candidate;
    if (existsSync(file) && statSync(file).isFile()) return relative(root, file).split(sep).join('/');
  }
  throw new Error(`${from}: cannot resolve ${spec}`);
}

/** Every .ts/.tsx module under `dirs` of `root`, with its imports resolved. */
export function readGraph(root: string, dirs: readonly string[]): Graph {
  const graph = new Map<string, Module>();
  const walk = (dir: string) => {
    for (const name of readdirSync(join(root, dir))) {
      const path = `${dir}/${name}`;
      if (statSync(join(root, path)).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts'))
        graph.set(path, moduleAt(root, path, readFileSync(join(root, path), 'utf8')));
    }
  };
  for (const dir of dirs) walk(dir);
  return graph;
}

export function moduleAt(root: string, path: string, source: string): Module {
  return {
    path,
    source,
    imports: importsOf(source).map((i) => ({ ...i, external: !i.spec.startsWith('.'), target: resolve(root, path, i.spec) })),
  };
}

/**
 * What `start` loads when it runs, with the chain that brings each in: its runtime imports, followed through
 * the project's modules (type-only imports are erased, so they bring nothing).
 */
export function runtimeReach(graph: Graph, start: string): Map<string, string[]> {
  const chains = new Map<string, string[]>([[start, [start]]]);
  const queue = [start];
  while (queue.length > 0) {
    const path = queue.shift()!;
    for (const i of graph.get(path)?.imports ?? []) {
      if (i.typeOnly || chains.has(i.target)) continue;
      chains.set(i.target, [...chains.get(path)!, i.target]);
      if (graph.has(i.target)) queue.push(i.target);
    }
  }
  return chains;
}
