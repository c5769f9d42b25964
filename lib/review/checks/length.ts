/**
 * length: does the draft fit the network's limit, and (where the feed folds long posts)
 * does the hook end before "…see more"?
 *
 * Counting, as the network's descriptor says (lib/networks): `twitter-weighted` (X) weights characters
 * with twitter-text (a link counts 23, most emoji and CJK count 2); `utf16` (LinkedIn, Facebook) counts
 * UTF-16 code units, as those composers do (an emoji outside the Basic Multilingual Plane counts 2, a
 * ZWJ sequence counts every part), so the count never says "fits" when the site would refuse.
 */
import twitter from 'twitter-text';
import type { ParseTweetOptions } from 'twitter-text';
import { linkSafe } from '../links';
import type { Lang } from '../../ids';
import type { NetworkRules } from '../../settings/schema';
import type { Analysis } from '../analyze';
import { ALL_KINDS } from '../check';
import type { CheckDefinition, Finding } from '../check';
import type { Draft, Evidence, LengthInfo } from '../types';
import messages from '../data/messages/length.json';
import { NETWORK, NETWORK_NAMES } from '../../networks';
import type { NetworkId } from '../../ids';

// twitter-text ships its current weighting (v3) as configs.defaults; its typings omit `configs`.
const X_DEFAULTS = (twitter as unknown as { configs: { defaults: ParseTweetOptions } }).configs.defaults;
const xConfigs = new Map<number, ParseTweetOptions>();

/**
 * How many code units of `text` fit in `limit` as X counts them. twitter-text works on the NFC form
 * of the text and reports its range there (negative, even, when normalising lengthens the text, as
 * with U+0958), so for text that normalising changes, the fitting prefix of the original is searched.
 */
export function xFittingLength(text: string, limit: number, safe = linkSafe(text)): number {
  const config = xConfig(limit);
  const parsed = twitter.parseTweet(safe, config);
  if (parsed.weightedLength <= limit) return text.length;
  if (text.normalize('NFC') === text) return Math.max(0, Math.min(text.length, parsed.validRangeEnd + 1));
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (twitter.parseTweet(safe.slice(0, mid), config).weightedLength <= limit) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * How many code units of `text` fit in `limit` as `network` counts (its descriptor's `counting`): with
 * twitter-text's weights, or one a UTF-16 code unit.
 */
export function fittingLength(text: string, limit: number, network: NetworkId): number {
  return NETWORK[network].counting === 'twitter-weighted' ? xFittingLength(text, limit) : limit;
}

function xConfig(limit: number): ParseTweetOptions {
  let config = xConfigs.get(limit);
  if (!config) xConfigs.set(limit, (config = { ...X_DEFAULTS, maxWeightedTweetLength: limit }));
  return config;
}

function limitFor(draft: Draft, net: NetworkRules): number {
  return draft.kind === 'reply' || draft.kind === 'comment' ? net.limits.comment : net.limits.post;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** An offset moved back so it does not split a surrogate pair. */
function onBoundary(text: string, i: number): number {
  return i > 0 && i < text.length && isHighSurrogate(text.charCodeAt(i - 1)) ? i - 1 : i;
}

/** Where the feed folds a post: after `fold` characters or `foldLines` lines, whichever comes first. */
function foldPosition(text: string, net: NetworkRules): number | undefined {
  let at = net.limits.fold > 0 ? net.limits.fold : Infinity;
  if (net.limits.foldLines > 0) {
    // the foldLines-th line break, if the draft has that many lines
    let newline = -1;
    for (let n = 0; n < net.limits.foldLines; n++) {
      newline = text.indexOf('\n', newline + 1);
      if (newline < 0) break;
    }
    if (newline >= 0) at = Math.min(at, newline);
  }
  if (!Number.isFinite(at)) return undefined;
  const visibleAfter = /\S/g;
  visibleAfter.lastIndex = at;
  return visibleAfter.test(text) ? onBoundary(text, at) : undefined;
}

/** Only posts and quotes fold behind "…see more" in the feed; comments are read in place. */
const folds = (draft: Draft) => draft.kind === 'post' || draft.kind === 'quote';

interface Measure extends LengthInfo {
  /** UTF-16 offset where the text goes over the limit, when it does */
  overflowAt?: number;
}

// review() asks for lengthInfo and then runs the check on the same draft: measure it once.
const measured = new WeakMap<Draft, { text: string; net: NetworkRules; measure: Measure }>();

function measure(draft: Draft, net: NetworkRules): Measure {
  const cached = measured.get(draft);
  if (cached && cached.text === draft.text && cached.net === net) return cached.measure;
  const result = measureNow(draft, net);
  measured.set(draft, { text: draft.text, net, measure: result });
  return result;
}

function measureNow(draft: Draft, net: NetworkRules): Measure {
  const { text } = draft;
  const limit = limitFor(draft, net);
  const fold = folds(draft) ? foldPosition(text, net) : undefined;
  const base = fold === undefined ? { limit } : { limit, fold };
  if (NETWORK[draft.network].counting === 'twitter-weighted') {
    const safe = linkSafe(text);
    const count = twitter.parseTweet(safe, xConfig(limit)).weightedLength;
    const overflowAt = count > limit ? xFittingLength(text, limit, safe) : undefined;
    return overflowAt === undefined ? { ...base, count } : { ...base, count, overflowAt };
  }
  const count = text.length;
  return count > limit ? { ...base, count, overflowAt: onBoundary(text, limit) } : { ...base, count };
}

/** The length as the network counts it, the limit, and the fold: computed for every draft, so kept cheap. */
export function lengthInfo(draft: Draft, net: NetworkRules, _analysis?: Analysis): LengthInfo {
  const { count, limit, fold } = measure(draft, net);
  return fold === undefined ? { count, limit } : { count, limit, fold };
}

// The hook ends with its first sentence (. ! ? … before a space or the end) or its first line.
// A run of marks is only tried from its start: from every mark of a long run that is not followed by a
// space, each try ran to the run's end (60,000 dots took 7 s).
const HOOK_END = /(?<![.!?…])[.!?…]+(?=\s|$)|\n/g;

/** The range of the hook that falls behind the fold, or null when the hook ends before it. */
function hookPastFold(text: string, fold: number): { start: number; end: number } | null {
  const start = text.search(/\S/u);
  if (start < 0 || start >= fold) return null;
  HOOK_END.lastIndex = start;
  const m = HOOK_END.exec(text);
  const end = m ? (m[0] === '\n' ? m.index : m.index + m[0].length) : text.trimEnd().length;
  return end > fold ? { start: fold, end } : null;
}

const formats = new Map<Lang, Intl.NumberFormat>();
function formatNumber(n: number, locale: Lang): string {
  let f = formats.get(locale);
  if (!f) formats.set(locale, (f = new Intl.NumberFormat(locale)));
  return f.format(n);
}

export const length: CheckDefinition = {
  id: 'length',
  appliesTo: ALL_KINDS,
  messages,
  run({ draft, net, t, context }): Finding {
    const m = measure(draft, net);
    const n = (v: number) => formatNumber(v, context.locale);
    const network = NETWORK_NAMES[draft.network];
    const counted = NETWORK[draft.network].counting === 'twitter-weighted' ? t('countedX') : t('counted');
    const params = { count: n(m.count), limit: n(m.limit), network, counted };
    const evidence: Evidence[] = [];
    const reasons: string[] = [];
    const hints: string[] = [];
    let level: Finding['level'] = 'ok';

    if (m.overflowAt !== undefined) {
      const over = m.count - m.limit;
      level = 'problem';
      reasons.push(t('over', { ...params, over: n(over) }));
      hints.push(t('overHint', { over: n(over) }));
      // Where the last character alone tips it over (a weight-2 character on X), point at that character.
      const text = draft.text;
      const lastChar = text.length >= 2 && /[\udc00-\udfff]/.test(text.at(-1)!) && /[\ud800-\udbff]/.test(text.at(-2)!) ? 2 : 1;
      const start = m.overflowAt < text.length ? m.overflowAt : Math.max(0, text.length - lastChar);
      if (start < text.length) evidence.push({ start, end: text.length, label: 'over-limit' });
    }
    const hidden = m.fold === undefined ? null : hookPastFold(draft.text, m.fold);
    if (hidden) {
      if (level === 'ok') level = 'minor';
      reasons.push(t('fold', { fold: n(m.fold!), network }));
      hints.push(t('foldHint', { fold: n(m.fold!) }));
      evidence.push({ ...hidden, label: 'past-fold' });
    }
    if (level === 'ok') reasons.push(t('ok', params));
    return { level, reason: reasons.join(' '), hint: hints.join(' '), evidence };
  },
};
