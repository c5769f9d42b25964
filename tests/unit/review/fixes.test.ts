import { describe, expect, test } from 'vitest';
import twitter from 'twitter-text';
import { applyFix, cutToFit, fixesFor, paragraphGap, removeRanges } from '../../../lib/review/fixes';
import { defaultRules } from '../../../lib/settings/defaults';
import { review } from '../../../lib/review/review';
import { contextAt } from '../../../lib/review/context';
import type { CheckResult, CheckStatus, Evidence, Review } from '../../../lib/review/types';
import type { NetworkId, Rules } from '../../../lib/settings/schema';

function check(id: string, status: CheckStatus, evidence: Evidence[] = [], dismissed = false): CheckResult {
  return { id, status, severity: 'warn', title: id, reason: '', hint: '', evidence, ...(dismissed ? { dismissed } : {}) };
}

function reviewOf(checks: CheckResult[], count: number, limit: number): Review {
  return { verdict: 'consider', checks, skipped: [], length: { count, limit }, language: 'en' };
}

/** Evidence for every occurrence of `part` in `text`. */
function evidenceOf(text: string, ...parts: string[]): Evidence[] {
  return parts.map((part) => {
    const start = text.indexOf(part);
    if (start < 0) throw new Error(`"${part}" is not in the text`);
    return { start, end: start + part.length, label: 'artefact' };
  });
}

const weighted = (s: string) => twitter.parseTweet(s).weightedLength;
const words = (n: number, word = 'word') => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');

describe('add a call to action', () => {
  const en = defaultRules().ctaTemplates.en;

  test.each([
    ['plain draft', 'Shipping the new release today.', '\n\n'],
    ['ends with a line break', 'Shipping the new release today.\n', '\n'],
    ['ends with a blank line', 'Shipping the new release today.\n\n', ''],
    ['trailing spaces after the text', 'Shipping the new release today.  ', '\n\n'],
    ['empty draft', '', ''],
  ])('%s: one append per template, on its own paragraph', (_, text, gap) => {
    const fixes = fixesFor(reviewOf([check('cta', 'warn')], text.length, 280), text, 'x', defaultRules(), 'en');
    expect(fixes.map((f) => [f.checkId, f.mode, f.text, f.label])).toEqual(
      en.map((template) => ['cta', 'append', gap + template, { key: 'fixAddCta', params: [template] }]),
    );
    expect(new Set(fixes.map((f) => f.id)).size).toBe(fixes.length);
  });

  test.each([
    ['de', defaultRules().ctaTemplates.de],
    ['sv', defaultRules().ctaTemplates.sv],
  ] as const)('uses the %s templates for a draft in that language', (locale, templates) => {
    const fixes = fixesFor(reviewOf([check('cta', 'fail')], 10, 3000), 'Neues Jahr', 'linkedin', defaultRules(), locale);
    expect(fixes.map((f) => f.label.params[0])).toEqual(templates);
  });

  test('uses the person’s own templates', () => {
    const rules = defaultRules();
    rules.ctaTemplates.en = ['Tell me your story below.'];
    const fixes = fixesFor(reviewOf([check('cta', 'warn')], 5, 280), 'Hello', 'x', rules, 'en');
    expect(fixes.map((f) => f.text)).toEqual(['\n\nTell me your story below.']);
  });

  test.each([
    ['passes', check('cta', 'pass')],
    ['was dismissed', check('cta', 'warn', [], true)],
  ])('offers nothing when the check %s', (_, c) => {
    expect(fixesFor(reviewOf([c], 5, 280), 'Hello', 'x', defaultRules(), 'en')).toEqual([]);
  });

  test('skips a template the draft already has', () => {
    const text = 'Big news.\n\nfollow me for more like this.';
    const fixes = fixesFor(reviewOf([check('cta', 'warn')], text.length, 280), text, 'x', defaultRules(), 'en');
    expect(fixes.map((f) => f.label.params[0])).not.toContain('Follow me for more like this.');
    expect(fixes).toHaveLength(en.length - 1);
  });

  test('skips a template that would take a fitting draft over the limit', () => {
    // 250 + 2 line breaks leaves room for "Read the full story here:" (25), not for the two longer templates.
    const text = 'a'.repeat(250);
    const fixes = fixesFor(reviewOf([check('cta', 'warn')], text.length, 280), text, 'x', defaultRules(), 'en');
    expect(fixes.map((f) => f.label.params[0])).toEqual(['Read the full story here:']);
    expect(weighted(applyFix(text, fixes[0]!))).toBeLessThanOrEqual(280);
  });
});

describe('cut to the limit', () => {
  function cutFix(text: string, network: NetworkId, limit: number, rules: Rules = defaultRules()) {
    const count = network === 'x' ? weighted(text) : text.length;
    const fixes = fixesFor(reviewOf([check('length', 'fail')], count, limit), text, network, rules, 'en');
    return fixes.find((f) => f.checkId === 'length');
  }

  const url = 'https://example.com/' + 'a'.repeat(80);
  test.each([
    ['X, plain words', 'x', 280, words(60)],
    ['X, a long link counts 23', 'x', 280, `${url} ${words(50)}`],
    ['X, emoji count 2', 'x', 280, words(60, '🙂w')],
    ['X, CJK counts 2', 'x', 280, words(60, '日本語')],
    ['LinkedIn, code units', 'linkedin', 3000, words(400)],
    ['Facebook comment', 'facebook', 8000, words(1200)],
  ] as const)('%s: replaces with the longest start of the draft that fits, ending on a whole word, no "…"', (_, network, limit, text) => {
    const fix = cutFix(text, network, limit);
    expect(fix).toMatchObject({ id: 'length:cut', mode: 'replace', label: { key: 'fixCutToLimit', params: [limit] } });
    const kept = fix!.text;
    expect(kept.endsWith('…')).toBe(false);
    expect(text.startsWith(kept)).toBe(true);
    // a word boundary: the original continues with white space right after what was kept
    expect(text[kept.length]).toMatch(/\s/);
    const measure = network === 'x' ? weighted(kept) : kept.length;
    expect(measure).toBeLessThanOrEqual(limit);
    // and it keeps as much as it can: one more word would not fit
    const longer = kept + text.slice(kept.length).match(/^\s+\S+/)![0];
    expect(network === 'x' ? weighted(longer) : longer.length).toBeGreaterThan(limit);
  });

  test('ends with a whole sentence when that keeps at least half the room', () => {
    const first = 'Writing decisions down saves teams hours every week.';
    const text = `${first} ${'Nobody has to reconstruct why something was done the way it was. '.repeat(3)}${'and then some more words '.repeat(8)}`;
    const cut = cutFix(text, 'x', 280)!.text;
    expect(cut).toMatch(/\.$/);
    expect(text.startsWith(cut)).toBe(true);
    expect(weighted(cut)).toBeLessThanOrEqual(280);
    expect(weighted(cut)).toBeGreaterThanOrEqual(140);
  });

  test('leaves a cut that the crosspost check does not take for an auto-poster', () => {
    const text = words(80);
    const cut = cutFix(text, 'x', 280)!.text;
    const r = review({ network: 'x', kind: 'post', text: cut }, defaultRules(), contextAt(new Date(2026, 10, 24, 10, 0), 'en'));
    expect(r.checks.find((c) => c.id === 'crosspost')?.status).toBe('pass');
  });

  test('follows a longer limit the person set for X', () => {
    const rules = defaultRules();
    rules.networks.x.limits.post = 1000;
    const text = words(200);
    const cut = cutFix(text, 'x', 1000, rules)!.text;
    expect(weighted(cut)).toBeLessThanOrEqual(1000);
    expect(weighted(cut)).toBeGreaterThan(900);
  });

  test('drops joining punctuation at the end of the cut', () => {
    const text = `${'a'.repeat(276)}, more words`;
    expect(cutFix(text, 'x', 280)!.text).toBe('a'.repeat(276));
  });

  test('cuts inside one overlong word without splitting an emoji', () => {
    const text = '😀'.repeat(200);
    const cut = cutToFit(text, 'linkedin', 101, (s) => s.length)!;
    expect(cut.length).toBeLessThanOrEqual(101);
    expect(cut).toBe('😀'.repeat(50));
  });

  test.each([
    ['the draft fits the limit', check('length', 'warn'), 100],
    ['the check passes', check('length', 'pass'), 300],
    ['the check was dismissed', check('length', 'fail', [], true), 300],
  ])('offers no cut when %s', (_, c, count) => {
    expect(fixesFor(reviewOf([c], count, 280), words(60), 'x', defaultRules(), 'en')).toEqual([]);
  });

  test('offers no cut when a hook past the fold is the only length problem', () => {
    const text = words(30);
    expect(fixesFor(reviewOf([check('length', 'warn')], text.length, 3000), text, 'linkedin', defaultRules(), 'en')).toEqual([]);
  });
});

describe('remove a cross-post artefact', () => {
  test.each([
    ['in the middle', 'Great news (LinkedIn) from the team', ['(LinkedIn)'], 'Great news from the team'],
    ['before punctuation', 'Great news (LinkedIn).', ['(LinkedIn)'], 'Great news.'],
    ['at the end', 'Read this https://t.co/AbC123', ['https://t.co/AbC123'], 'Read this'],
    ['at the start', 'via @someone Worth a read', ['via @someone'], 'Worth a read'],
    ['on a line of its own', 'First part\n\n#fb\n\nSecond part', ['#fb'], 'First part\n\nSecond part'],
    ['at the end of a line', 'First line #fb\nSecond line', ['#fb'], 'First line\nSecond line'],
    ['two of them', 'New post https://lnkd.in/abc and more #linkedin', ['https://lnkd.in/abc', '#linkedin'], 'New post and more'],
  ])('%s', (_, text, parts, expected) => {
    const evidence = evidenceOf(text, ...parts);
    const fixes = fixesFor(reviewOf([check('crosspost', 'warn', evidence)], text.length, 280), text, 'x', defaultRules(), 'en');
    expect(fixes).toEqual([
      {
        checkId: 'crosspost',
        id: 'crosspost:remove',
        mode: 'replace',
        text: expected,
        label: parts.length === 1 ? { key: 'fixRemoveOne', params: [parts[0]] } : { key: 'fixRemoveMany', params: [parts.length] },
      },
    ]);
  });

  test('offers nothing when the evidence is the whole draft (a near-duplicate)', () => {
    const text = 'The same text as on LinkedIn';
    const evidence = [{ start: 0, end: text.length, label: 'duplicate' }];
    expect(fixesFor(reviewOf([check('crosspost', 'warn', evidence)], text.length, 280), text, 'x', defaultRules(), 'en')).toEqual([]);
  });

  test('quotes a long artefact shortened in the label', () => {
    const link = `https://lnkd.in/${'x'.repeat(60)}`;
    const text = `Post ${link}`;
    const [fix] = fixesFor(
      reviewOf([check('crosspost', 'warn', evidenceOf(text, link))], text.length, 3000),
      text,
      'x',
      defaultRules(),
      'en',
    );
    const quoted = String(fix!.label.params[0]);
    expect(quoted.length).toBe(40);
    expect(quoted.endsWith('…')).toBe(true);
  });

  test('merges overlapping ranges', () => {
    expect(removeRanges('keep AAAA BBBB keep', [{ start: 5, end: 14 }])).toBe('keep keep');
  });
});

describe('helpers', () => {
  test.each([
    ['append', 'Hello', '\n\nBye', 'Hello\n\nBye'],
    ['prepend', 'Hello', 'Hi! ', 'Hi! Hello'],
    ['replace', 'Hello', 'Bye', 'Bye'],
  ] as const)('applyFix %s', (mode, text, fixText, expected) => {
    expect(applyFix(text, { mode, text: fixText })).toBe(expected);
  });

  test.each([
    ['', ''],
    ['   ', ''],
    ['a', '\n\n'],
    ['a\n', '\n'],
    ['a\n\n', ''],
    ['a\n\n\n', ''],
  ])('paragraphGap(%j) = %j', (text, gap) => {
    expect(paragraphGap(text)).toBe(gap);
  });

  test('fixes from several checks come together, each tied to its check', () => {
    const text = `${words(60)} #linkedin`;
    const review = reviewOf(
      [check('cta', 'warn'), check('length', 'fail'), check('crosspost', 'warn', evidenceOf(text, '#linkedin'))],
      weighted(text),
      280,
    );
    const fixes = fixesFor(review, text, 'x', defaultRules(), 'en');
    expect(fixes.map((f) => f.checkId)).toEqual(['cta', 'cta', 'cta', 'length', 'crosspost']);
  });
});
