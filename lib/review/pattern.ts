/**
 * The person's own regular expressions, on RE2 (re2js): matching time grows with the draft, never
 * exponentially, whatever the pattern. The backtracking RegExp let one rule such as `(\w+\s?)+$`
 * freeze the background for minutes; no person-written pattern reaches it any more.
 *
 * RE2 syntax has no look-around, back-references, possessive quantifiers or atomic groups: a
 * pattern using them is refused, and `regexProblem` names the construct. Matching is
 * case-insensitive over code points; `.` and `\s` keep their JavaScript meaning (see `toRe2`), so
 * a pattern written before the switch reads the same. Offsets are UTF-16, as everywhere in the review.
 */
import { RE2JS } from 're2js';

/** How many patterns the caches below keep: far more than the 50 rules a person may have. */
const CACHE_MAX = 256;

/** What a pattern uses that RE2 does not accept, most specific first (only asked when RE2 refused it). */
const UNSUPPORTED: readonly [RegExp, string][] = [
  [/^\(\?<=/, 'look-behind "(?<=…)"'],
  [/^\(\?<!/, 'negative look-behind "(?<!…)"'],
  [/^\(\?=/, 'look-ahead "(?=…)"'],
  [/^\(\?!/, 'negative look-ahead "(?!…)"'],
  [/^\(\?>/, 'atomic group "(?>…)"'],
  [/^\\[1-9]/, 'back-reference "\\1"'],
  [/^\\k</, 'named back-reference "\\k<…>"'],
  [/^[*+?}]\+/, 'possessive quantifier ("++", "*+", "?+")'],
  [/^\\u/, 'escape "\\u…" (write "\\x{…}" instead)'],
  [/^\\c/, 'control escape "\\c…"'],
  [/^\\p\{[A-Za-z_]{3,}\}/, 'long Unicode property name (write "\\p{L}", "\\p{Lu}", "\\p{N}"…)'],
  [/^\{\d+(?:,\d*)?\}/, ''], // a repeat count: only a problem when over 1000 (checked below)
];

/** Walks the pattern outside character classes and `\Q…\E` quotes, calling `visit` at each token start. */
function scan(pattern: string, visit: (i: number, inClass: boolean) => number | void): void {
  let inClass = false;
  for (let i = 0; i < pattern.length;) {
    const ch = pattern[i]!;
    if (ch === '\\' && pattern[i + 1] === 'Q') {
      const end = pattern.indexOf('\\E', i + 2);
      i = end < 0 ? pattern.length : end + 2;
      continue;
    }
    const skip = visit(i, inClass);
    if (typeof skip === 'number') {
      i = skip;
      continue;
    }
    if (ch === '\\') i += 2;
    else {
      if (ch === '[' && !inClass) {
        inClass = true;
        // "[]a]" and "[^]a]": a ] right after the opening is a literal
        if (pattern[i + 1] === '^') i += 1;
        if (pattern[i + 1] === ']') i += 1;
      } else if (ch === ']' && inClass) inClass = false;
      i += 1;
    }
  }
}

/** The construct RE2 does not accept, worded for a person; null when none of the known ones. */
function unsupportedConstruct(pattern: string): string | null {
  let found: string | null = null;
  scan(pattern, (i, inClass) => {
    if (found) return pattern.length;
    const rest = pattern.slice(i, i + 40);
    for (const [re, name] of UNSUPPORTED) {
      if (inClass && !re.source.startsWith('^\\\\')) continue;
      const m = re.exec(rest);
      if (!m) continue;
      if (name) found = name;
      else if (/\d{4,}/.test(m[0]) && m[0].match(/\d+/g)!.some((n) => Number(n) > 1000)) found = `repeat count over 1000 ("${m[0]}")`;
      if (found) return pattern.length;
    }
  });
  return found;
}

// JavaScript's white space (\s) and line terminators (what `.` does not match), as RE2 class contents.
const SPACE = '\\t\\n\\x{0B}\\f\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}';
const DOT = '[^\\n\\r\\x{2028}\\x{2029}]';

/**
 * The pattern in RE2's dialect with JavaScript's meaning of `\s` (RE2: ASCII white space only)
 * and `.` (RE2 also matches \r, U+2028 and U+2029). `\S` inside a class is left to RE2.
 */
export function toRe2(pattern: string): string {
  let out = '';
  let copied = 0;
  const put = (i: number, len: number, text: string) => {
    out += pattern.slice(copied, i) + text;
    copied = i + len;
    return i + len;
  };
  scan(pattern, (i, inClass) => {
    const two = pattern.slice(i, i + 2);
    if (two === '\\s') return put(i, 2, inClass ? SPACE : `[${SPACE}]`);
    if (two === '\\S' && !inClass) return put(i, 2, `[^${SPACE}]`);
    if (pattern[i] === '.' && !inClass) return put(i, 1, DOT);
  });
  return out + pattern.slice(copied);
}

function compileRe2(pattern: string): RE2JS {
  return RE2JS.compile(toRe2(pattern), RE2JS.CASE_INSENSITIVE);
}

/**
 * The pattern without capturing groups, for finding matches: only the whole match is used, and
 * re2js tracks every group through its slower engines (a third to half the time on a long draft).
 */
function withoutCaptures(re2Source: string): string {
  let out = '';
  let copied = 0;
  scan(re2Source, (i, inClass) => {
    if (inClass || re2Source[i] !== '(') return;
    const named = /^\((?:\?P?<[A-Za-z_]\w*>)?/.exec(re2Source.slice(i, i + 40))![0];
    if (re2Source[i + 1] === '?' && !named.includes('<')) return; // (?:…), (?i), (?i:…) stay
    out += `${re2Source.slice(copied, i)}(?:`;
    copied = i + named.length;
    return copied;
  });
  return out + re2Source.slice(copied);
}

/**
 * RE2's time is linear in the draft times the work per character, and a counted repeat is spelled
 * out: ".{140}" keeps 140 threads alive at every character of a draft (55 ms on a 60,000-character
 * paste, on a slow machine; ".{290}" took 200 ms). A pattern is at most MAX_PROGRAM steps, and all
 * of a person's patterns together at most MAX_PROGRAMS (checked by the rules schema), so the
 * costliest rules the schema accepts stay within the review's time (npm run bench, worst case).
 * Word lists and small counts stay well below: "\\b(?:buy|order|shop) (?:now|today)\\b" is 28.
 */
export const MAX_PROGRAM = 150;
export const MAX_PROGRAMS = 600;

const tooLarge = (size: number) =>
  `too large to match quickly: ${size} steps once its repeats are spelled out, at most ${MAX_PROGRAM} (use smaller counts in {…})`;

// Rules are validated on every load and save; a pattern is compiled for that once, not each time.
const problems = new Map<string, string | null>();

/** Why RE2 cannot take the pattern, for the options page and the review; null when it can. */
export function regexProblem(pattern: string): string | null {
  let problem = problems.get(pattern);
  if (problem === undefined) {
    problem = findProblem(pattern);
    if (problems.size >= CACHE_MAX) problems.delete(problems.keys().next().value!);
    problems.set(pattern, problem);
  }
  return problem;
}

/** The steps of a pattern's program once its repeats are spelled out; 0 for a pattern RE2 cannot read. */
export function programSize(pattern: string): number {
  try {
    return compileRe2(pattern).programSize();
  } catch {
    return 0;
  }
}

// A pattern that matches empty text is found in every draft (and costs a match at every character).
const EMPTY = 'can match empty text: it must match at least one character (use + rather than *, or drop the ?)';

/** Whether the pattern finds an empty match in short texts with word, space, digit and line edges ("x*", "\\b", "^"). */
function matchesEmpty(re: RE2JS): boolean {
  return ['', 'a', ' ', 'a b', '1', '\n', '.'].some((probe) => {
    const m = re.matcher(probe);
    while (m.find()) if (m.end() === m.start()) return true;
    return false;
  });
}

function findProblem(pattern: string): string | null {
  try {
    const re = compileRe2(pattern);
    const size = re.programSize();
    if (size > MAX_PROGRAM) return tooLarge(size);
    return matchesEmpty(re) ? EMPTY : null;
  } catch (translated) {
    const construct = unsupportedConstruct(pattern);
    if (construct) return `RE2 syntax has no ${construct}`;
    // RE2's own words, about the pattern as written (not its translation, not with the case flag shown as "(?i)").
    let error = translated;
    try {
      RE2JS.compile(pattern);
    } catch (e) {
      error = e;
    }
    return String((error as Error).message ?? error)
      .replace(/^error parsing regexp: /, '')
      .replace(/`([^`]*)`/g, '"$1"');
  }
}

export type UserPattern = { re: RE2JS } | { error: string };

// By content: rules objects are rebuilt on every change (and read anew per message), but their
// patterns rarely change. Bounded so a long session of edits cannot grow it without end.
const cache = new Map<string, UserPattern>();

/** The compiled pattern, or why it cannot be used (a rule read leniently may still carry one). */
export function userPattern(pattern: string): UserPattern {
  let compiled = cache.get(pattern);
  if (compiled) return compiled;
  try {
    const size = compileRe2(pattern).programSize(); // refuses what RE2 cannot read, with the groups as written
    compiled =
      size > MAX_PROGRAM ? { error: tooLarge(size) } : { re: RE2JS.compile(withoutCaptures(toRe2(pattern)), RE2JS.CASE_INSENSITIVE) };
  } catch {
    compiled = { error: regexProblem(pattern) ?? 'invalid pattern' };
  }
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
  cache.set(pattern, compiled);
  return compiled;
}

export interface PatternHit {
  start: number;
  end: number;
  text: string;
}

/** Non-empty matches in order, at most `max`: a pattern that can match nothing ("x*") must not count as found. */
export function findUserPattern(re: RE2JS, text: string, max: number): PatternHit[] {
  const hits: PatternHit[] = [];
  // Most rules find nothing in most drafts: the DFA says so in a fraction of what finding positions costs.
  if (!text || !re.test(text)) return hits;
  const m = re.matcher(text);
  while (hits.length < max && m.find()) {
    const start = m.start();
    const end = m.end();
    if (end > start) hits.push({ start, end, text: text.slice(start, end) });
  }
  return hits;
}
