// Generators for the property tests (and the engine benchmark's arbitrary-text rows): drafts made of
// anything a person could paste, valid rules the options page could save, and review contexts.
import { regexProblem } from '../../../lib/review/pattern';
import fc from 'fast-check';
import { fingerprint } from '../../../lib/review/fingerprint';
import type { RecentDraft, ReviewContext } from '../../../lib/review/types';
import { defaultRules } from '../../../lib/settings/defaults';
import { CHECK_IDS, LANGS, NETWORKS, PHRASE_LISTS, RulesSchema } from '../../../lib/settings/schema';
import type { CustomRule, PauseEntry, Rules, Severity } from '../../../lib/settings/schema';

/** Text the generators below rarely produce by chance but drafts are full of. */
export const SPECIALS = [
  '👩‍👩‍👧‍👦',
  '🏳️‍🌈',
  '👍🏽',
  '🇸🇪',
  'é',
  'e\u0301',
  'a\u0308\u0301\u0323',
  'ü',
  'å',
  'ß',
  'İ',
  'ﬁ',
  '\u0958',
  'Ω',
  'Å',
  'مرحبا',
  'שלום',
  '\u200f',
  '\u202e',
  '\u2066',
  '\u200b',
  '\u200d',
  '\ufeff',
  '日本語',
  '한국어',
  '𝕏',
  '𠀋',
  '\n',
  '\r\n',
  '\r',
  '\u2028',
  '\t',
  '\u0000',
  '\u0085',
  '\u00a0',
  '#tag',
  '@name',
  'https://t.co/x',
  'www.example.com/a?b=c',
  'via @a',
  '…',
  '?',
  '!',
  '👇',
  'What do you think?',
  'DM me',
  'check out my',
  'link in bio',
  'we are hiring',
  '+46 70 123 45 67',
  'a@b.se',
  'DE89 3704 0044 0532 0130 00',
  '4111 1111 1111 1111',
  '(LinkedIn)',
  '#fb',
];

export const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

/** One stretch of a draft: any code points (astral too), whole graphemes, specials, lone surrogates, words. */
export const piece = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(...SPECIALS),
  loneSurrogate,
  fc.lorem({ maxCount: 12 }),
);

/** A draft of up to a few hundred characters. */
export const smallText = fc
  .tuple(fc.array(piece, { maxLength: 30 }), fc.constantFrom(' ', '', '\n', '\n\n'))
  .map(([parts, separator]) => parts.join(separator));

/**
 * A long paste of exactly `n` UTF-16 units (`n` drawn from min..max): generated pieces repeated
 * and concatenated, as a long paste repeats its material. Cut at `n`, it may end in half a pair.
 */
export const largeText = (min: number, max: number) =>
  fc
    .tuple(fc.array(piece, { minLength: 1, maxLength: 16 }), fc.array(fc.nat(), { minLength: 1, maxLength: 16 }), fc.integer({ min, max }))
    .map(([parts, order, n]) => {
      const unit = parts.join(' ') || 'x';
      let text = '';
      // The pieces in a changing order, so a paste is not one period repeated.
      for (let i = 0; text.length < n; i++) text += `${unit.length > 1 ? rotate(unit, order[i % order.length]! % unit.length) : unit}\n`;
      return text.slice(0, n);
    });

const rotate = (s: string, k: number) => s.slice(k) + s.slice(0, k);

/** A phrase the schema accepts: one line, 1–80 characters after trimming. */
export const phrase = fc
  .oneof(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }),
    fc.constantFrom(...SPECIALS),
    fc.lorem({ maxCount: 3 }),
  )
  .map(
    (s) =>
      `${s
        .replace(/[\n\r]/g, ' ')
        .trim()
        .slice(0, 78)}${s.length % 3 === 0 ? '*' : ''}`,
  )
  .filter((s) => s.trim().length > 0 && !s.trim().startsWith('*'));

/** Regular expressions a person might write, including ones that match empty text or everywhere. */
// RE2 syntax (what the schema accepts), with patterns that backtrack catastrophically elsewhere.
const REGEXES = [
  'synergy',
  '\\d+\\s?(€|kr|\\$)',
  '^\\s*$',
  '(a|b)*c',
  'x?',
  '^',
  '$',
  '\\b',
  '(?:)',
  '.',
  '\\p{L}+',
  '[\\x{1F600}-\\x{1F64F}]',
  '(?:a|b)b',
  '\\s+$',
  '(?<w>\\w)\\w',
  '[\\s\\S]',
  '(\\w+\\s?)+$',
  '(a|aa)+$',
  '(.*a){20}',
];
// Only the syntax characters, which RE2 reads as literals escaped, as JavaScript does.
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const customRule = (i: number) =>
  fc
    .record({
      enabled: fc.boolean(),
      mode: fc.constantFrom<'avoid' | 'require'>('avoid', 'require'),
      regex: fc.boolean(),
      regexSource: fc.oneof(fc.constantFrom(...REGEXES), phrase.map(escapeRegex)),
      phrase,
      networks: fc.subarray([...NETWORKS]),
      severity: fc.constantFrom<'warn' | 'fail'>('warn', 'fail'),
    })
    .map(({ enabled, mode, regex, regexSource, phrase: p, networks, severity }): CustomRule => ({
      id: `c${i}`,
      // A pattern the schema refuses (one that can match empty text) may only be kept switched off.
      enabled: enabled && !(regex && regexProblem(regexSource.slice(0, 200))),
      mode,
      regex,
      pattern: (regex ? regexSource : p).slice(0, 200),
      networks,
      message: 'Mine.',
      severity,
    }));

const isoDay = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const pauseEntry = (i: number) =>
  fc
    .record({ a: fc.option(isoDay), b: fc.option(isoDay), topics: fc.array(phrase, { maxLength: 4 }) })
    .map(({ a, b, topics }): PauseEntry => {
      const [from, to] = a && b && a > b ? [b, a] : [a, b];
      return { id: `p${i}`, label: 'Quiet week', from, to, topics: from || to || topics.length ? topics : ['storm'] };
    });

const severity = fc.constantFrom<Severity>('off', 'warn', 'fail');

const networkVariation = fc.record({
  enabled: fc.boolean(),
  severities: fc.array(severity, { minLength: CHECK_IDS.length, maxLength: CHECK_IDS.length }),
  post: fc.integer({ min: 1, max: 100_000 }),
  comment: fc.integer({ min: 1, max: 100_000 }),
  fold: fc.integer({ min: 0, max: 5_000 }),
  foldLines: fc.integer({ min: 0, max: 50 }),
  hashtagLimit: fc.integer({ min: 0, max: 30 }),
  ctaAtEnd: fc.boolean(),
  audienceHours: fc.boolean(),
});

/** Valid rules as the options page could save them: every knob of the review turned, parsed by the schema. */
export const rulesArb: fc.Arbitrary<Rules> = fc
  .record({
    networks: fc.tuple(networkVariation, networkVariation, networkVariation),
    phrases: fc.array(fc.tuple(fc.constantFrom(...LANGS), fc.constantFrom(...PHRASE_LISTS), fc.boolean(), phrase), { maxLength: 8 }),
    custom: fc.integer({ min: 0, max: 4 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => customRule(i)))),
    pause: fc.integer({ min: 0, max: 3 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => pauseEntry(i)))),
    thresholds: fc.record({
      valueMinWords: fc.integer({ min: 0, max: 100 }),
      shareCommentMinWords: fc.integer({ min: 0, max: 50 }),
      crosspostSimilarity: fc.double({ min: 0.5, max: 1, noNaN: true }),
      crosspostDays: fc.integer({ min: 1, max: 90 }),
    }),
    noTemplates: fc.boolean(),
  })
  .map(({ networks, phrases, custom, pause, thresholds, noTemplates }) => {
    const r = defaultRules();
    NETWORKS.forEach((n, k) => {
      const v = networks[k]!;
      const net = r.networks[n];
      net.enabled = v.enabled;
      CHECK_IDS.forEach((id, i) => (net.severity[id] = v.severities[i]!));
      net.limits = { post: v.post, comment: v.comment, fold: v.fold, foldLines: v.foldLines };
      net.hashtagLimit = v.hashtagLimit;
      net.ctaAtEnd = v.ctaAtEnd;
      if (!v.audienceHours) net.audienceHours = [];
    });
    for (const [lang, list, add, p] of phrases) {
      const edits = r.phrases[lang][list];
      if (add) edits.add.push(p);
      else edits.remove.push(p);
    }
    r.custom = custom;
    r.pause = pause;
    r.thresholds = thresholds;
    if (noTemplates) r.ctaTemplates = { en: [], de: [], sv: [] };
    // What storage would hold: the schema's own output (it trims), or the generator is wrong.
    return RulesSchema.parse(r);
  });

/** Every check id a review can report under `rulesArb`. */
export const ALL_IDS = [...CHECK_IDS, 'pause', ...Array.from({ length: 4 }, (_, i) => `custom:c${i}`)];

const recentDraft: fc.Arbitrary<RecentDraft> = fc
  .record({ network: fc.constantFrom(...NETWORKS), ago: fc.integer({ min: 0, max: 100 * 86_400_000 }), text: smallText })
  .map(({ network, ago, text }) => ({ network, at: Date.UTC(2026, 10, 24) - ago, signature: fingerprint(text) }));

/** Any moment (date, weekday and minute agree), any locale, recent drafts elsewhere, some checks dismissed. */
export const contextArb: fc.Arbitrary<ReviewContext> = fc
  .record({
    at: fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T23:59:00Z'), noInvalidDate: true }),
    locale: fc.constantFrom(...LANGS),
    recent: fc.array(recentDraft, { maxLength: 4 }),
    dismissed: fc.subarray(ALL_IDS),
  })
  .map(({ at, locale, recent, dismissed }) => ({
    now: at.getTime(),
    local: { date: at.toISOString().slice(0, 10), weekday: at.getUTCDay(), minutes: at.getUTCHours() * 60 + at.getUTCMinutes() },
    locale,
    recent,
    dismissed,
  }));
