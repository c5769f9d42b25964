// The demo's look of each sample page (demo/look/*.css, scripts/sample-sites.mjs): added only to what the
// demo serves, drawn from nothing outside this repository, and written against hooks the page really has.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOOK_DIR, PAGES_DIR, SITES, samplePage } from '../../../scripts/sample-sites.mjs';

const look = (name: string) => readFileSync(join(LOOK_DIR, `${name}.css`), 'utf8');
const LOOKS = ['icons', ...SITES.map((s) => s.name)];

/** The selectors of a stylesheet: each rule's prelude, comments, at-rules and :root left out. */
function selectors(css: string): string[] {
  const bare = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/"[^"]*"|'[^']*'/g, (s) => (s.startsWith('"data:') ? '""' : s));
  return [...bare.matchAll(/([^{};]+)\{/g)].map((m) => (m[1] ?? '').trim()).filter((p) => p && !p.startsWith('@') && p !== ':root');
}

/** The hooks a selector leans on: class names, ids, and attributes with the value it asks for. */
function hooks(selector: string): string[] {
  const found: string[] = [];
  const attrs = /\[([\w-]+)(?:([~|^$*]?=)['"]?([^'"\]]*)['"]?)?\]/g;
  for (const [, name, op, value] of selector.matchAll(attrs)) {
    found.push(name!);
    // An exact value must appear as the attribute's value; a prefix or suffix somewhere in the page.
    if (op === '=') found.push(`${name}="${value}"`);
    else if (op) found.push(value!);
  }
  const rest = selector.replace(attrs, '');
  for (const [, name] of rest.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)) found.push(name!);
  for (const [, name] of rest.matchAll(/#([_a-zA-Z][\w-]*)/g)) found.push(name!);
  return found;
}

describe('the demo look', () => {
  it.each(SITES.map((s) => [s.name, s] as const))('%s: the served page is the fixture with the look added in <head>', (_, site) => {
    const fixture = readFileSync(join(PAGES_DIR, site.file), 'utf8');
    const served = samplePage(site);
    const style = served.match(/<style data-demo-look="\w+">[\s\S]*?<\/style>/)?.[0] ?? '';
    expect(style).toContain(look(site.name));
    expect(served.replace(style, '')).toBe(fixture);
    expect(served.indexOf(style)).toBeLessThan(served.indexOf('</head>'));
  });

  it.each(LOOKS)('%s.css loads nothing: no @import, no web fonts, no url() but data:', (name) => {
    const css = look(name);
    expect(css).not.toMatch(/@import|@font-face/);
    for (const [, target] of css.matchAll(/url\(\s*["']?([^"')\s]{0,12})/g)) expect(target).toMatch(/^data:/);
  });

  it.each(SITES.map((s) => [s.name, s] as const))('%s.css selects only hooks its page has', (_, site) => {
    // The page's markup, the markup its script builds (menus, dialogs) and the attributes it sets, as one text.
    const source = readFileSync(join(PAGES_DIR, site.file), 'utf8');
    const set = [...source.matchAll(/setAttribute\('([\w-]+)',\s*'([^']*)'\)/g)].map(([, n, v]) => `${n}="${v}"`);
    const page = [source, ...set].join('\n');
    const missing = selectors(look(site.name))
      .flatMap(hooks)
      .filter((hook) => !page.includes(hook));
    expect(missing).toEqual([]);
  });
});
