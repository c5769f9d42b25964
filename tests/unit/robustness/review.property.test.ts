// review() on anything a person could paste: arbitrary Unicode (astral planes, ZWJ sequences, combining
// marks, RTL, lone surrogates, control characters, line breaks) up to 100,000 characters, on every
// network and composer kind, under any valid rules (every severity, limits, phrase edits, custom rules,
// pause entries), at any moment, in any locale, with other drafts remembered and checks dismissed; and
// under whatever the lenient storage reader makes of arbitrary stored data. It never throws, never
// changes its inputs, and always answers a well-formed, self-consistent, deterministic review.
// (Its speed is measured in `npm run bench`, not asserted here.)
import fc from 'fast-check';
import './seed';
import { describe, expect, test } from 'vitest';
import { review } from '../../../lib/review/review';
import { contextAt } from '../../../lib/review/context';
import { fingerprint } from '../../../lib/review/fingerprint';
import { CHECKS } from '../../../lib/review/registry';
import { COMPOSER_KINDS } from '../../../lib/review/types';
import type { Draft, Review, ReviewContext } from '../../../lib/review/types';
import { defaultRules } from '../../../lib/settings/defaults';
import { repairRules } from '../../../lib/settings/parse';
import { LANGS, NETWORKS } from '../../../lib/settings/schema';
import type { Rules } from '../../../lib/settings/schema';
import { contextArb, largeText, rulesArb, smallText } from './arbitraries';

const BUILTIN = CHECKS.map((c) => c.id);

/** Everything a review promises about itself, whatever it found. */
function wellFormed(r: Review, draft: Draft, rules: Rules, context: ReviewContext) {
  const net = rules.networks[draft.network];

  // The verdict follows from the checks that count: fix iff one fails, consider iff one warns.
  expect(['ready', 'consider', 'fix']).toContain(r.verdict);
  const counted = r.checks.filter((c) => !c.dismissed);
  const expected = counted.some((c) => c.status === 'fail') ? 'fix' : counted.some((c) => c.status === 'warn') ? 'consider' : 'ready';
  expect(r.verdict).toBe(expected);

  // Each built-in check either ran or says why not, once; ids are unique.
  const ids = r.checks.map((c) => c.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect([...r.checks.map((c) => c.id).filter((id) => BUILTIN.includes(id as never)), ...r.skipped.map((s) => s.id)].sort()).toEqual(
    [...BUILTIN].sort(),
  );
  for (const s of r.skipped) expect(['not-applicable', 'network-off', 'empty']).toContain(s.why);
  if (!net.enabled) {
    expect(r.checks).toEqual([]);
    expect(r.verdict).toBe('ready');
    expect(r.skipped.every((s) => s.why === 'network-off')).toBe(true);
  }

  const enabledCustom = new Set(rules.custom.filter((c) => c.enabled).map((c) => `custom:${c.id}`));
  const dismissed = new Set(context.dismissed ?? []);
  for (const c of r.checks) {
    expect(BUILTIN.includes(c.id as never) || enabledCustom.has(c.id) || (c.id === 'pause' && rules.pause.length > 0)).toBe(true);
    expect(['pass', 'warn', 'fail']).toContain(c.status);
    expect(['off', 'warn', 'fail']).toContain(c.severity);
    // A check never counts for more than the person's severity allows.
    if (c.severity === 'off') expect(c.status).toBe('pass');
    if (c.status === 'fail') expect(c.severity).toBe('fail');
    if (BUILTIN.includes(c.id as never)) expect(c.severity).toBe(net.severity[c.id as (typeof BUILTIN)[number]]);
    expect(!!c.dismissed).toBe(dismissed.has(c.id));
    for (const s of [c.title, c.reason, c.hint]) expect(typeof s).toBe('string');
    expect(c.title.length).toBeGreaterThan(0);
    expect(c.reason.length).toBeGreaterThan(0);
    // Every evidence range is a non-empty slice of the draft the panel can highlight.
    for (const e of c.evidence) {
      expect(Number.isInteger(e.start) && Number.isInteger(e.end)).toBe(true);
      expect(e.start).toBeGreaterThanOrEqual(0);
      expect(e.end).toBeLessThanOrEqual(draft.text.length);
      expect(e.start).toBeLessThan(e.end);
      expect(typeof e.label).toBe('string');
    }
  }

  expect(Number.isInteger(r.length.count) && r.length.count >= 0).toBe(true);
  expect(r.length.limit).toBe(draft.kind === 'reply' || draft.kind === 'comment' ? net.limits.comment : net.limits.post);
  if (r.length.fold !== undefined) expect(r.length.fold >= 0 && r.length.fold <= draft.text.length).toBe(true);
  expect(r.language === null || LANGS.includes(r.language)).toBe(true);
  if (!draft.text.trim()) expect(r.language).toBeNull();
}

/** Reviewed twice from the same inputs: never throws, leaves its inputs alone, gives the same answer. */
function reviewProperty(text: fc.Arbitrary<string>, rulesFor: fc.Arbitrary<Rules> = rulesArb) {
  return fc.property(
    text,
    fc.constantFrom(...NETWORKS),
    fc.constantFrom(...COMPOSER_KINDS),
    rulesFor,
    contextArb,
    fc.boolean(),
    (t, network, kind, rules, ctx, seenElsewhere) => {
      // Sometimes the same text was drafted for another network a moment ago: the cross-post path runs.
      const context: ReviewContext = seenElsewhere
        ? {
            ...ctx,
            recent: [
              ...(ctx.recent ?? []),
              { network: network === 'x' ? 'linkedin' : 'x', at: ctx.now - 60_000, signature: fingerprint(t) },
            ],
          }
        : ctx;
      const draft: Draft = { network, kind, text: t };
      const inputs = JSON.stringify([draft, rules, context]);
      const first = review(draft, rules, context);
      wellFormed(first, draft, rules, context);
      expect(JSON.stringify([draft, rules, context])).toBe(inputs);
      expect(review(draft, rules, context)).toEqual(first);
    },
  );
}

/** Whatever a stored rules object has become (any value, or real rules with one part replaced by garbage). */
const storedGarbage = fc.oneof(
  fc.anything(),
  fc.tuple(fc.constantFrom(...Object.keys(defaultRules())), fc.anything()).map(([key, value]) => ({ ...defaultRules(), [key]: value })),
  fc.tuple(fc.constantFrom(...NETWORKS), fc.anything()).map(([n, value]) => {
    const r: Record<string, any> = defaultRules();
    r.networks[n] = { ...r.networks[n], ...(typeof value === 'object' && value !== null ? value : { severity: value }) };
    return r;
  }),
);

// Hundreds of reviews under freshly compiled rules each: seconds of work, more on a slow machine.
describe('review() on arbitrary drafts', { timeout: 120_000 }, () => {
  test('short drafts under any valid rules: never throws, well-formed, deterministic, inputs untouched', () => {
    fc.assert(reviewProperty(smallText), { numRuns: 400 });
  });

  test('long pastes of 5,000 to 100,000 characters', () => {
    fc.assert(reviewProperty(largeText(5_000, 100_000)), { numRuns: 16 });
  });

  test('under whatever the lenient reader makes of arbitrary stored rules', () => {
    fc.assert(
      reviewProperty(
        smallText,
        storedGarbage.map((stored) => repairRules(stored).rules),
      ),
      { numRuns: 200 },
    );
  });
});

const context = contextAt(new Date(2026, 10, 24, 6, 30), 'en');

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
