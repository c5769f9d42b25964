// review() on anything a person could paste: arbitrary Unicode (astral planes, ZWJ sequences, combining
// marks, RTL, lone surrogates, control characters, line breaks) up to 100,000 characters, on every
// network and composer kind, under varied rules. It never throws and always answers a well-formed,
// self-consistent, deterministic review. (Its speed is measured in `npm run bench`, not asserted here.)
import fc from 'fast-check';
import './seed';
import { describe, expect, test } from 'vitest';
import { review } from '../../../lib/review/review';
import { contextAt } from '../../../lib/review/context';
import { COMPOSER_KINDS } from '../../../lib/review/types';
import type { Review } from '../../../lib/review/types';
import { defaultRules } from '../../../lib/settings/defaults';
import { CHECK_IDS, NETWORKS } from '../../../lib/settings/schema';
import type { Rules, Severity } from '../../../lib/settings/schema';

const SPECIALS = ['👩‍👩‍👧‍👦', '🏳️‍🌈', 'é', 'e\u0301', 'ü', 'å', 'مرحبا', 'שלום', '\u200f', '\u202e', '日本語', '\n', '\r\n', '\t', '\u0000', '#tag', '@name', 'https://t.co/x', 'via @a', '…', '?', 'What do you think?'];
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const piece = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(...SPECIALS),
  loneSurrogate,
  fc.lorem({ maxCount: 12 }),
);
const smallText = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(' '));
/** Up to 100,000 characters: a generated piece repeated, as a long paste repeats its material. */
const largeText = fc.tuple(fc.array(piece, { minLength: 1, maxLength: 10 }), fc.integer({ min: 5_000, max: 100_000 })).map(([parts, n]) => {
  const unit = parts.join(' ') || 'x';
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
});

const severity = fc.constantFrom<Severity>('off', 'warn', 'fail');
const rulesArb = fc
  .record({
    severities: fc.array(severity, { minLength: CHECK_IDS.length, maxLength: CHECK_IDS.length }),
    custom: fc.constantFrom('synergy', '\\d+\\s?(€|kr|\\$)', '^\\s*$', '(a|b)*c', 'x?'),
    regex: fc.boolean(),
    mode: fc.constantFrom<'avoid' | 'require'>('avoid', 'require'),
    pause: fc.boolean(),
    limit: fc.integer({ min: 1, max: 5000 }),
  })
  .map(({ severities, custom, regex, mode, pause, limit }) => {
    const r = defaultRules();
    for (const n of NETWORKS) {
      CHECK_IDS.forEach((id, i) => (r.networks[n].severity[id] = severities[i]!));
      r.networks[n].limits.post = limit;
    }
    r.custom = [{ id: 'c1', enabled: true, mode, pattern: custom, regex, networks: [], message: 'Mine.', severity: 'warn' }];
    if (pause) r.pause = [{ id: 'p1', label: 'Quiet week', from: '2026-11-01', to: '2026-11-30', topics: [] }];
    return r;
  });

const context = contextAt(new Date(2026, 10, 24, 6, 30), 'en');

function wellFormed(r: Review, text: string) {
  expect(['ready', 'consider', 'fix']).toContain(r.verdict);
  const counted = r.checks.filter((c) => !c.dismissed);
  const expected = counted.some((c) => c.status === 'fail') ? 'fix' : counted.some((c) => c.status === 'warn') ? 'consider' : 'ready';
  expect(r.verdict).toBe(expected);
  for (const c of r.checks) {
    expect(['pass', 'warn', 'fail']).toContain(c.status);
    expect(typeof c.title).toBe('string');
    expect(c.title.length).toBeGreaterThan(0);
    expect(typeof c.reason).toBe('string');
    for (const e of c.evidence) {
      expect(e.start).toBeGreaterThanOrEqual(0);
      expect(e.end).toBeLessThanOrEqual(text.length);
      expect(e.start).toBeLessThan(e.end);
    }
  }
  expect(new Set(r.checks.map((c) => c.id)).size).toBe(r.checks.length);
  expect(r.length.count).toBeGreaterThanOrEqual(0);
}

function property(text: fc.Arbitrary<string>) {
  return fc.property(text, fc.constantFrom(...NETWORKS), fc.constantFrom(...COMPOSER_KINDS), rulesArb, (t, network, kind, rules: Rules) => {
    const draft = { network, kind, text: t };
    const first = review(draft, rules, context);
    wellFormed(first, t);
    expect(review(draft, rules, context)).toEqual(first);
  });
}

describe('review() on arbitrary drafts', () => {
  test('short drafts: never throws, well-formed, deterministic', () => {
    fc.assert(property(smallText), { numRuns: 400 });
  });

  test('long pastes up to 100,000 characters', () => {
    fc.assert(property(largeText), { numRuns: 12 });
  }, 60_000);
});

test('a lone surrogate that alone tips an X post over its limit is pointed at, not an empty range', () => {
  const rules = defaultRules();
  rules.networks.x.limits.post = 1;
  const length = review({ network: 'x', kind: 'post', text: '\ud800' }, rules, context).checks.find((c) => c.id === 'length')!;
  expect(length.status).toBe('fail');
  expect(length.evidence).toEqual([{ start: 0, end: 1, label: 'over-limit' }]);
});

test('text that NFC makes longer (U+0958) is still measured on X in its own offsets', () => {
  const rules = defaultRules();
  rules.networks.x.limits.post = 1;
  const text = '\u0958 '.repeat(2500);
  const length = review({ network: 'x', kind: 'post', text }, rules, context).checks.find((c) => c.id === 'length')!;
  expect(length.status).toBe('fail');
  for (const e of length.evidence) {
    expect(e.start).toBeGreaterThanOrEqual(0);
    expect(e.end).toBe(text.length);
  }
});
