/**
 * Inputs and rules that make backtracking regular expressions explode, shared by the hang test
 * (linear-time.test.ts) and the bench's worst-case rows (tests/bench/review.measure.ts).
 */
import { defaultRules } from '../../../lib/settings/defaults';
import { PHRASE_LISTS, LANGS, RulesSchema, phraseLimits } from '../../../lib/settings/schema';
import { MAX_PROGRAM, MAX_PROGRAMS, programSize } from '../../../lib/review/pattern';
import type { CustomRule, Rules } from '../../../lib/settings/schema';
import { mixedText } from '../../bench/drafts';

/** Patterns that take exponential or high-polynomial time on a backtracking engine. */
export const KNOWN_BAD_PATTERNS = [
  '(\\w+\\s?)+$',
  '(a+)+$',
  '(a|aa)+$',
  '(.*a){20}',
  '^(\\w+\\s?)*$',
  '(x+x+)+y',
  '(\\d+[ -]?)+$',
  '([a-z0-9]+[.-]?)+@',
];

/** Texts that make backtracking patterns explode: long digit runs, nested-repetition bait, chains. */
export function adversarialInputs(length: number): { name: string; text: string }[] {
  const fill = (unit: string) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  const digits = (n: number) => '1234567890'.repeat(Math.ceil(n / 10)).slice(0, n);
  return [
    { name: '"+1" and 57+ digits', text: fill(`+1${digits(60)} `) },
    { name: '"001" and 57+ digits', text: fill(`001${digits(60)} `) },
    { name: '"0" and digits', text: fill(`0${digits(60)}x `) },
    { name: '"+49" and spaced digit groups', text: fill(`+49 ${'12 '.repeat(40)}x `) },
    { name: 'digit groups with separators', text: fill(`+1 ${'123-'.repeat(30)}4.5/6 (0) `) },
    { name: 'one long digit run', text: `+1${digits(length - 3)}x` },
    { name: '"a a a … !"', text: `${fill('a ').slice(0, length - 1)}!` },
    { name: '"#a @b " repeated', text: fill('#a @b ') },
    { name: '"a.a.a…"', text: fill('a.') },
    { name: '"@a.a.a…" (e-mail bait)', text: `@${fill('a.').slice(0, length - 2)}-` },
    { name: 'IBAN bait', text: fill(`DE89${'A1B2'.repeat(12)}x `) },
    { name: 'card bait', text: fill('4111 1111 1111 1111 1111 1111 1') },
    { name: 'street bait', text: fill('1 Main Main Main Xx 12 Aa-aa-aa-aa-aa-aa 5 Aaaer Aaa 7 ') },
    { name: 'letters without a space', text: fill('Ab') },
    { name: 'punctuation runs', text: fill('...!?…,;:-–—\n') },
    // runs that do not end the text: a pattern anchored at the end retries from each of their characters
    ...[' ', '\n', '.', '？', ', ', ' \t'].map((unit) => ({
      name: `a run of ${JSON.stringify(unit)} before a word`,
      text: `Start ${fill(unit).slice(0, length - 12)} end`,
    })),
    { name: 'mixed prose', text: mixedText(length, 5) },
  ];
}

export function customRule(id: string, pattern: string, regex: boolean, mode: CustomRule['mode'] = 'avoid'): CustomRule {
  return { id, enabled: true, mode, pattern, regex, networks: [], message: 'Mine.', severity: 'warn' };
}

/** Default rules with the known-bad patterns as custom rules (avoid and require), a phrase rule and pause topics. */
export function hostileRules(): Rules {
  const r = defaultRules();
  r.custom = [
    ...KNOWN_BAD_PATTERNS.map((p, i) => customRule(`bad-${i}`, p, true, i % 2 ? 'require' : 'avoid')),
    customRule('phrase', 'a a a a a a a a', false),
  ];
  r.pause = [{ id: 'storm', label: 'Storm', from: null, to: null, topics: ['storm*', 'a a a', '+1'] }];
  return r;
}

/**
 * The largest rules the schema allows: every list and language as full as `phraseLimits` allows (ones that
 * share long prefixes and repeat words, to stress the phrase tries), 50 custom rules (the known-bad
 * patterns, then more regular expressions and phrases), 50 pause entries with 50 topics each.
 */
export function largestRules(): Rules {
  const r = hostileRules();
  const words = ['a', 'aa', 'ab', 'sign', 'up', 'now', 'jetzt', 'köp', 'storm', '+1', '#a', '@b'];
  for (const lang of LANGS) {
    for (const list of PHRASE_LISTS) {
      r.phrases[lang][list].add = Array.from({ length: phraseLimits(list).add }, (_, i) => {
        const phrase = Array.from({ length: 1 + (i % 7) }, (_, k) => words[(i * 7 + k * 3) % words.length]).join(' ');
        return `${phrase} ${list.slice(0, 3)}${i}${i % 5 === 0 ? '*' : ''}`;
      });
    }
  }
  const extra = ['(\\d+\\s?)+€', '[a-z]+@[a-z]+\\.[a-z]{2,}', '(?:buy|kaufen|köp)\\s+now', '(\\p{L}+\\s)+\\.', '#\\w+'];
  while (r.custom.length < 50) {
    const i = r.custom.length;
    const regex = i % 2 === 0;
    r.custom.push(customRule(`more-${i}`, regex ? extra[i % extra.length]! : `a a a ${i}`, regex, i % 3 ? 'avoid' : 'require'));
  }
  r.pause = Array.from({ length: 50 }, (_, i) => ({
    id: `p${i}`,
    label: `Pause ${i}`,
    from: null,
    to: null,
    topics: Array.from({ length: 50 }, (_, k) => `${words[(i + k) % words.length]} topic${k}${k % 4 === 0 ? '*' : ''}`),
  }));
  return r;
}

/**
 * The costliest rules the schema accepts: the largest phrase lists and pause entries, and custom
 * regular expressions that keep the most RE2 threads alive per character ("[^z]{138}…") up to the
 * joint limit of all patterns, the other rules as the longest phrases. Parsed by the schema, so a
 * limit that loosens makes this fail rather than measure something the person cannot save.
 */
export function costliestRules(): Rules {
  const r = largestRules();
  const costly = (i: number) => `[^z]{${MAX_PROGRAM - 12}}${String(i).padStart(2, '0')}`;
  const count = Math.floor(MAX_PROGRAMS / programSize(costly(0)));
  r.custom = Array.from({ length: 50 }, (_, i) =>
    i < count ? customRule(`costly-${i}`, costly(i), true) : customRule(`phrase-${i}`, `${'a '.repeat(95)}${i}`.slice(0, 200), false),
  );
  return RulesSchema.parse(r);
}
