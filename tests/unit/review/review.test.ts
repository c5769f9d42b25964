import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { contextAt } from '../../../lib/review/context';
import { fingerprint } from '../../../lib/review/fingerprint';
import { CHECKS, OWN_CHECKS } from '../../../lib/review/registry';
import { review } from '../../../lib/review/review';
import type { ComposerKind, Draft, NetworkId, Review } from '../../../lib/review/types';
import { defaultRules } from '../../../lib/settings/defaults';
import { CHECK_IDS, LANGS } from '../../../lib/settings/schema';

/** Tuesday 24 November 2026, 10:00: inside every network's default audience hours. */
const NOW = new Date(2026, 10, 24, 10, 0);
const ctx = (extra: Parameters<typeof contextAt>[2] = {}) => contextAt(NOW, 'en', extra);
const d = (network: NetworkId, text: string, kind: ComposerKind = 'post'): Draft => ({ network, kind, text });
const statuses = (r: Review) => Object.fromEntries(r.checks.map((c) => [c.id, c.status]));

const GOOD_POST = [
  'Small teams ship faster when every change is small.',
  '',
  'Here’s how we got our release cycle from six weeks to three days: one feature flag per change, reviews within a day, and a main branch that is always deployable.',
  '',
  'What would you try first in your team?',
].join('\n');
const NO_CTA = 'Small teams ship faster when every change is small, because reviews stay quick and nobody waits.';

describe('verdict', () => {
  test('ready when every check passes', () => {
    const r = review(d('linkedin', GOOD_POST), defaultRules(), ctx());
    expect(r.checks.filter((c) => c.status !== 'pass').map((c) => [c.id, c.reason])).toEqual([]);
    expect(r.verdict).toBe('ready');
    expect(r.language).toBe('en');
  });

  test('consider when a check warns (no call to action on X)', () => {
    const r = review(d('x', NO_CTA), defaultRules(), ctx());
    expect(statuses(r)).toMatchObject({ value: 'pass', cta: 'warn', fit: 'pass' });
    expect(r.verdict).toBe('consider');
  });

  test('fix when a check fails (no call to action on LinkedIn)', () => {
    const r = review(d('linkedin', NO_CTA), defaultRules(), ctx());
    expect(statuses(r)).toMatchObject({ value: 'pass', cta: 'fail', fit: 'pass' });
    expect(r.verdict).toBe('fix');
  });

  test('a dismissed check is shown but does not count', () => {
    const r = review(d('linkedin', NO_CTA), defaultRules(), ctx({ dismissed: ['cta'] }));
    expect(r.checks.find((c) => c.id === 'cta')).toMatchObject({ status: 'fail', dismissed: true });
    expect(r.checks.filter((c) => c.dismissed).map((c) => c.id)).toEqual(['cta']);
    expect(r.verdict).toBe('ready');
  });

  test('checks come in the registry’s order, with the severity the rules set', () => {
    const r = review(d('x', NO_CTA, 'quote'), defaultRules(), ctx());
    expect(r.checks.map((c) => c.id)).toEqual(CHECKS.map((c) => c.id));
    expect(r.checks.find((c) => c.id === 'cta')?.severity).toBe('warn');
  });
});

describe('empty draft', () => {
  test('on a quote only share-comment runs: a bare repost', () => {
    const r = review(d('x', '', 'quote'), defaultRules(), ctx());
    expect(r.checks.map((c) => [c.id, c.status])).toEqual([['share-comment', 'fail']]);
    expect(r.skipped).toEqual(CHECKS.filter((c) => c.id !== 'share-comment').map((c) => ({ id: c.id, why: 'empty' })));
    expect(r.verdict).toBe('fix');
    expect(r.language).toBeNull();
  });

  test('on a post nothing runs yet', () => {
    const r = review(d('linkedin', ' \n '), defaultRules(), ctx());
    expect(r.checks).toEqual([]);
    expect(r.skipped).toContainEqual({ id: 'share-comment', why: 'not-applicable' });
    expect(r.skipped.filter((s) => s.why === 'empty')).toHaveLength(CHECKS.length - 1);
    expect(r.verdict).toBe('ready');
  });
});

test('a disabled network reviews nothing', () => {
  const rules = defaultRules();
  rules.networks.facebook.enabled = false;
  const r = review(d('facebook', 'We’re hiring! 50% discount, book a demo. #a #b #c #d #e'), rules, ctx());
  expect(r.checks).toEqual([]);
  expect(r.skipped).toEqual(CHECKS.map((c) => ({ id: c.id, why: 'network-off' })));
  expect(r.verdict).toBe('ready');
});

describe('determinism', () => {
  const text =
    'New video is up! 👩‍👩‍👧‍👦 We’re hiring, my kids say hi, mail me at jo@example.com #a #b #c #d\nWhat do you think? https://example.com';
  const context = () =>
    ctx({ recent: [{ network: 'linkedin', at: NOW.getTime() - 3_600_000, signature: fingerprint(text) }], dismissed: ['timing'] });

  test.each(['x', 'linkedin', 'facebook'] as const)('the same input gives the same review (%s)', (network) => {
    const rules = defaultRules();
    const first = review(d(network, text), rules, context());
    expect(review(d(network, text), rules, context())).toEqual(first);
    // a fresh but equal rules object compiles its own phrase book and still agrees
    expect(review(d(network, text), defaultRules(), context())).toEqual(first);
    expect(first.checks.length).toBeGreaterThan(0);
  });

  test('the review does not change its input', () => {
    const rules = defaultRules();
    const draft = d('x', text);
    const c = context();
    review(draft, rules, c);
    expect(rules).toEqual(defaultRules());
    expect(draft).toEqual(d('x', text));
    expect(c).toEqual(context());
  });
});

describe('a 60,000-character paste', () => {
  const block = [
    'Here’s how our team handles incidents, because the first hour decides everything. ',
    'Ping @oncall_team, open https://status.example.com/incidents/2026?ref=paste and write down what you see. ',
    'מה דעתכם? ما رأيكم؟ 👩‍👩‍👧‍👦🔥 #incident #sre\n',
    'Weil niemand nachts allein sein sollte, teilen wir die Bereitschaft. Vad tycker ni?\n\n',
  ].join('');
  const paste = block.repeat(Math.ceil(60_000 / block.length)).slice(0, 60_000);

  test.each([
    ['x', 'post'],
    ['linkedin', 'post'],
    ['facebook', 'comment'],
    ['linkedin', 'quote'],
  ] as const)('is reviewed without throwing (%s %s), with evidence inside the text', (network, kind) => {
    const r = review(d(network, paste, kind), defaultRules(), ctx());
    expect(paste).toHaveLength(60_000);
    expect(r.checks.length).toBeGreaterThan(0);
    for (const c of r.checks) {
      expect(c.reason, c.id).not.toBe('');
      for (const e of c.evidence) {
        expect(e.start, c.id).toBeGreaterThanOrEqual(0);
        expect(e.end, c.id).toBeGreaterThan(e.start);
        expect(e.end, c.id).toBeLessThanOrEqual(paste.length);
      }
    }
    expect(r.checks.find((c) => c.id === 'value')?.status).toBe('pass');
  });
});

describe('the person’s phrase edits', () => {
  const text = 'Small teams ship faster when every change is small.\n\nPing me if you want the checklist.';

  test('an added phrase is found', () => {
    expect(review(d('linkedin', text), defaultRules(), ctx()).checks.find((c) => c.id === 'cta')?.status).toBe('fail');
    // Rules are replaced, never changed in place: the phrase book is compiled once per rules object.
    const rules = defaultRules();
    rules.phrases.en.cta.add.push('ping me');
    const cta = review(d('linkedin', text), rules, ctx()).checks.find((c) => c.id === 'cta')!;
    expect(cta.status).toBe('pass');
    expect(cta.evidence.map((e) => text.slice(e.start, e.end))).toEqual(['Ping me']);
  });

  test('a removed default is no longer found, whatever its case', () => {
    const withDefault = 'Small teams ship faster when every change is small.\n\nLet me know how your team does it.';
    expect(review(d('linkedin', withDefault), defaultRules(), ctx()).checks.find((c) => c.id === 'cta')?.status).toBe('pass');
    const rules = defaultRules();
    rules.phrases.en.cta.remove.push('Let Me Know');
    expect(review(d('linkedin', withDefault), rules, ctx()).checks.find((c) => c.id === 'cta')?.status).toBe('fail');
  });

  test('edits in one language apply to drafts in any language', () => {
    const rules = defaultRules();
    rules.phrases.sv['fit-linkedin'].add.push('padel');
    const fit = review(d('linkedin', 'Padel with the team after work, again.'), rules, ctx()).checks.find((c) => c.id === 'fit')!;
    expect(fit.status).toBe('warn');
    expect(fit.reason).toContain('“Padel”');
  });
});

describe('messages', () => {
  const dir = new URL('../../../lib/review/data/messages/', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  const tables = files.map(
    (f) => [f, JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as Record<string, Record<string, string>>] as const,
  );
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  test('every built-in check has its strings, in the file named as its id', () => {
    expect(CHECKS.map((c) => c.id).sort()).toEqual([...CHECK_IDS].sort());
    for (const check of CHECKS) {
      const file = tables.find(([f]) => f === `${check.id}.json`);
      expect(file, check.id).toBeDefined();
      expect(check.messages).toEqual(file![1]);
    }
  });

  test('every check of the person (custom, pause) is in the registry, with its strings in the file named as its id', () => {
    expect(OWN_CHECKS.map((c) => c.id)).toEqual(['custom', 'pause']);
    for (const check of OWN_CHECKS) expect(check.messages).toEqual(tables.find(([f]) => f === `${check.id}.json`)![1]);
    // Every file of strings belongs to a check of the registry.
    expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual([...CHECKS, ...OWN_CHECKS].map((c) => c.id).sort());
  });

  test.each(tables)('%s: the same keys and placeholders in en, de and sv, and a title', (_, table) => {
    expect(Object.keys(table).sort()).toEqual([...LANGS].sort());
    const keys = Object.keys(table.en!).sort();
    expect(keys).toContain('title');
    for (const lang of LANGS) {
      expect(Object.keys(table[lang]!).sort(), lang).toEqual(keys);
      for (const key of keys) {
        expect(table[lang]![key]!.trim(), `${lang}.${key}`).not.toBe('');
        expect(placeholders(table[lang]![key]!), `${lang}.${key}`).toEqual(placeholders(table.en![key]!));
      }
    }
  });
});
