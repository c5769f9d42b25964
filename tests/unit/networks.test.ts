// Every network is whole: its descriptor, its adapter and content script, its words in every language, its
// sample page and its test cases. A network added to lib/ids.ts with any of these missing fails here (the
// compiler already refuses one without a descriptor or an adapter). docs/adding-a-network.md walks through it.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { COMPOSER_KINDS, LANGS, NETWORKS } from '../../lib/ids';
import { DESCRIPTORS, NETWORK, networkOfUrl } from '../../lib/networks';
import { ADAPTER } from '../../lib/sites';
import { evalContext } from '../../lib/eval/score';
import { defaultRules } from '../../lib/settings/defaults';
import { RulesSchema } from '../../lib/settings/schema';
import { fixturePages } from '../e2e/fixture-pages';
import { readGraph, stripComments } from './boundaries/graph';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string) => readFileSync(ROOT + path, 'utf8');
const json = (path: string) => JSON.parse(read(path)) as Record<string, Record<string, unknown>>;

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

describe.each(NETWORKS.map((id) => [id]))('%s', (id) => {
  const d = NETWORK[id];
  const hosts = d.matches.map((p) => /^https:\/\/([a-z0-9.-]+)\/\*$/.exec(p)?.[1]);

  test('its descriptor: id, name, pages and the host the panel names', () => {
    expect(d.id).toBe(id);
    expect(d.name.trim()).not.toBe('');
    expect(hosts.length).toBeGreaterThan(0);
    expect(hosts.every(Boolean), `https://host/* patterns: ${d.matches.join(', ')}`).toBe(true);
    for (const host of hosts) expect(networkOfUrl(`https://${host}/`)).toBe(id);
    expect(hosts.some((h) => h === d.host || h!.endsWith(`.${d.host}`))).toBe(true);
  });

  test('its adapter answers for it, on the descriptor’s pages', () => {
    expect(ADAPTER[id].network).toBe(id);
    expect(ADAPTER[id].matches).toEqual(d.matches);
  });

  test('its content script wires its adapter', () => {
    const path = `entrypoints/${id}.content.ts`;
    expect(existsSync(ROOT + path), path).toBe(true);
    const source = read(path);
    expect(source).toContain(`from '../lib/sites/${id}'`);
    expect(source).toMatch(new RegExp(`matches: ${id}\\.matches`));
    expect(source).toMatch(new RegExp(`startContent\\(${id}\\b`));
  });

  test.each(LANGS.map((lang) => [lang]))('its words in %s', (lang) => {
    expect(d.defaults.purpose[lang].trim()).not.toBe('');
    const phrases = json(`lib/review/data/phrases/${lang}.json`);
    expect((phrases[d.fit.list] as unknown as string[] | undefined)?.length ?? 0, `${d.fit.list} in phrases/${lang}.json`).toBeGreaterThan(
      0,
    );
    const fit = json('lib/review/data/messages/fit.json')[lang]!;
    expect(fit[`triggers-${id}`], `fit.json ${lang} triggers-${id}`).toEqual(expect.any(String));
    expect(fit[`hint-${id}`], `fit.json ${lang} hint-${id}`).toEqual(expect.any(String));
    const ui = json(`public/_locales/${lang}/messages.json`);
    expect((ui[`networkName_${id}`] as { message?: string } | undefined)?.message, `_locales/${lang} networkName_${id}`).toEqual(
      expect.any(String),
    );
  });

  test('its default rules are valid, and in audience hours at the moment the eval reviews at', () => {
    expect(RulesSchema.safeParse(defaultRules()).success).toBe(true);
    const { weekday, minutes: now } = evalContext('en').local;
    expect(d.defaults.audienceHours.some((w) => w.days.includes(weekday) && minutes(w.from) <= now && now < minutes(w.to))).toBe(true);
  });

  test('its sample page, served at one of its URLs', () => {
    expect(existsSync(`${ROOT}tests/fixtures/pages/${d.fixture.page}`), d.fixture.page).toBe(true);
    expect(networkOfUrl(d.fixture.url)).toBe(id);
    expect(fixturePages[d.fixture.url]).toBe(d.fixture.page);
    expect(read('tests/fixtures/pages/README.md')).toContain(`| ${d.fixture.page} |`);
  });

  test('its test cases: composers on sample pages, selectors on real pages, and the checks that differ by network', () => {
    const cases = read('tests/sites/cases.ts');
    const kinds = COMPOSER_KINDS.filter((kind) => new RegExp(`network: '${id}'[^\\n]*\\n?[^\\n]*kind: '${kind}'`).test(cases));
    expect(kinds.length, `composer cases for ${id} in tests/sites/cases.ts`).toBeGreaterThan(0);
    expect(existsSync(`${ROOT}tests/sites/selectors/${id}.ts`)).toBe(true);
    for (const file of ['length', 'fit', 'cta', 'timing']) {
      expect(read(`tests/unit/review/${file}.test.ts`), `tests/unit/review/${file}.test.ts`).toMatch(new RegExp(`['"]${id}['"]`));
    }
  });
});

test('no two networks claim the same page, name or fit list', () => {
  const all = DESCRIPTORS.flatMap((d) => d.matches);
  expect(new Set(all).size).toBe(all.length);
  expect(new Set(DESCRIPTORS.map((d) => d.name)).size).toBe(DESCRIPTORS.length);
  expect(new Set(DESCRIPTORS.map((d) => d.fit.list)).size).toBe(DESCRIPTORS.length);
});

test('a URL of no network’s pages has none: the mobile and bare hosts no content script runs on', () => {
  for (const url of [
    'https://m.facebook.com/',
    'https://linkedin.com/feed/',
    'https://www.x.com/home',
    'http://x.com/home',
    'https://x.com.evil.example/',
  ]) {
    expect(networkOfUrl(url), url).toBeNull();
  }
});

test('the engine and the settings never branch on a network’s id: what differs is in its descriptor', () => {
  const ids = NETWORKS.join('|');
  const branch = new RegExp(`[!=]==?\\s*['"](?:${ids})['"]|['"](?:${ids})['"]\\s*[!=]==?`);
  const sources = readGraph(ROOT, ['lib/review', 'lib/settings']);
  // Migrations read what earlier versions stored, network by network, as they stored it.
  const found = [...sources.values()]
    .filter((m) => m.path !== 'lib/settings/migrations.ts')
    .flatMap((m) =>
      stripComments(m.source)
        .split('\n')
        .flatMap((line, i) => (branch.test(line) ? [`${m.path}:${i + 1}: ${line.trim()}`] : [])),
    );
  expect(found).toEqual([]);
});
