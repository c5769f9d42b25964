/**
 * The fixes the side panel offers where the fix is obvious: add one of the person's calls to
 * action, cut the draft to the network's limit, remove another network's leftovers.
 * Pure: each fix says what to put into the composer and how (append, replace, prepend);
 * the panel sends it to the content script, which inserts it through the site's editor.
 */
import type { InsertMode, Lang, NetworkId } from '../ids';
import type { Rules } from '../settings/schema';
import { fittingLength, lengthInfo } from './checks/length';
import type { CheckResult, Evidence, Review } from './types';

/** Message keys (public/_locales) of the fix labels. */
export type FixLabelKey = 'fixAddCta' | 'fixCutToLimit' | 'fixRemoveOne' | 'fixRemoveMany';

export interface Fix {
  /** the check it answers */
  checkId: string;
  /** unique among the fixes of one review */
  id: string;
  label: { key: FixLabelKey; params: (string | number)[] };
  mode: InsertMode;
  /** what goes into the composer in that mode */
  text: string;
}

const ELLIPSIS = '…';
/** How much of a removed snippet a label quotes. */
const SNIPPET_MAX = 40;

/** The check, if it is one the person still has to act on. */
function open(review: Review, id: string): CheckResult | undefined {
  return review.checks.find((c) => c.id === id && c.status !== 'pass' && !c.dismissed);
}

/** The draft's text once a fix is applied: what the composer should hold afterwards. */
export function applyFix(text: string, fix: Pick<Fix, 'mode' | 'text'>): string {
  if (fix.mode === 'replace') return fix.text;
  return fix.mode === 'append' ? text + fix.text : fix.text + text;
}

export function fixesFor(review: Review, text: string, network: NetworkId, rules: Rules, locale: Lang): Fix[] {
  // The engine's own count, so a fix never disagrees with the length check about what fits.
  const count = (s: string) => lengthInfo({ network, kind: 'post', text: s }, rules.networks[network]).count;
  const { limit } = review.length;
  const fixes: Fix[] = [];

  if (open(review, 'cta')) fixes.push(...ctaFixes(text, rules.ctaTemplates[locale], (s) => count(s) <= limit));

  if (open(review, 'length') && review.length.count > limit) {
    const cut = cutToFit(text, network, limit, count);
    if (cut)
      fixes.push({ checkId: 'length', id: 'length:cut', label: { key: 'fixCutToLimit', params: [limit] }, mode: 'replace', text: cut });
  }

  const crosspost = open(review, 'crosspost');
  if (crosspost && crosspost.evidence.length > 0) {
    const fix = removalFix(text, crosspost.evidence);
    if (fix) fixes.push(fix);
  }
  return fixes;
}

/** One fix per template, each on a paragraph of its own at the end; none that is already there or would break the limit. */
function ctaFixes(text: string, templates: readonly string[], fits: (s: string) => boolean): Fix[] {
  const lower = text.toLowerCase();
  const fitsNow = fits(text);
  const gap = paragraphGap(text);
  return templates.flatMap((template, i): Fix[] => {
    const addition = gap + template;
    if (lower.includes(template.toLowerCase())) return [];
    // A draft already over the limit is the length check's business; don't make a fitting one overflow.
    if (fitsNow && !fits(text + addition)) return [];
    return [{ checkId: 'cta', id: `cta:${i}`, label: { key: 'fixAddCta', params: [template] }, mode: 'append', text: addition }];
  });
}

/*
 * Runs at the end of a text are measured backwards, not with /x+$/-style patterns: those retry from
 * every character of a long run that does not end the text (60,000 spaces before a word took seconds).
 */
/** How many characters at the end of `text` (before `end`) are in `chars`. */
function trailing(text: string, chars: string, end = text.length): number {
  let i = end;
  while (i > 0 && chars.includes(text[i - 1]!)) i--;
  return end - i;
}
const dropTrailing = (text: string, chars: string) => text.slice(0, text.length - trailing(text, chars));
const SPACE_TAB = ' \t';

/** The line breaks that put appended text on a new paragraph, counting the ones the draft already ends with. */
export function paragraphGap(text: string): string {
  if (!text.trim()) return '';
  const breaks = trailing(dropTrailing(text, SPACE_TAB), '\n');
  return '\n'.repeat(Math.max(0, 2 - breaks));
}

/**
 * The longest start of the draft that fits `limit`: ending with a whole sentence when that keeps at
 * least half of the room, else with a whole word. No "…" is added: a text cut off with an ellipsis is
 * what auto-posters leave, and the crosspost check rightly flags it; the person finishes the thought.
 * How far the text fits is counted as the network counts (fittingLength: twitter-text's weights on X,
 * UTF-16 code units elsewhere), as the length check counts. Null if nothing sensible fits.
 */
export function cutToFit(text: string, network: NetworkId, limit: number, count: (s: string) => number): string | null {
  const room = fittingLength(text, limit, network);
  const end = Math.min(room, text.length);
  const fits = (s: string) => s.length > 0 && count(s) <= limit;

  for (let at = sentenceEndAtOrBefore(text, end); at >= end / 2 && at > 0; at = sentenceEndAtOrBefore(text, at - 1)) {
    const kept = text.slice(0, at).trimEnd();
    if (fits(kept)) return kept;
  }
  for (let at = wordBoundaryAtOrBefore(text, end); at > 0; at = wordBoundaryAtOrBefore(text, at - 1)) {
    const kept = trimJoining(text.slice(0, at));
    if (fits(kept)) return kept;
  }
  // One long word (a link, say) fills the room: cut inside it, never between the halves of a surrogate pair.
  for (let at = end; at > 0; at--) {
    if (isLowSurrogate(text.charCodeAt(at))) continue;
    const kept = text.slice(0, at);
    if (fits(kept)) return kept;
  }
  return null;
}

/** The largest i ≤ end right after a sentence's closing . ! ? or … (followed by white space or the end), or 0. */
function sentenceEndAtOrBefore(text: string, end: number): number {
  for (let i = Math.min(end, text.length); i > 0; i--) {
    if (/[.!?…]/u.test(text[i - 1]!) && (i === text.length || /\s/u.test(text[i]!))) return i;
  }
  return 0;
}

/** The largest i ≤ end where a word ends (white space starts at i), or 0. */
function wordBoundaryAtOrBefore(text: string, end: number): number {
  for (let i = Math.min(end, text.length - 1); i > 0; i--) {
    if (/\s/u.test(text[i]!) && !/\s/u.test(text[i - 1]!)) return i;
  }
  return 0;
}

/** Drop white space and joining punctuation at the end of a cut, so it ends on a word (/[\s,;:\-–—]+$/u). */
function trimJoining(s: string): string {
  let end = s.length;
  while (end > 0 && (/\s/u.test(s[end - 1]!) || ',;:-–—'.includes(s[end - 1]!))) end--;
  return s.slice(0, end);
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

function removalFix(text: string, evidence: readonly Evidence[]): Fix | null {
  const ranges = mergeRanges(evidence.filter((e) => e.start < e.end && e.start >= 0 && e.end <= text.length));
  if (ranges.length === 0) return null;
  const result = removeRanges(text, ranges);
  // Evidence covering the whole draft (a near-duplicate) leaves nothing worth offering.
  if (!result.trim() || result === text) return null;
  const label: Fix['label'] =
    ranges.length === 1
      ? { key: 'fixRemoveOne', params: [snippet(text.slice(ranges[0]!.start, ranges[0]!.end))] }
      : { key: 'fixRemoveMany', params: [ranges.length] };
  return { checkId: 'crosspost', id: 'crosspost:remove', label, mode: 'replace', text: result };
}

function snippet(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > SNIPPET_MAX ? one.slice(0, SNIPPET_MAX - 1) + ELLIPSIS : one;
}

function mergeRanges(ranges: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: { start: number; end: number }[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

/** The text without the given ranges (sorted, not overlapping), tidying the white space at each seam. */
export function removeRanges(text: string, ranges: readonly { start: number; end: number }[]): string {
  const kept: string[] = [];
  let pos = 0;
  for (const r of ranges) {
    kept.push(text.slice(pos, r.start));
    pos = r.end;
  }
  kept.push(text.slice(pos));
  return kept.reduce(joinSeam);
}

/**
 * Join what was kept before a removed range with what follows it: one space where the removal
 * left two, at most one blank line, nothing dangling at the start or the end of the draft.
 */
function joinSeam(left: string, right: string): string {
  // trimStart and trimEnd drop exactly what \s matches
  if (!left.trim()) return right.trimStart();
  if (!right.trim()) return left.trimEnd();
  const l = dropTrailing(left, SPACE_TAB);
  const r = right.replace(/^[ \t]+/, '');
  const breaks = trailing(l, '\n') + /^\n*/.exec(r)![0].length;
  if (breaks > 0) return dropTrailing(l, '\n') + '\n'.repeat(Math.min(breaks, 2)) + r.replace(/^\n+/, '');
  const hadSpace = l.length < left.length || r.length < right.length;
  // "great news (LinkedIn)." → "great news." : no space before closing punctuation
  if (!hadSpace || /^[,.;:!?)\]}»”]/u.test(r)) return l + r;
  return `${l} ${r}`;
}
