/**
 * crosspost: is the draft written for this network, or carried over from another?
 * Two signs: traces another network, a service (Instagram, Foursquare, YouTube…) or an
 * auto-poster leaves in the text (a data list, data/crosspost-artefacts.json, and a text cut
 * off with an ellipsis), and a near-duplicate of a draft reviewed for another network within
 * `thresholds.crosspostDays` days (compared by MinHash signature; the other text itself is
 * never kept). A network's own traces are at home there (X's "RT @" on X), and drafts for the
 * same network are not compared: rewriting a draft in another composer there is not a cross-post.
 */
import type { Lang, NetworkId } from '../../ids';
import type { CheckDefinition, CheckInput, Finding } from '../check';
import type { Analysis, Span } from '../analyze';
import { cite } from '../messages';
import type { Translate } from '../messages';
import type { Evidence, RecentDraft } from '../types';
import { fingerprint, similarity } from '../fingerprint';
import messages from '../data/messages/crosspost.json';
import data from '../data/crosspost-artefacts.json';
import { NETWORK_NAMES } from '../../networks';

const DAY = 86_400_000;
/** Below this many words two drafts share too few shingles for the comparison to mean anything. */
const MIN_WORDS = 8;

/** Our networks' names and those of the services whose traces are recognised. */
const NAMES: Record<string, string> = { ...data.sources, ...NETWORK_NAMES };

interface Artefact {
  id: string;
  /** a network, "any", or a service we do not review for (its traces are foreign everywhere) */
  from: string;
  re: RegExp;
  message: string;
  minChars: number;
  maxChars: number;
  /** 0: the whole text; else only its last `tail` characters */
  tail: number;
  /** a whole generated line ("I liked a @YouTube video"), nothing of the person's own */
  activity: boolean;
}

type RawArtefact = { id: string; from: string; pattern: string } & Partial<{
  message: string;
  minChars: number;
  maxChars: number;
  tail: number;
  caseSensitive: boolean;
  activity: boolean;
}>;

const ARTEFACTS: readonly Artefact[] = (data.artefacts as RawArtefact[]).map((a) => ({
  id: a.id,
  from: a.from,
  re: new RegExp(a.pattern, a.caseSensitive ? 'gu' : 'giu'),
  message: a.message ?? (a.from === 'any' ? 'copied' : 'traces'),
  minChars: a.minChars ?? 0,
  maxChars: a.maxChars ?? Infinity,
  tail: a.tail ?? 0,
  activity: a.activity ?? false,
}));

const CUT_OFF: Artefact = {
  id: 'cut-off',
  from: 'any',
  re: /…/gu,
  message: 'cutOff',
  minChars: 0,
  maxChars: Infinity,
  tail: 0,
  activity: false,
};

interface Trace extends Evidence {
  artefact: Artefact;
  text: string;
}

function matches(text: string, artefact: Artefact): Trace[] {
  const found: Trace[] = [];
  if (text.length < artefact.minChars || text.length > artefact.maxChars) return found;
  const from = artefact.tail ? Math.max(0, text.length - artefact.tail) : 0;
  const re = artefact.re;
  const scanned = from ? text.slice(from) : text;
  re.lastIndex = 0;
  for (let m = re.exec(scanned); m; m = re.exec(scanned)) {
    if (m[0].length === 0) {
      re.lastIndex += 1;
      continue;
    }
    const start = from + m.index;
    found.push({ start, end: start + m[0].length, label: artefact.id, artefact, text: m[0] });
  }
  return found;
}

/** The generated activity lines in a text ("I liked a @YouTube video", "Liked “…” on SlideShare"), whatever the network. */
export function activityLines(text: string): Span[] {
  return ARTEFACTS.filter((a) => a.activity).flatMap((a) => matches(text, a).map(({ start, end, text: t }) => ({ start, end, text: t })));
}

const TEASER_WORDS = new Set(data.cutOff.teaserWords.map((w) => w.toLowerCase()));
const OWN_TRUNCATION: Partial<Record<NetworkId, RegExp>> = Object.fromEntries(
  Object.entries(data.cutOff.ownTruncation).map(([network, pattern]) => [network, new RegExp(pattern, 'u')]),
);
const WORD_CHAR = /[\p{L}\p{N}_\p{M}'’-]/u;

/** The ellipsis a text ends in, perhaps before one last link (a link-stripping copy leaves the word "http"). */
function trailingEllipsis(text: string, analysis: Analysis): { start: number; end: number; link: boolean } | null {
  let i = text.length;
  while (i > 0 && /\s/u.test(text[i - 1]!)) i--;
  // A feed may add its tags after the link: "… http://… #clogs #sale" (a number tag too)
  let tagged = false;
  for (;;) {
    let j = i;
    while (j > 0 && !/\s/u.test(text[j - 1]!)) j--;
    if (j === i || text[j] !== '#' || j === 0 || text[i - 1] === '…' || text[i - 1] === '.') break;
    tagged = true;
    i = j;
    while (i > 0 && /\s/u.test(text[i - 1]!)) i--;
  }
  let link = false;
  const last = analysis.urls[analysis.urls.length - 1];
  if (last && last.end === i) {
    i = last.start;
    link = true;
  } else if (i >= 4 && text.slice(i - 4, i).toLowerCase() === 'http' && (i === 4 || /\s/u.test(text[i - 5]!))) {
    i -= 4;
    link = true;
  }
  if (tagged && !link) return null;
  if (link) while (i > 0 && /\s/u.test(text[i - 1]!)) i--;
  if (text[i - 1] === '…') return { start: i - 1, end: i, link };
  if (link && i >= 3 && text.slice(i - 3, i) === '...' && text[i - 4] !== '.') return { start: i - 3, end: i, link };
  return null;
}

/** The word that ends right at `end` ("" after a space, an emoji or punctuation). */
function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && WORD_CHAR.test(text[start - 1]!)) start--;
  return text.slice(start, end);
}

/**
 * A text cut off by an auto-poster: see `cutOff` in data/crosspost-artefacts.json. The signs are
 * those a person's own "…" rarely has: a link right after it, or a caption-length text ending in
 * the single character "…", as auto-posters leave it when they drop or strip the link.
 */
function cutOff(text: string, analysis: Analysis, network: NetworkId): Trace | null {
  const ellipsis = trailingEllipsis(text, analysis);
  if (!ellipsis) return null;
  // A network truncates its own shares (X a retweet, "RT @…: … ht…"): at home there.
  if (OWN_TRUNCATION[network]?.test(text)) return null;
  if (TEASER_WORDS.has(wordBefore(text, ellipsis.start).toLowerCase())) return null;
  const { withLinkMinChars, shortMinChars, shortMaxChars } = data.cutOff;
  const length = text.length;
  const cut = ellipsis.link ? length >= withLinkMinChars : length >= shortMinChars && length <= shortMaxChars;
  return cut
    ? { start: ellipsis.start, end: ellipsis.end, label: CUT_OFF.id, artefact: CUT_OFF, text: text.slice(ellipsis.start, ellipsis.end) }
    : null;
}

function traces(text: string, analysis: Analysis, network: NetworkId): Trace[] {
  const found: Trace[] = [];
  for (const artefact of ARTEFACTS) if (artefact.from !== network) found.push(...matches(text, artefact));
  const cut = cutOff(text, analysis, network);
  if (cut && !found.some((f) => f.start <= cut.start && cut.end <= f.end)) found.push(cut);
  return found.sort((a, b) => a.start - b.start);
}

/** One sentence per kind of trace (traces of X, a Foursquare check-in, copied from a feed, cut off…), and its hints. */
function describeTraces(found: readonly Trace[], here: string, t: Translate, locale: Lang): { reason: string; hints: string[] } {
  const groups = new Map<string, Trace[]>();
  for (const trace of found) {
    const key = `${trace.artefact.message}|${trace.artefact.from}`;
    const group = groups.get(key);
    if (group) group.push(trace);
    else groups.set(key, [trace]);
  }
  const reason = [...groups.values()]
    .map((g) => {
      const { message, from } = g[0]!.artefact;
      return t(message, {
        network: from === 'any' ? '' : (NAMES[from] ?? from),
        found: cite(
          g.map((x) => x.text),
          locale,
        ),
      });
    })
    .join(' ');
  const hints = [...new Set(found.map((f) => f.artefact.message))].map((message) => t(`${message}Hint`, { network: here }));
  return { reason, hints };
}

interface Match {
  recent: RecentDraft;
  score: number;
}

function nearDuplicate(input: CheckInput): Match | null {
  const { draft, context, rules, analysis } = input;
  const window = rules.thresholds.crosspostDays * DAY;
  const others = (context.recent ?? []).filter((r) => r.network !== draft.network && context.now - r.at <= window);
  // Counting words only when there is something to compare with keeps a first draft's keystrokes cheap.
  if (others.length === 0 || analysis.words.length < MIN_WORDS) return null;
  const mine = fingerprint(draft.text);
  let best: Match | null = null;
  for (const r of others) {
    const score = similarity(mine, r.signature);
    if (score >= rules.thresholds.crosspostSimilarity && (!best || score > best.score)) best = { recent: r, score };
  }
  return best;
}

function ago(at: number, now: number, t: Translate): string {
  const days = Math.floor(Math.max(0, now - at) / DAY);
  if (days === 0) return t('today');
  if (days === 1) return t('yesterday');
  return t('daysAgo', { days });
}

export const crosspost: CheckDefinition = {
  id: 'crosspost',
  appliesTo: ['post', 'quote'],
  messages,
  run(input): Finding {
    const { draft, context, t } = input;
    const here = NETWORK_NAMES[draft.network];
    const found = traces(draft.text, input.analysis, draft.network);
    const duplicate = nearDuplicate(input);
    if (found.length === 0 && !duplicate) return { level: 'ok', reason: t('ok'), hint: '', evidence: [] };

    const reasons: string[] = [];
    const hints: string[] = [];
    if (found.length) {
      const described = describeTraces(found, here, t, context.locale);
      reasons.push(described.reason);
      hints.push(...described.hints);
    }
    if (duplicate) {
      const percent = new Intl.NumberFormat(context.locale, { style: 'percent' }).format(duplicate.score);
      reasons.push(
        t('duplicate', { percent, network: NETWORK_NAMES[duplicate.recent.network], ago: ago(duplicate.recent.at, context.now, t) }),
      );
      hints.push(t('duplicateHint', { network: here }));
    }
    const evidence = found.map(({ start, end, label }) => ({ start, end, label }));
    return { level: 'problem', reason: reasons.join(' '), hint: hints.join(' '), evidence };
  },
};
