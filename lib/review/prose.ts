/**
 * Phrase hits in the draft's own words. A phrase inside a link ("…/subscribe"), a mention
 * (@readmore) or, for most lists, a hashtag (#tip) is markup, not something the draft says.
 * Fit triggers keep hashtags: "#hiring" or "#vacation" says as much as the word itself.
 */
import { inside } from './analyze';
import type { Analysis, Span } from './analyze';
import type { PhraseBook, PhraseHit } from './phrases';
import type { PhraseListId } from '../ids';

const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;

const markupCache = new WeakMap<Analysis, { withTags: Span[]; withoutTags: Span[] }>();

/** Links and mentions, with or without hashtags, sorted for `inside()`; kept per analysis. */
function markup(analysis: Analysis, withTags: boolean): Span[] {
  let cached = markupCache.get(analysis);
  if (!cached) {
    const withoutTags = [...analysis.urls, ...analysis.mentions].sort(byStart);
    cached = { withoutTags, withTags: [...withoutTags, ...analysis.hashtags].sort(byStart) };
    markupCache.set(analysis, cached);
  }
  return withTags ? cached.withTags : cached.withoutTags;
}

export interface ProseOptions {
  /** count hits inside hashtags too (default: no) */
  hashtags?: boolean;
}

const hitCache = new WeakMap<PhraseBook, WeakMap<Analysis, Map<string, readonly PhraseHit[]>>>();

/** The list's hits in the draft's own words; kept per draft, as value and share-comment both read `value`. */
export function proseHits(phrases: PhraseBook, list: PhraseListId, analysis: Analysis, options: ProseOptions = {}): readonly PhraseHit[] {
  let perDraft = hitCache.get(phrases);
  if (!perDraft) hitCache.set(phrases, (perDraft = new WeakMap()));
  let cached = perDraft.get(analysis);
  if (!cached) perDraft.set(analysis, (cached = new Map<string, readonly PhraseHit[]>()));
  const key = options.hashtags ? `${list}#` : list;
  let hits = cached.get(key);
  if (!hits) {
    const all = phrases.find(list, analysis.text);
    const skip = all.length > 0 ? markup(analysis, !options.hashtags) : [];
    hits = skip.length > 0 ? all.filter((h) => !inside(skip, h.start) && !inside(skip, h.end - 1)) : all;
    cached.set(key, hits);
  }
  return hits;
}

/**
 * Does any of the sorted, non-overlapping spans overlap [start, end)? Binary search, so
 * matching hundreds of questions against hundreds of hits in a long paste stays cheap.
 */
export function overlapsAny(sorted: readonly { start: number; end: number }[], start: number, end: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  // sorted[lo] is the first span ending after `start`
  return lo < sorted.length && sorted[lo]!.start < end;
}

export { byStart };
