import { describe, expect, test } from 'vitest';
import { contextAt } from '../../../lib/review/context';
import type { CheckStatus, NetworkId } from '../../../lib/review/types';
import { defaultRules } from '../../../lib/settings/defaults';
import type { Lang } from '../../../lib/settings/schema';
import { draft, reviewOf, slices } from './check-harness';

const NOW = new Date(2026, 10, 24, 10, 0);
type Row = [name: string, network: NetworkId, locale: Lang, text: string, status: CheckStatus, evidence: string[]];

const rows: Row[] = [
  // empty: a bare repost
  ['empty', 'x', 'en', '', 'fail', []],
  ['only white space and line breaks', 'linkedin', 'de', '  \n\n ', 'fail', []],
  // token comments
  ['“This.”', 'x', 'en', 'This.', 'warn', ['This']],
  ['pointing emoji', 'x', 'en', '👇👇', 'warn', ['👇', '👇']],
  ['+1', 'linkedin', 'en', '+1', 'warn', ['+1']],
  ['two tokens make no comment', 'x', 'en', 'So true, must read!', 'warn', ['So true', 'must read']],
  ['German tokens', 'linkedin', 'de', 'Genau. Dies.', 'warn', ['Genau', 'Dies']],
  ['Swedish tokens', 'facebook', 'sv', 'Så sant! Håller med.', 'warn', ['Så sant', 'Håller med']],
  ['Swedish in capitals', 'x', 'sv', 'SÅ SANT', 'warn', ['SÅ SANT']],
  ['a token after a ZWJ family emoji', 'x', 'en', '👩‍👩‍👧‍👦 🔥', 'warn', ['🔥']],
  ['right-to-left words and a token', 'x', 'en', 'כל כך נכון 👏', 'warn', ['👏']],
  ['a token and a mention', 'linkedin', 'en', 'Must read @anna', 'warn', ['Must read']],
  ['too few words, no token', 'x', 'de', 'Sehr cool gemacht', 'warn', []],
  ['only a link and a mention', 'x', 'en', '@anna https://example.com', 'warn', []],
  ['a starter not filled in yet', 'x', 'en', 'Worth reading because …', 'warn', []],
  // says why
  ['because', 'x', 'en', 'Worth reading because it shows how small teams ship faster.', 'pass', ['because']],
  ['weil', 'linkedin', 'de', 'Lesenswert, weil hier endlich jemand Zahlen zu Remote-Arbeit zeigt.', 'pass', ['weil']],
  ['eftersom, across a line break', 'facebook', 'sv', 'Läsvärt!\nEftersom den visar hur små team kan jobba.', 'pass', ['Eftersom']],
  ['mixed languages', 'x', 'en', 'Så sant – the key point for me is that tips like these save hours.', 'pass', ['tips']],
  ['enough words of its own', 'x', 'en', 'Great thread on pricing experiments at early-stage startups', 'pass', []],
  ['enough words beside a token', 'linkedin', 'en', 'This. Every team lead should read the part on feedback loops.', 'pass', []],
];

describe('share-comment', () => {
  test.each(rows)('%s (%s quote, %s)', (_, network, locale, text, status, evidence) => {
    const result = reviewOf(draft(network, text, 'quote'), { context: contextAt(NOW, locale) }).check('share-comment');
    expect(result?.status).toBe(status);
    expect(slices(text, result!.evidence)).toEqual(evidence);
    for (const s of slices(text, result!.evidence).slice(0, 3)) expect(result!.reason).toContain(s.replace(/\s+/g, ' '));
    expect(result!.hint === '').toBe(status === 'pass');
  });

  test.each([
    ['en', 'Add what you took from it, for example: “Worth reading because …”'],
    ['de', 'Schreib dazu, was du daraus mitnimmst, zum Beispiel: „Lesenswert, weil …“'],
    ['sv', 'Skriv vad du själv tar med dig, till exempel: ”Värt att läsa eftersom …”'],
  ] as const)('suggests the first %s starter', (locale, hint) => {
    expect(reviewOf(draft('x', 'This.', 'quote'), { context: contextAt(NOW, locale) }).check('share-comment')?.hint).toBe(hint);
  });

  test('the word threshold comes from the rules', () => {
    const rules = defaultRules();
    const text = 'Great thread on pricing';
    expect(reviewOf(draft('x', text, 'quote'), { rules, context: contextAt(NOW, 'en') }).check('share-comment')?.status).toBe('pass');
    rules.thresholds.shareCommentMinWords = 10;
    const result = reviewOf(draft('x', text, 'quote'), { rules, context: contextAt(NOW, 'en') }).check('share-comment')!;
    expect(result.status).toBe('warn');
    expect(result.reason).toBe('Only 4 words of your own in the comment: not enough to say why the post is worth reading.');
  });

  test('only quotes are checked', () => {
    for (const kind of ['post', 'reply', 'comment'] as const) {
      const r = reviewOf(draft('x', 'This.', kind), { context: contextAt(NOW, 'en') });
      expect(r.check('share-comment')).toBeUndefined();
      expect(r.skipped).toContainEqual({ id: 'share-comment', why: 'not-applicable' });
    }
  });
});
