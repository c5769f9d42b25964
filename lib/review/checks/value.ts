/**
 * value: does the draft give the people who read it something — a reason, a lesson, a tip,
 * a story, a question for them, a feeling, the facts of an offer — or is it bare promotion,
 * a bare link or hashtag soup?
 *
 * Promotion is recognised by its shapes in en, de and sv (data/promotion.json: prices,
 * discounts, "available now", "order now", codes, free offers, "link in bio", "my new video",
 * giveaways, sign-ups, "follow me on …") plus the person's `promotion` phrases; each kind of
 * shape adds points and two points make a promotion. A promotion is backed when it tells readers
 * what, when, where or why: a date or time, a place, a quantity that is not the price, a value
 * phrase ("because", "tip"), or sentences of its own beyond the pitch. A question does not back
 * a promotion ("Free? Did someone say free?"), and a loud one (many kinds of shape) needs two
 * such details.
 *
 * Per kind:
 * - post: also thin drafts (fewer than `thresholds.valueMinWords` words beyond links, hashtags and
 *   mentions), mostly hashtags, and another service's generated activity line with nothing else.
 * - quote: bare promotion only; a thin quote comment is share-comment's finding, and one
 *   warning per fault is enough.
 * - reply and comment: bare promotion only. Short replies are ordinary conversation, but a
 *   link drop in someone else's thread is the classic way to lose readers' goodwill.
 * Without promotion, value signals are the `value` list plus any question, which asks the reader something.
 */
import { ALL_KINDS } from '../check';
import type { CheckDefinition, CheckInput, Finding } from '../check';
import { DEFAULT_GOAL_IDS, isOneOf } from '../../ids';
import { inside, lowerBound } from '../analyze';
import type { Analysis, Span } from '../analyze';
import { cite, quote } from '../messages';
import type { Translate } from '../messages';
import type { PhraseBook } from '../phrases';
import { byStart, overlapsAny, proseHits } from '../prose';
import type { Evidence, Lang } from '../types';
import { activityLines } from './crosspost';
import { servedGoal } from './goal';
import messages from '../data/messages/value.json';
import data from '../data/promotion.json';

interface Signal extends Evidence {
  /** what the reason quotes: the phrase as written, or the whole question */
  text: string;
}

/** Value phrases and questions, in draft order; a phrase inside a question is cited as that question. */
export function valueSignals(analysis: Analysis, phrases: PhraseBook): Signal[] {
  const questions: Signal[] = analysis.questions.map((q) => ({ start: q.start, end: q.end, label: 'question', text: q.text }));
  const words: Signal[] = proseHits(phrases, 'value', analysis)
    .filter((h) => !inside(questions, h.start))
    .map((h) => ({ start: h.start, end: h.end, label: 'value', text: h.text }));
  return [...words, ...questions].sort(byStart);
}

// ---- the shapes of promotion and of substance, compiled once from data/promotion.json ----

interface RawShape {
  kind: string;
  weight?: number;
  pattern: string;
  caseSensitive?: boolean;
  atSentenceStart?: boolean;
}

const SYNTAX = /[\\^$.*+?()[\]{}|/]/g;
const LEXICONS: Record<string, string> = {
  B: '(?<![\\p{L}\\p{N}_#@])',
  E: '(?![\\p{L}\\p{N}_])',
  ...Object.fromEntries(
    Object.entries(data.lexicons as Record<string, string[]>).map(([name, words]) => [
      name,
      // longest first: alternatives are tried in order ("kr." before "kr")
      `(?:${[...new Set(words)]
        .sort((a, b) => b.length - a.length)
        .map((w) => w.replace(SYNTAX, '\\$&').replace(/\s+/g, '\\s+'))
        .join('|')})`,
    ]),
  ),
};

/** A pattern with its {lexicon} references written out. */
function expand(pattern: string): string {
  return pattern.replace(/\{([A-Za-z]+)\}/g, (whole, name: string) => LEXICONS[name] ?? whole);
}

interface Compiled {
  /** all shapes of one case mode as alternatives, each its own capturing group */
  re: RegExp;
  shapes: { kind: string; weight: number }[];
}

/**
 * Where a sentence starts: the text's start or a sentence end (.!?… or a line break) and at most three
 * spaces. Bounded, so the look-behind never reads back over a long run of spaces.
 */
const SENTENCE_START = '(?<=^\\s{0,3}|[.!?…\\n]\\s{0,3})';

/**
 * One regular expression per case mode, every shape an alternative in its own group, all behind
 * one shared "a word starts here" look-behind ({B}, which every pattern begins with): the text is
 * scanned once for all shapes, and inside a word nothing is tried (each shape testing its own
 * look-behind at every character made the scan twenty times slower).
 */
function compile(raw: readonly RawShape[]): Compiled[] {
  const out: Compiled[] = [];
  for (const caseSensitive of [false, true]) {
    const group = raw.filter((s) => !!s.caseSensitive === caseSensitive);
    if (group.length === 0) continue;
    const source = (s: RawShape) => {
      const body = expand(s.pattern.startsWith('{B}') ? s.pattern.slice(3) : s.pattern);
      return s.atSentenceStart ? `${SENTENCE_START}(?:${body})` : body;
    };
    out.push({
      re: new RegExp(`${LEXICONS.B}(?:${group.map((s) => `(${source(s)})`).join('|')})`, caseSensitive ? 'gu' : 'giu'),
      shapes: group.map((s) => ({ kind: s.kind, weight: s.weight ?? 1 })),
    });
  }
  return out;
}

const SHAPES = compile(data.shapes);
const SUBSTANCE = compile(data.substance);
const TAGS = new Set(data.tags.map((t) => t.toLowerCase()));

interface Hit extends Span {
  kind: string;
  weight: number;
}

/**
 * The parts of a draft searched for shapes: all of it up to `scanHead` + `scanTail` characters, else
 * its opening and its end. Promotion in a long draft stands at its start or its end (the offer, the
 * link); the body between is the draft's own words, which count as substance on their own.
 */
function windows(length: number): [number, number][] {
  const { scanHead, scanTail } = data;
  return length <= scanHead + scanTail
    ? [[0, length]]
    : [
        [0, scanHead],
        [length - scanTail, length],
      ];
}

/** Every shape in the draft, read with styled letters folded (fold.ts), in the draft's offsets. */
function scan(compiled: readonly Compiled[], analysis: Analysis): Hit[] {
  const { folded } = analysis;
  const hits: Hit[] = [];
  for (const [from, to] of windows(folded.text.length)) for (const c of compiled) scanPart(c, folded, from, to, hits);
  return hits;
}

function scanPart({ re, shapes }: Compiled, folded: Analysis['folded'], from: number, to: number, hits: Hit[]): void {
  const text = from === 0 && to === folded.text.length ? folded.text : folded.text.slice(from, to);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex += 1;
      continue;
    }
    const shape = shapes[m.findIndex((g, k) => k > 0 && g !== undefined) - 1]!;
    const [a, b] = [from + m.index, from + m.index + m[0].length];
    const [start, end] = folded.changed ? [folded.start(a), folded.end(b)] : [a, b];
    hits.push({ start, end, text: m[0], kind: shape.kind, weight: shape.weight });
  }
}

/** Sorted spans merged where they overlap, for `overlapsAny`. */
function union(spans: readonly { start: number; end: number }[]): Span[] {
  const out: Span[] = [];
  for (const s of [...spans].sort(byStart)) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end, text: '' });
  }
  return out;
}

interface Promotion {
  hits: Hit[];
  score: number;
}

/** The draft's promotion shapes (outside links and mentions) and its score: the highest weight of each kind, added up. */
export function promotionOf(analysis: Analysis, phrases: PhraseBook): Promotion {
  const markup = union([...analysis.urls, ...analysis.mentions]);
  const shapes = scan(SHAPES, analysis);
  for (const tag of analysis.hashtags) {
    if (TAGS.has(tag.text.slice(1).toLowerCase())) shapes.push({ ...tag, kind: 'tag', weight: 2 });
  }
  const found = shapes.filter((h) => !inside(markup, h.start));
  // The person's own promotion phrases count too, once: a phrase a shape already found is not a second sign.
  const covered = union(found);
  for (const h of proseHits(phrases, 'promotion', analysis)) {
    if (!overlapsAny(covered, h.start, h.end)) found.push({ start: h.start, end: h.end, text: h.text, kind: 'phrase', weight: 2 });
  }
  const best = new Map<string, number>();
  for (const h of found) best.set(h.kind, Math.max(best.get(h.kind) ?? 0, h.weight));
  let score = 0;
  for (const w of best.values()) score += w;
  // Cited once each: of overlapping hits ("Discount Code", "Code - SAVE20") the first is kept.
  const hits: Hit[] = [];
  for (const h of found.sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = hits[hits.length - 1];
    if (!last || h.start >= last.end) hits.push(h);
    else if (h.weight > last.weight) hits[hits.length - 1] = h;
  }
  return { hits, score };
}

interface Substance {
  /** what the reason cites and the panel highlights */
  items: Signal[];
  /** one per kind of detail (when, where, what, reason), up to two for sentences of the draft's own */
  points: number;
}

/** How many words of `words` (sorted) lie inside [start, end). */
function wordsIn(words: readonly Span[], start: number, end: number): number {
  return lowerBound(words, end) - lowerBound(words, start);
}

/** What a promotion tells readers beyond the pitch: details outside the promotion itself, and sentences of its own. */
function substanceOf(analysis: Analysis, phrases: PhraseBook, promotion: Promotion): Substance {
  const pitch = union(promotion.hits);
  const markup = union([...analysis.urls, ...analysis.mentions, ...analysis.hashtags]);
  const outside = (s: { start: number; end: number }) => !inside(markup, s.start) && !overlapsAny(pitch, s.start, s.end);
  const details: Signal[] = scan(SUBSTANCE, analysis)
    .filter(outside)
    .map((h) => ({ start: h.start, end: h.end, label: h.kind, text: h.text }));
  const reasons: Signal[] = proseHits(phrases, 'value', analysis)
    .filter(outside)
    .map((h) => ({ start: h.start, end: h.end, label: 'reason', text: h.text }));
  const kinds = new Set([...details, ...reasons].map((d) => d.label));
  // Sentences without a strong sign of promotion in them (a price or a "contact us" alone is not a pitch):
  // the draft's own words around the pitch.
  const strong = union(promotion.hits.filter((h) => h.weight >= 2));
  let own = 0;
  let longest: Span | null = null;
  let longestWords = 0;
  for (const s of analysis.sentences) {
    if (overlapsAny(strong, s.start, s.end)) continue;
    const n = wordsIn(analysis.words, s.start, s.end);
    own += n;
    if (n > longestWords) [longest, longestWords] = [s, n];
  }
  const prose = own >= data.proseWordsMore ? 2 : own >= data.proseWords ? 1 : 0;
  const items: Signal[] = [];
  for (const d of [...details, ...reasons].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (items.length === 0 || d.start >= items[items.length - 1]!.end) items.push(d);
  }
  if (prose > 0 && longest) items.push({ start: longest.start, end: longest.end, label: 'own', text: longest.text });
  return { items, points: kinds.size + prose };
}

// ---- the check ----

const cited = (items: readonly { text: string }[], locale: Lang) =>
  cite(
    items.map((i) => i.text),
    locale,
  );
const evidence = (items: readonly Evidence[]): Evidence[] => items.map(({ start, end, label }) => ({ start, end, label }));

function thinReason(count: number, t: Translate): string {
  if (count === 0) return t('thinNone');
  return count === 1 ? t('thinOne') : t('thin', { count });
}

/** The draft's links, mentions and hashtags, for a finding about a draft made of them. */
function markupEvidence(analysis: Analysis): Evidence[] {
  return [
    ...analysis.urls.map((s) => ({ start: s.start, end: s.end, label: 'link' })),
    ...analysis.mentions.map((s) => ({ start: s.start, end: s.end, label: 'mention' })),
    ...analysis.hashtags.map((s) => ({ start: s.start, end: s.end, label: 'hashtag' })),
  ].sort(byStart);
}

/**
 * The hint, followed by what the goal the draft serves asks of it (a default goal's; one the person added
 * has no words of its own here): relationships invite an answer or a memory, promotion says why and what
 * the reader gets, the personal brand shares what was learned.
 */
function withGoalHint(finding: Finding, input: CheckInput): Finding {
  if (!finding.hint) return finding;
  const served = servedGoal(input);
  if (!served || !isOneOf(DEFAULT_GOAL_IDS, served.goal.id)) return finding;
  const goalHint = input.t(`goalHint_${served.goal.id}`, { goal: quote(served.goal.text, input.context.locale) });
  return { ...finding, hint: `${finding.hint} ${goalHint}` };
}

export const value: CheckDefinition = {
  id: 'value',
  appliesTo: ALL_KINDS,
  messages,
  run(input): Finding {
    return withGoalHint(judge(input), input);
  },
};

function judge({ draft, rules, context, analysis, phrases, t }: CheckInput): Finding {
  const { locale } = context;
  const conversation = draft.kind === 'reply' || draft.kind === 'comment';
  const promotion = promotionOf(analysis, phrases);
  const promoting = promotion.score >= data.promotionScore;
  const substance = promoting ? substanceOf(analysis, phrases, promotion) : null;

  if (promoting && substance) {
    const needed = promotion.score >= data.loudScore ? 2 : 1;
    if (substance.points < needed) {
      const promo = cited(promotion.hits, locale);
      const reason =
        substance.points > 0
          ? t('promotionLoud', { promotion: promo, signals: cited(substance.items, locale) })
          : t(conversation ? 'promotionReply' : 'promotion', { promotion: promo });
      return {
        level: 'problem',
        reason,
        hint: t(conversation ? 'promotionReplyHint' : 'promotionHint'),
        evidence: evidence(promotion.hits.map((h) => ({ ...h, label: 'promotion' }))),
      };
    }
  }

  const count = analysis.words.length;
  const signals = substance ? substance.items : valueSignals(analysis, phrases);
  if (draft.kind === 'post') {
    // Another service's generated line ("I liked a @YouTube video", "Liked “…” on SlideShare") with nothing of the person's own.
    // An activity line is a few dozen words: only a draft that short can be one with too little else.
    const generated = count < rules.thresholds.valueMinWords + 60 ? activityLines(analysis.text) : [];
    if (generated.length > 0) {
      const own = count - generated.reduce((n, g) => n + wordsIn(analysis.words, g.start, g.end), 0);
      if (own < rules.thresholds.valueMinWords) {
        return {
          level: 'problem',
          reason: t('activity', { found: cited(generated, locale) }),
          hint: t('activityHint'),
          evidence: evidence(generated.map((g) => ({ ...g, label: 'activity' }))),
        };
      }
    }
    if (count < rules.thresholds.valueMinWords) {
      if (signals.length === 0) {
        // Point at what the draft is made of instead: its links, mentions and hashtags.
        return { level: 'problem', reason: thinReason(count, t), hint: t('thinHint'), evidence: markupEvidence(analysis) };
      }
      return {
        level: 'minor',
        reason: `${thinReason(count, t)} ${t('thinButSignals', { signals: cited(signals, locale) })}`,
        hint: t('thinSignalsHint'),
        evidence: evidence(signals),
      };
    }
    // Hashtag soup: at least four tags, and no more words of one's own than tags.
    const tags = analysis.hashtags.length;
    if (tags >= 4 && tags >= count) {
      return {
        level: 'problem',
        reason: t('mostlyTags', { tags, count }),
        hint: t('mostlyTagsHint'),
        evidence: markupEvidence(analysis),
      };
    }
  }

  if (signals.length > 0) {
    const reason = promoting
      ? t('backed', { promotion: cited(promotion.hits, locale), signals: cited(signals, locale) })
      : t('signals', { signals: cited(signals, locale) });
    return { level: 'ok', reason, hint: '', evidence: evidence(signals) };
  }
  return { level: 'ok', reason: count >= 2 ? t('plain', { count }) : t('noPromotion'), hint: '', evidence: [] };
}
