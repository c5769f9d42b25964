// The person's regular expressions run on RE2: what is accepted, what is refused and why, and that
// matches keep JavaScript's case-insensitive Unicode reading with UTF-16 offsets.
import { describe, expect, test } from 'vitest';
import { MAX_PROGRAM, MAX_PROGRAMS, findUserPattern, programSize, regexProblem, toRe2, userPattern } from '../../../lib/review/pattern';
import { customChecks } from '../../../lib/review/checks/custom';
import { contextAt } from '../../../lib/review/context';
import { review } from '../../../lib/review/review';
import { defaultRules } from '../../../lib/settings/defaults';
import { parseRulesStrict } from '../../../lib/settings/parse';
import { CustomRuleSchema, patternsOverBudget } from '../../../lib/settings/schema';
import type { CustomRule } from '../../../lib/settings/schema';
import { TUESDAY_10, draft, inputFor, slices } from './check-harness';

const rule = (pattern: string, r: Partial<CustomRule> = {}): CustomRule => ({
  id: 'r',
  enabled: true,
  mode: 'avoid',
  pattern,
  regex: true,
  networks: [],
  message: 'Not this.',
  severity: 'warn',
  ...r,
});

function hits(pattern: string, text: string, max = 200): string[] {
  const compiled = userPattern(pattern);
  if ('error' in compiled) throw new Error(compiled.error);
  return findUserPattern(compiled.re, text, max).map((h) => {
    // offsets are UTF-16: they must cut the draft exactly where the match is
    expect(text.slice(h.start, h.end)).toBe(h.text);
    return h.text;
  });
}

describe('RE2 syntax: refused at validation, with the construct named', () => {
  test.each([
    ['(?=\\d)x', 'look-ahead "(?=…)"'],
    ['foo(?!bar)', 'negative look-ahead "(?!…)"'],
    ['(?<=#)\\w+', 'look-behind "(?<=…)"'],
    ['(?<!@)\\bname', 'negative look-behind "(?<!…)"'],
    ['(\\w)\\1', 'back-reference "\\1"'],
    ['(?<q>["\'])x\\k<q>', 'named back-reference "\\k<…>"'],
    ['a++b', 'possessive quantifier'],
    ['\\d*+x', 'possessive quantifier'],
    ['(?>ab|a)c', 'atomic group "(?>…)"'],
    ['caf\\u00e9', 'escape "\\u…" (write "\\x{…}" instead)'],
    ['\\p{Letter}+', 'long Unicode property name'],
    ['a{1001}', 'repeat count over 1000 ("{1001}")'],
  ])('%s', (pattern, construct) => {
    const problem = regexProblem(pattern);
    expect(problem).toContain(`RE2 syntax has no ${construct}`);
    const result = parseRulesStrict({ ...defaultRules(), custom: [rule('ok', { id: 'fine' }), rule(pattern)] });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toEqual([{ path: 'custom[1].pattern', message: `is not a valid regular expression (${problem})` }]);
    }
  });

  test('a pattern whose repeats spell out a program too large to match quickly is refused, saying so', () => {
    expect(regexProblem('.{500}')).toBe(
      'too large to match quickly: 502 steps once its repeats are spelled out, at most 150 (use smaller counts in {…})',
    );
    expect(regexProblem('(?:.*a){200}')).toMatch(/^too large to match quickly: \d+ steps/);
    expect(regexProblem('.{140}')).toBeNull();
    // every 200-character pattern of plain words is well within
    expect(
      regexProblem(
        Array.from({ length: 40 }, (_, i) => `w${String(i).padStart(2, '0')}x`)
          .join('|')
          .slice(0, 200),
      ),
    ).toBeNull();
    const stored = userPattern('\\w{1000}');
    expect('error' in stored && stored.error).toMatch(/^too large to match quickly/);
  });

  test('a syntax error gives RE2’s reason about the pattern as written', () => {
    expect(regexProblem('(crypto|nft')).toBe('missing closing ): "(crypto|nft"');
    expect(regexProblem('\\s+[a')).toBe('missing closing ]: "[a"');
  });

  test.each([
    '#\\w+',
    '\\d[\\d ]*\\s?kr\\b',
    '(?:crypto|nft)s?',
    '\\p{Lu}\\p{Ll}+',
    '\\x{1F680}',
    '(?<year>\\d{4})-\\d\\d',
    '[(?=)]',
    '\\(\\?=',
    '\\Q(?=\\1)\\E',
    '(\\w+\\s?)+$',
    '(a|aa)+$',
  ])('accepted: %s', (pattern) => {
    expect(regexProblem(pattern)).toBeNull();
    expect(CustomRuleSchema.safeParse(rule(pattern)).success).toBe(true);
  });

  test('a phrase rule is never read as a regular expression', () => {
    expect(CustomRuleSchema.safeParse(rule('(?=x) a++', { regex: false })).success).toBe(true);
  });
});

describe('matching', () => {
  test('case-insensitive over Unicode, as with the flags giu', () => {
    expect(hits('straße|ÄRGER|å', 'STRASSE Straße ärger Ärger Å å')).toEqual(['Straße', 'ärger', 'Ärger', 'Å', 'å']);
    expect(hits('\\p{Lu}\\p{Ll}+', 'ÉCOLE école')).toEqual(['ÉCOLE', 'école']);
  });

  test('offsets are UTF-16 after emoji and astral characters, and . takes a whole emoji', () => {
    const text = '🚀🚀 Café 👩‍💻 na𝔁ive 😀x 😀y';
    expect(hits('café', text)).toEqual(['Café']);
    expect(hits('na.ive', text)).toEqual(['na𝔁ive']);
    expect(hits('.x', text)).toEqual(['😀x']);
    expect(hits('\\x{1F680}+', text)).toEqual(['🚀🚀']);
    const compiled = userPattern('.y');
    if ('error' in compiled) throw new Error(compiled.error);
    const [y] = findUserPattern(compiled.re, text, 10);
    expect(y).toEqual({ start: text.length - 3, end: text.length, text: '😀y' });
  });

  test('\\s and . keep their JavaScript meaning (no-break and wide spaces; . stops at any line end)', () => {
    expect(hits('one\\stwo', 'one\u00a0two one\u3000two one\ttwo')).toEqual(['one\u00a0two', 'one\u3000two', 'one\ttwo']);
    expect(hits('a[\\s,]b', 'a\u202fb a,b')).toEqual(['a\u202fb', 'a,b']);
    expect(hits('x\\Sy', 'x\u00a0y xzy')).toEqual(['xzy']);
    expect(hits('a.b', 'a\rb a\u2028b a\nb a-b')).toEqual(['a-b']);
    expect(toRe2('[.]\\Q.\\s\\E')).toBe('[.]\\Q.\\s\\E');
  });

  test('empty matches never count, and the evidence stops at the cap', () => {
    expect(hits('x*', 'abc')).toEqual([]);
    expect(hits('a', 'a'.repeat(1000), 200)).toHaveLength(200);
  });
});

describe('compiled by content', () => {
  test('two rules objects with the same pattern share one compiled pattern; an edit compiles anew', () => {
    const a = userPattern('#\\w+');
    expect(userPattern(`#\\w+`)).toBe(a);
    expect(userPattern('#\\w*')).not.toBe(a);
  });

  test('a regex rule and a phrase rule with the same text are different rules', () => {
    const text = 'Price: 5.00 or 5x00';
    const r = defaultRules();
    r.custom = [rule('5.00', { id: 'as-regex' }), rule('5.00', { id: 'as-phrase', regex: false })];
    const [asRegex, asPhrase] = customChecks(inputFor(draft('x', text), { rules: r }));
    expect(slices(text, asRegex!.evidence)).toEqual(['5.00', '5x00']);
    expect(slices(text, asPhrase!.evidence)).toEqual(['5.00']);
  });
});

test('a stored rule with a pattern RE2 refuses is reported as unusable; the review still runs', () => {
  const rules = defaultRules();
  rules.custom = [rule('(?<=#)ad\\b', { id: 'look' }), rule('synergy', { id: 'fine', regex: false })];
  const r = review(draft('x', 'Pure synergy. #ad'), rules, contextAt(TUESDAY_10, 'en'));
  expect(r.checks.find((c) => c.id === 'custom:look')).toMatchObject({ status: 'warn', evidence: [] });
  expect(r.checks.find((c) => c.id === 'custom:look')!.reason).toContain('RE2 syntax has no look-behind');
  expect(r.checks.find((c) => c.id === 'custom:fine')).toMatchObject({ status: 'warn' });
});

test('groups, named or not, only group: the whole match is the same without them', () => {
  expect(hits('(?P<w>ab)+(c|d)', 'xababdy abc')).toEqual(['ababd', 'abc']);
  expect(hits('(?<y>\\d{2})(?:-\\d\\d)?', '20-11 7 42')).toEqual(['20-11', '42']);
  expect(hits('[(]x(?i:Y)', '(xy (XY')).toEqual(['(xy', '(XY']);
});

describe('limits that keep the costliest accepted rules quick', () => {
  test('a pattern that can match empty text is refused: it would be found in every draft', () => {
    for (const p of ['x*', 'x?', '^', '\\b', '(?:)', '^\\s*$', '(a|b)*']) expect(regexProblem(p), p).toMatch(/^can match empty text/);
    for (const p of ['x+', 'a?b', '\\bfoo\\b', '^\\s+$']) expect(regexProblem(p), p).toBeNull();
  });

  test('all switched-on patterns together stay within MAX_PROGRAMS; switched-off ones do not count', () => {
    const rule = (i: number, enabled = true) => ({ regex: true, enabled, pattern: `[^z]{${MAX_PROGRAM - 12}}` + String(i) });
    const each = programSize(rule(0).pattern);
    const fit = Math.floor(MAX_PROGRAMS / each);
    expect(patternsOverBudget(Array.from({ length: fit }, (_, i) => rule(i)))).toBeNull();
    expect(patternsOverBudget([rule(99, false), ...Array.from({ length: fit }, (_, i) => rule(i))])).toBeNull();
    const over = patternsOverBudget(Array.from({ length: fit + 1 }, (_, i) => rule(i)));
    expect(over?.index).toBe(fit);
    expect(over?.message).toMatch(
      /^is one regular expression too many to match quickly: with the ones before it, \d+ steps, at most 600 for all/,
    );
  });
});
