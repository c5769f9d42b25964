/**
 * fit: does the draft fit what the person uses this network for? It reads what the post does,
 * in English, German and Swedish (the lexicons are data/fit.json; the person's own fit lists in
 * data/phrases are matched besides them):
 * - LinkedIn (professional): private life without a professional angle. Private-life topics —
 *   family, holidays, food, leisure, nature, weather, celebrations, pets — count when one strong
 *   sign (a greeting of a private holiday, "my kids", "on vacation", a phrase of the person's list)
 *   or two distinct topics appear, and nothing ties the post to work (a lesson drawn, a work
 *   event, colleagues, clients, career, the field).
 * - Facebook (friends and family): job offers (a job-ad phrase, or "looking for" a role or for
 *   someone to do paid work) and sales pitches (a sentence opening with a selling verb beside a
 *   link, sale phrases or a product's hype with a link in a business's voice). A private person's
 *   one-off sale, gig or business news, in the singular voice, fits.
 * - X (public to everyone): private details that let strangers find someone (the person's list)
 *   and hashtag soup.
 * Hashtags count against the network's `hashtagLimit` only where they stand on their own — runs
 * of tags, a tag alone on its line or after the last sentence — not where a sentence uses one as a
 * word ("I love #coffee in the morning"). On X a post of mostly tags is soup at any count.
 * The reasons quote the person's purpose for the network and what was seen.
 *
 * All kinds: a reply or comment is as public, and as much in the wrong place, as a post.
 */
import { ALL_KINDS } from '../check';
import type { CheckDefinition, Finding } from '../check';
import { cite, excerpt, quote } from '../messages';
import { compileMatcher } from '../phrases';
import type { PhraseHit, PhraseMatcher } from '../phrases';
import { proseHits } from '../prose';
import { inside, lowerBound } from '../analyze';
import type { Analysis, Span } from '../analyze';
import type { ComposerKind, Evidence, NetworkId } from '../types';
import { LANGS } from '../../ids';
import type { Lang, PhraseListId } from '../../ids';
import type { Rules } from '../../settings/schema';
import messages from '../data/messages/fit.json';
import { NETWORK, NETWORK_NAMES } from '../../networks';
import type { FitJudge } from '../../networks';
import lexicon from '../data/fit.json';

/** The first clause of the person's purpose: enough to remind, short enough for one line. */
export function briefPurpose(purpose: string): string {
  const text = purpose.trim();
  // search(), not split(): split() builds a new regex on every call, which cost more than the rest of the check.
  const cut = text.search(/[.;:!?\n—–]/u);
  const first = (cut < 0 ? text : text.slice(0, cut)).trim();
  return excerpt(first || text, 80);
}

type Lexicon = Record<Lang, string[]>;
const allLangs = (l: Lexicon) => LANGS.flatMap((lang) => l[lang]);

// One matcher per lexicon, over all three languages (drafts mix them), compiled on first use.
const compiled = new Map<Lexicon, PhraseMatcher>();
function matcherOf(l: Lexicon): PhraseMatcher {
  let m = compiled.get(l);
  if (!m) compiled.set(l, (m = compileMatcher(allLangs(l))));
  return m;
}

const { linkedin: LI, facebook: FB } = lexicon;

/**
 * Hits of a lexicon in the folded text, with offsets in the draft; none inside links or mentions
 * (hashtags count: "#sunset" says what the word says). `removed`: hits overlapping a phrase the
 * person removed from the network's fit list are dropped, so a removal silences the built-in
 * knowledge too.
 */
function scan(l: Lexicon, analysis: Analysis, removed: readonly PhraseHit[] = []): PhraseHit[] {
  const { folded, text } = analysis;
  const hits = matcherOf(l).findAll(folded.text);
  const out: PhraseHit[] = [];
  for (const h of hits) {
    const start = folded.changed ? folded.start(h.start) : h.start;
    const end = folded.changed ? folded.end(h.end) : h.end;
    if (inside(analysis.urls, start) || inside(analysis.mentions, start)) continue;
    if (removed.some((r) => start < r.end && r.start < end)) continue;
    out.push({ start, end, text: text.slice(start, end) });
  }
  return out;
}

const editCache = new Map<string, PhraseMatcher>();
/** Where the phrases the person added to or removed from `list` (any language) stand in the draft. */
function editHits(rules: Rules, list: PhraseListId, edit: 'add' | 'remove', analysis: Analysis): PhraseHit[] {
  const phrases = LANGS.flatMap((lang) => rules.phrases[lang]?.[list]?.[edit] ?? []);
  if (phrases.length === 0) return [];
  const key = phrases.join('\n');
  let m = editCache.get(key);
  if (!m) {
    if (editCache.size >= 32) editCache.clear();
    editCache.set(key, (m = compileMatcher(phrases)));
  }
  const { folded } = analysis;
  return m.findAll(folded.text).map((h) => ({ ...h, start: folded.start(h.start), end: folded.end(h.end) }));
}

/** Hits of `more` that overlap none of `base` (both in order, `base` not overlapping), added to it, in order. */
function merge(base: readonly PhraseHit[], more: readonly PhraseHit[]): PhraseHit[] {
  const out: PhraseHit[] = [];
  let i = 0;
  for (const h of more) {
    while (i < base.length && base[i]!.end <= h.start) out.push(base[i++]!);
    // base[i] is the first that ends after h starts: h is kept when that one starts after h ends
    if (i >= base.length || base[i]!.start >= h.end) out.push(h);
  }
  while (i < base.length) out.push(base[i++]!);
  return out;
}

const distinct = (hits: readonly PhraseHit[]) => new Set(hits.map((h) => h.text.toLowerCase().replace(/\s+/gu, ' '))).size;

/* ---------- LinkedIn: private life without a professional angle ---------- */

interface Judgement {
  /** what reads as the misfit (empty: none) */
  hits: PhraseHit[];
  /** private life that a professional angle excused, for the reason of a pass */
  excused?: { found: PhraseHit[]; angle: PhraseHit[] };
  /** the reason's key: the network's, or 'hiring' */
  kind: string;
}

/**
 * The person's list counts as strong signs; a phrase the person added is a misfit whatever the
 * post says besides (they asked for it), the built-in ones only without a professional angle.
 * Replies and comments are read for the list only: "Happy birthday!" or "Enjoy the holiday!"
 * under a colleague's post is a courtesy, not one's private life.
 */
function privateLife(
  analysis: Analysis,
  listHits: readonly PhraseHit[],
  removed: readonly PhraseHit[],
  added: readonly PhraseHit[],
  kind: ComposerKind,
): Judgement {
  const own = listHits.filter((h) => added.some((a) => a.start < h.end && h.start < a.end));
  if (own.length > 0) return { hits: merge(own, listHits), kind: 'linkedin' };
  const ownPost = kind === 'post' || kind === 'quote';
  const strong = ownPost ? merge(listHits, scan(LI.privateStrong, analysis, removed)) : [...listHits];
  const weak = ownPost ? scan(LI.private, analysis, removed).filter((h) => !strong.some((s) => h.start < s.end && s.start < h.end)) : [];
  const points = 2 * distinct(strong) + distinct(weak);
  if (points < 2) return { hits: [], kind: 'linkedin' };
  const found = merge(strong, weak);
  const angle = scan(LI.angle, analysis);
  return angle.length > 0 ? { hits: [], excused: { found, angle }, kind: 'linkedin' } : { hits: found, kind: 'linkedin' };
}

/* ---------- Facebook: job offers and sales pitches ---------- */

// A price: a currency sign before or after a number. Each attempt starts where a run of digits
// starts (the look-behind), so a long run of digits is read once, not from each of its digits.
const PRICE = /[$€£]\s?\d|(?<![\p{N}.,])\d[\d.,]*\s?(?:€|\$|£|EUR|USD|SEK|kr|kronor|:-)(?![\p{L}\p{N}])/u;
// A pay rate: a price per hour or month ("$27/ hour", "12 € pro Stunde", "150 kr/tim").
const PAY_RATE =
  /(?:[$€£]\s?\d[\d.,]*|(?<![\p{N}.,])\d[\d.,]*\s?(?:€|\$|£|EUR|USD|SEK|kr|kronor|:-))\s?(?:\/|per|an|a|pro|die|i|om)\s?(?:hour|hr|h|month|Stunde|Std|Monat|timme|timmen|tim|månad|mån)(?![\p{L}])/giu;

function payRates(analysis: Analysis): PhraseHit[] {
  const { folded, text } = analysis;
  const out: PhraseHit[] = [];
  PAY_RATE.lastIndex = 0;
  for (let m = PAY_RATE.exec(folded.text); m; m = PAY_RATE.exec(folded.text)) {
    const start = folded.start(m.index);
    const end = folded.end(m.index + m[0].length);
    out.push({ start, end, text: text.slice(start, end) });
  }
  return out;
}

/** The first of the sorted hits that lies within [start, end), or undefined. */
function firstWithin<T extends { start: number; end: number }>(sorted: readonly T[], start: number, end: number): T | undefined {
  const h = sorted[lowerBound(sorted, start)];
  return h && h.end <= end ? h : undefined;
}

/** The sentence a position is in, or undefined (between sentences). */
function sentenceAt(sentences: readonly Span[], pos: number): Span | undefined {
  const s = sentences[lowerBound(sentences, pos + 1) - 1];
  return s && pos < s.end ? s : undefined;
}

const byStart = (a: PhraseHit, b: PhraseHit) => a.start - b.start;

/** A job offer: a job-ad phrase, or in one sentence "looking for" a role, or someone for paid work. */
function jobOffer(analysis: Analysis): PhraseHit[] {
  const explicit = scan(FB.hiring, analysis);
  if (explicit.length > 0) return explicit;
  const seek = scan(FB.seek, analysis);
  if (seek.length === 0) return [];
  const roles = scan(FB.roles, analysis);
  const someone = scan(FB.someone, analysis);
  const work = [...scan(FB.work, analysis), ...payRates(analysis)].sort(byStart);
  if (roles.length === 0 && (someone.length === 0 || work.length === 0)) return [];
  let last: Span | undefined;
  for (const sk of seek) {
    const s = sentenceAt(analysis.sentences, sk.start);
    if (!s || s === last) continue;
    last = s;
    const role = firstWithin(roles, s.start, s.end);
    if (role) return [firstWithin(seek, s.start, s.end)!, role].sort(byStart);
    const who = firstWithin(someone, s.start, s.end);
    const paid = firstWithin(work, s.start, s.end);
    if (who && paid) return [firstWithin(seek, s.start, s.end)!, who, paid].sort(byStart);
  }
  return [];
}

function salesPitch(analysis: Analysis): PhraseHit[] {
  const hasLink = analysis.urls.length > 0;
  const price = PRICE.test(analysis.folded.text);
  // A sentence that opens with a selling verb beside a link ("Get the set here: …", "Order yours now").
  const verbs = hasLink || price ? scan(FB.commerceVerbs, analysis) : [];
  if (verbs.length > 0) {
    const now = scan(FB.commerceNow, analysis);
    for (const v of verbs) {
      const s = sentenceAt(analysis.sentences, v.start);
      if (!s || s.start !== v.start) continue;
      if (firstWithin(analysis.urls, s.start, s.end) || firstWithin(now, s.start, s.end))
        return [{ start: s.start, end: s.end, text: s.text }];
    }
  }
  const sale = scan(FB.sale, analysis);
  const hype = hasLink ? scan(FB.hype, analysis) : [];
  if (sale.length === 0 && hype.length === 0) return [];
  // A private person's one-off sale, gig or business news: "I", "my", no "we/our", or how friends offer a thing.
  const singular = scan(FB.singular, analysis).length > 0;
  const plural = scan(FB.plural, analysis).length > 0;
  if ((singular && !plural) || scan(FB.privateSale, analysis).length > 0) return [];
  if (hype.length > 0) return merge(sale, hype);
  return hasLink || price || plural ? sale : [];
}

/* ---------- Hashtags ---------- */

// A tag glued to the word before it ("loves it#cat #kitty"): counted only inside a run of tags.
const GLUED_TAG = /(?<=[\p{L}\p{N}_])#\p{L}[\p{L}\p{N}\p{M}_]*/gu;
// Between two tags of one run: spaces, line breaks, commas, semicolons, middle dots, bars, slashes.
const RUN_GAP = /^[\s,;·|/]*$/u;
// What may stand between a tag and a word of the same sentence: spaces and the marks that may sit inside one.
const IN_SENTENCE = new Set([...' \t\u00a0"\'“”‘’„«»(),-']);

export interface TagReading {
  /** tags standing on their own, in order */
  standalone: Span[];
  /** every tag, glued ones in runs included */
  all: Span[];
  /** how many words of its own the draft has (outside tags, links and mentions) */
  words(): number;
}

/** Which hashtags stand on their own and which a sentence uses as words. */
export function readTags(analysis: Analysis): TagReading {
  const { text, folded } = analysis;
  if (!text.includes('#') && !text.includes('＃')) return { standalone: [], all: [], words: () => analysis.words.length };
  const tags: Span[] = [...analysis.hashtags];
  const real = new Set(tags.map((h) => h.start));
  GLUED_TAG.lastIndex = 0;
  for (let m = GLUED_TAG.exec(folded.text); m; m = GLUED_TAG.exec(folded.text)) {
    const start = folded.start(m.index);
    if (!inside(analysis.urls, start)) tags.push({ start, end: folded.end(m.index + m[0].length), text: m[0] });
  }
  tags.sort((a, b) => a.start - b.start);
  const words = analysis.words;
  // A word of the sentence right before `at` (looking back over spaces and inner marks), or right after it.
  const wordBefore = (at: number) => {
    let i = at;
    while (i > 0 && IN_SENTENCE.has(text[i - 1]!)) i--;
    return i > 0 && inside(words, i - 1) && !inside(tags, i - 1);
  };
  const wordAfter = (at: number) => {
    let i = at;
    while (i < text.length && IN_SENTENCE.has(text[i]!)) i++;
    return i < text.length && inside(words, i) && !inside(tags, i);
  };

  const standalone: Span[] = [];
  const all: Span[] = [];
  for (let i = 0; i < tags.length;) {
    let j = i + 1;
    while (j < tags.length && RUN_GAP.test(text.slice(tags[j - 1]!.end, tags[j]!.start))) j++;
    // A glued tag stands for a tag only in a run ("it#Cat #Kitty"), not alone ("C#x").
    const run = j - i === 1 && !real.has(tags[i]!.start) ? [] : tags.slice(i, j);
    all.push(...run);
    // Three or more in a row are never sentence words; one or two are when a word continues the
    // sentence after them ("#BStU, #ZZF und …"), and one is when a word stands on either side.
    const after = run.length > 0 && run.length <= 2 && wordAfter(run[run.length - 1]!.end);
    const inline = after || (run.length === 1 && wordBefore(run[0]!.start));
    if (!inline) standalone.push(...run);
    i = j;
  }
  return { standalone, all, words: () => words.filter((w) => !inside(tags, w.start)).length };
}

/* ---------- The check ---------- */

type Judge = (
  analysis: Analysis,
  listHits: readonly PhraseHit[],
  removed: readonly PhraseHit[],
  added: readonly PhraseHit[],
  kind: ComposerKind,
) => Judgement;
/** The judges a network's descriptor names (`fit.judge`); each judgement's kind picks its messages (`triggers-<kind>`). */
const JUDGE: Record<FitJudge, (network: NetworkId) => Judge> = {
  'private-life':
    (network) =>
    (...input) => ({ ...privateLife(...input), kind: network }),
  'sales-pitch': (network) => (analysis) => {
    const hiring = jobOffer(analysis);
    if (hiring.length > 0) return { hits: hiring, kind: 'hiring' };
    return { hits: salesPitch(analysis), kind: network };
  },
  none: (network) => () => ({ hits: [], kind: network }),
};

// On X, a post that is mostly tags is soup at any count: at least this many tags, and no fewer than its words.
const DENSE_TAGS = 4;

export const fit: CheckDefinition = {
  id: 'fit',
  appliesTo: ALL_KINDS,
  messages,
  run({ draft, net, rules, context, analysis, phrases, t }): Finding {
    const { locale } = context;
    const network = NETWORK_NAMES[draft.network];
    const purpose = quote(briefPurpose(net.purpose), locale);
    const reasons: string[] = [];
    const hints: string[] = [];
    const evidence: Evidence[] = [];
    let level: Finding['level'] = 'ok';

    // The person's list: hashtags count here, "#hiring" or "#vacation" says as much as the word.
    const described = NETWORK[draft.network].fit;
    const list = described.list;
    const listHits = proseHits(phrases, list, analysis, { hashtags: true });
    const judge = JUDGE[described.judge](draft.network);
    const judged = judge(analysis, listHits, editHits(rules, list, 'remove', analysis), editHits(rules, list, 'add', analysis), draft.kind);
    // privateLife() weighs the list's hits itself (LinkedIn); elsewhere each one is a misfit.
    const triggers = described.judge === 'private-life' ? judged.hits : merge(listHits, judged.hits);
    if (triggers.length > 0) {
      level = 'problem';
      const kind = judged.kind === 'hiring' && listHits.length === 0 ? 'hiring' : draft.network;
      reasons.push(
        t(`triggers-${kind}`, {
          network,
          purpose,
          found: cite(
            triggers.map((h) => h.text),
            locale,
          ),
        }),
      );
      hints.push(t(`hint-${kind}`, { network }));
      evidence.push(...triggers.map((h) => ({ start: h.start, end: h.end, label: list })));
    }

    const tags = readTags(analysis);
    const limit = net.hashtagLimit;
    // A limit of 0 means none at all, in a sentence or not.
    const counted = limit === 0 ? tags.all : tags.standalone;
    const dense = described.denseHashtags && counted.length >= DENSE_TAGS && counted.length <= limit && counted.length >= tags.words();
    if (counted.length > limit || dense) {
      if (level === 'ok') level = 'minor';
      const extra = dense ? counted : counted.slice(limit);
      const found = cite(
        extra.map((h) => h.text),
        locale,
      );
      if (limit === 0) reasons.push(t('hashtagsNone', { network, found }));
      else if (dense) reasons.push(t('hashtagsDense', { count: counted.length, words: tags.words(), network, found }));
      else reasons.push(t('hashtags', { count: counted.length, limit, network, found }));
      hints.push(limit === 0 ? t('hashtagsNoneHint') : dense ? t('hashtagsDenseHint') : t('hashtagsHint', { limit }));
      evidence.push(...extra.map((h) => ({ start: h.start, end: h.end, label: 'hashtag' })));
    }

    if (level === 'ok') {
      const excused = judged.excused;
      if (excused) {
        const found = cite(
          excused.found.map((h) => h.text),
          locale,
          2,
        );
        return {
          level,
          reason: t('okAngle', {
            network,
            purpose,
            found,
            angle: cite(
              excused.angle.map((h) => h.text),
              locale,
              2,
            ),
          }),
          hint: '',
          evidence,
        };
      }
      return { level, reason: t('ok', { network, purpose }), hint: '', evidence };
    }
    return { level, reason: reasons.join(' '), hint: hints.join(' '), evidence: evidence.sort((a, b) => a.start - b.start) };
  },
};
