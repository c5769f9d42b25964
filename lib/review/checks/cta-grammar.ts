/**
 * Calls to action recognised by their shape rather than by a list of phrases: a clause that opens
 * with an imperative addressed to the reader ("Check out this video", "Bitte sprecht und twittert
 * weiter", "Gå in och titta"), a German infinitive call ("Jetzt anmelden!", "Anschauen lohnt
 * sich!"), or a question put to the audience ("Who would win?", "Vad tycker ni?"). And the other
 * way round: a phrase of the `cta` list that the sentence negates or tells about ("You cannot
 * download this one", "I read my notes") is no call.
 *
 * The knowledge is data (data/cta-grammar.json: verb lexicons per language, the words that show a
 * verb form is meant as an imperative, subjects, negations, question words); this file only reads
 * clauses. Everything is read from the analysis (words folded, offsets in the draft) and scanned
 * once, token by token: no regular expression runs over more than the gap between two words.
 */
import data from '../data/cta-grammar.json';
import reader from '../data/reader.json';
import type { Analysis, Span } from '../analyze';
import { plain } from '../fold';
import type { Lang } from '../types';

type Kind = 'any' | 'cued' | 'motion' | 'strict';
interface Entry {
  words: string[];
  kind: Kind;
}

interface Grammar {
  lang: Lang;
  /** by first word, longest first */
  entries: Map<string, Entry[]>;
  cues: Set<string>;
  motionCues: Set<string>;
  strictCues: Set<string>;
  exclamationIsCue: boolean;
  bareExclaimed: boolean;
  idioms: Map<string, string[][]>;
  leads: Set<string>;
  handOvers: Map<string, string[][]>;
  politeLeads: Set<string>;
  please: Set<string>;
  notAfterPlease: Set<string>;
  dontWords: Map<string, string[][]>;
  dontVerbs: Map<string, string[][]>;
  infinitives: Set<string>;
  sieVerbs: Set<string>;
  infinitiveLeads: Set<string>;
  infinitiveTails: Map<string, string[][]>;
  infinitiveNotAfter: Set<string>;
  softStarts: Set<string>;
  conjunctions: Set<string>;
  subjects: Set<string>;
  auxiliaries: Set<string>;
  negations: Set<string>;
  pastTime: Map<string, string[][]>;
  questionWords: Set<string>;
  firstPerson: Set<string>;
  answers: Map<string, string[][]>;
  /** words that are English too: this language's reading of them only applies when the draft is in it */
  alsoEnglish: Set<string>;
}

interface LangData {
  imperatives: string[];
  cued: string[];
  motion: string[];
  cues: string[];
  motionCues: string[];
  strict: string[];
  strictCues: string[];
  exclamationIsCue?: boolean;
  bareExclaimed?: boolean;
  idioms: string[];
  leads: string[];
  handOvers?: string[];
  politeLeads?: string[];
  please?: string[];
  notAfterPlease?: string[];
  dont: { words: string[]; verbs: string[] };
  infinitives?: string[];
  sieVerbs?: string[];
  infinitiveLeads?: string[];
  infinitiveTails?: string[];
  infinitiveNotAfter?: string[];
  softStarts: string[];
  conjunctions: string[];
  subjects: string[];
  auxiliaries: string[];
  negations: string[];
  pastTime: string[];
  questionWords: string[];
  firstPerson: string[];
  answers: string[];
  alsoEnglish?: string[];
}

const norm = (word: string) => {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/gu, "'") : lower;
};
const split = (phrase: string) => phrase.trim().split(/\s+/u).map(norm);

/** Word sequences by their first word, longest first, so the longest one that fits is found first. */
function sequences(phrases: readonly string[]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const p of phrases) {
    const words = split(p);
    const list = out.get(words[0]!) ?? [];
    list.push(words);
    out.set(words[0]!, list);
  }
  for (const list of out.values()) list.sort((a, b) => b.length - a.length);
  return out;
}

function compile(lang: Lang, d: LangData): Grammar {
  const entries = new Map<string, Entry[]>();
  const add = (phrases: readonly string[], kind: Kind) => {
    for (const p of phrases) {
      const words = split(p);
      const list = entries.get(words[0]!) ?? [];
      if (!list.some((e) => e.words.join(' ') === words.join(' '))) list.push({ words, kind });
      entries.set(words[0]!, list);
    }
  };
  add(d.imperatives, 'any');
  add(d.cued, 'cued');
  add(d.motion, 'motion');
  add(d.strict, 'strict');
  for (const list of entries.values()) list.sort((a, b) => b.words.length - a.words.length);
  const set = (words: readonly string[] = []) => new Set(words.map(norm));
  return {
    lang,
    entries,
    cues: set(d.cues),
    motionCues: set(d.motionCues),
    strictCues: set(d.strictCues),
    exclamationIsCue: d.exclamationIsCue === true,
    bareExclaimed: d.bareExclaimed === true,
    idioms: sequences(d.idioms),
    leads: set(d.leads),
    handOvers: sequences(d.handOvers ?? []),
    politeLeads: set(d.politeLeads),
    please: set(d.please),
    notAfterPlease: set(d.notAfterPlease),
    dontWords: sequences(d.dont.words),
    dontVerbs: sequences(d.dont.verbs),
    infinitives: set(d.infinitives),
    sieVerbs: set([...(d.sieVerbs ?? []), ...(d.infinitives ?? [])]),
    infinitiveLeads: set(d.infinitiveLeads),
    infinitiveTails: sequences(d.infinitiveTails ?? []),
    infinitiveNotAfter: set(d.infinitiveNotAfter),
    softStarts: set(d.softStarts),
    conjunctions: set(d.conjunctions),
    subjects: set(d.subjects),
    auxiliaries: set(d.auxiliaries),
    negations: set(d.negations),
    pastTime: sequences(d.pastTime),
    questionWords: set(d.questionWords),
    firstPerson: set(d.firstPerson),
    answers: sequences(d.answers),
    alsoEnglish: set(d.alsoEnglish),
  };
}

const GRAMMARS: Record<Lang, Grammar> = {
  en: compile('en', data.en),
  de: compile('de', data.de),
  sv: compile('sv', data.sv),
};
const ALL: readonly Grammar[] = [GRAMMARS.en, GRAMMARS.de, GRAMMARS.sv];

const union = (pick: (g: Grammar) => Iterable<string>) => new Set(ALL.flatMap((g) => [...pick(g)]));
const SUBJECTS = union((g) => g.subjects);
const AUXILIARIES = union((g) => g.auxiliaries);
const NEGATIONS = union((g) => g.negations);
const CONJUNCTIONS = union((g) => g.conjunctions);
const SOFT_STARTS = union((g) => g.softStarts);
const CUES = union((g) => g.cues);
const HAND_OVERS = new Map<string, string[][]>();
for (const g of ALL)
  for (const [first, seqs] of g.handOvers)
    HAND_OVERS.set(
      first,
      [...(HAND_OVERS.get(first) ?? []), ...seqs].sort((a, b) => b.length - a.length),
    );

/** Words that start a verb of some lexicon: a phrase hit starting with one can be told about ("I read"). */
const VERB_STARTS = new Set(ALL.flatMap((g) => [...g.entries.keys(), ...g.infinitives]));

// Reader words; one with a capital (German "Sie", "Ihre") only as written, so "sie" (she) is not one.
const READER_ANY_CASE = new Set(
  Object.values(reader)
    .flat()
    .filter((w) => w === w.toLowerCase())
    .map(norm),
);
const READER_EXACT = new Set(
  Object.values(reader)
    .flat()
    .filter((w) => w !== w.toLowerCase()),
);

interface Token {
  start: number;
  end: number;
  /** lower case, ’ as ' */
  word: string;
  /** the folded word as written */
  raw: string;
  /** a #hashtag or @mention */
  tag: boolean;
  /** a comma, & or + stands before it inside its clause */
  soft: boolean;
}

export interface Clause {
  tokens: Token[];
  /** where the clause's text ends, past its closing . ! ? marks */
  end: number;
  question: boolean;
  exclaimed: boolean;
  /** index of the line it starts on */
  line: number;
  /** a link follows on the same line ("Why do startups fail? https://…": a headline) */
  beforeLink: boolean;
  /** it tells of the past ("yesterday"), per language; worked out on first use */
  past?: Map<Lang, boolean>;
}

function tellsPast(g: Grammar, c: Clause): boolean {
  c.past ??= new Map();
  let past = c.past.get(g.lang);
  if (past === undefined) c.past.set(g.lang, (past = anySeq(g.pastTime, c.tokens)));
  return past;
}

// A clause ends at . ! ? … : ; | a line break, a bullet or arrow, an emoji, a dash between spaces, or a link.
const HARD_MARKS = new Set('.!?…:;|\n•·▪▸►‣◦➤➔→。！？：；');
const DASHES = new Set('-–—');
const EMOJI = /\p{Extended_Pictographic}/u;
const MARKS = '.!?…！？';

// ASCII by table: 2 ends a clause, 1 a comma, & or +, 3 a hyphen (a dash between spaces ends one).
const ASCII = new Uint8Array(128);
for (const ch of '.!?:;|\n') ASCII[ch.charCodeAt(0)] = 2;
for (const ch of ',&+') ASCII[ch.charCodeAt(0)] = 1;
ASCII[0x2d] = 3;
const isSpaceAt = (text: string, i: number) => /\s/u.test(text[i]!);

/** What separates two words: 2 a clause boundary, 1 a comma, & or +, 0 nothing. Read by character, no copy. */
function gapKind(text: string, from: number, to: number): number {
  let kind = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    let k: number;
    if (code < 0x80) k = ASCII[code]!;
    else {
      const ch = text[i]!;
      k = HARD_MARKS.has(ch) ? 2 : DASHES.has(ch) ? 3 : 0;
      if (k === 0 && code >= 0x2000 && EMOJI.test(text.slice(i, code >= 0xd800 && code <= 0xdbff ? i + 2 : i + 1))) k = 2;
    }
    if (k === 3) k = (i === from || isSpaceAt(text, i - 1)) && (i + 1 >= to || isSpaceAt(text, i + 1)) ? 2 : 0;
    if (k === 2) return 2;
    if (k === 1) kind = 1;
  }
  return kind;
}

function lineOf(lines: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const clauseCache = new WeakMap<Analysis, Clause[]>();

/** The draft as clauses of words and tags, in order; links and the marks above separate them. Kept per analysis. */
export function clauses(analysis: Analysis): Clause[] {
  let kept = clauseCache.get(analysis);
  if (!kept) clauseCache.set(analysis, (kept = readClauses(analysis)));
  return kept;
}

function readClauses(analysis: Analysis): Clause[] {
  const text = analysis.text;
  // words, tags and links are each sorted and do not overlap one another: merged, not sorted
  const lists: [readonly Span[], 0 | 1 | 2][] = [
    [analysis.words, 0],
    [analysis.mentions, 1],
    [analysis.hashtags, 1],
    [analysis.urls, 2],
  ];
  const at = [0, 0, 0, 0];
  const nextItem = (): [Span, 0 | 1 | 2] | null => {
    let best = -1;
    for (let l = 0; l < 4; l++) {
      const span = lists[l]![0][at[l]!];
      if (span && (best < 0 || span.start < lists[best]![0][at[best]!]!.start)) best = l;
    }
    if (best < 0) return null;
    return [lists[best]![0][at[best]!++]!, lists[best]![1]];
  };

  const out: Clause[] = [];
  let tokens: Token[] = [];
  const close = (gapStart: number, gapEnd: number, link = false) => {
    if (tokens.length === 0) return;
    const last = tokens[tokens.length - 1]!;
    // The closing marks: up to the next line break, past closing quotes, brackets and emoji.
    let end = last.end;
    let question = false;
    let exclaimed = false;
    for (let i = gapStart; i < gapEnd && i < gapStart + 64; i++) {
      const c = text[i]!;
      if (c === '\n') break;
      if (MARKS.includes(c)) {
        end = i + 1;
        if (c === '?' || c === '？') question = true;
        if (c === '!' || c === '！') exclaimed = true;
      }
    }
    const beforeLink = link && !text.slice(gapStart, gapEnd).includes('\n');
    out.push({ tokens, end, question, exclaimed, line: lineOf(analysis.lines, tokens[0]!.start), beforeLink });
    tokens = [];
  };
  let prevEnd = 0;
  for (let item = nextItem(); item; item = nextItem()) {
    const [span, kind] = item;
    if (span.start < prevEnd) continue; // a mention inside a link, say
    if (kind === 2) {
      close(prevEnd, span.start, true);
      prevEnd = span.end;
      continue;
    }
    const gap = tokens.length > 0 ? gapKind(text, prevEnd, span.start) : 0;
    if (gap === 2) close(prevEnd, span.start);
    tokens.push({ start: span.start, end: span.end, word: norm(span.text), raw: span.text, tag: kind === 1, soft: gap === 1 });
    prevEnd = span.end;
  }
  close(prevEnd, text.length);
  return out;
}

/** Length of the longest sequence of `seqs` that starts at word i, or 0. */
function seqAt(seqs: Map<string, string[][]>, tokens: readonly Token[], i: number): number {
  const first = tokens[i];
  if (!first || first.tag) return 0;
  for (const seq of seqs.get(first.word) ?? []) {
    let k = 1;
    while (k < seq.length && tokens[i + k] && !tokens[i + k]!.tag && tokens[i + k]!.word === seq[k]) k++;
    if (k === seq.length) return k;
  }
  return 0;
}

function anySeq(seqs: Map<string, string[][]>, tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) if (seqAt(seqs, tokens, i) > 0) return true;
  return false;
}

const isNumber = (t: Token) => /^\p{N}/u.test(t.word);
const startsVerb = (t: Token | undefined) => !!t && !t.tag && ALL.some((g) => g.entries.has(t.word));

function entryAt(g: Grammar, tokens: readonly Token[], i: number): Entry | null {
  const first = tokens[i];
  if (!first || first.tag) return null;
  for (const e of g.entries.get(first.word) ?? []) {
    let k = 1;
    while (k < e.words.length && tokens[i + k] && !tokens[i + k]!.tag && tokens[i + k]!.word === e.words[k]) k++;
    if (k === e.words.length) return e;
  }
  return null;
}

/** Does the clause, from token k on, open with an imperative of this language? */
function imperativeAt(g: Grammar, c: Clause, k: number, inLanguage: boolean): boolean {
  const t = c.tokens;
  let i = k;
  // leads: "please", "jetzt", "snälla", a time ("Tomorrow 10am join us")
  for (let n = 0; n < 3 && i < t.length - 1 && !t[i]!.tag && (g.leads.has(t[i]!.word) || isNumber(t[i]!)); n++) {
    // German "bitte" + verb: a request whatever the verb ("Bitte sprecht und twittert weiter")
    if (g.please.has(t[i]!.word) && !t[i + 1]!.tag && !g.notAfterPlease.has(t[i + 1]!.word)) return true;
    const dont = seqAt(g.dontWords, t, i);
    if (dont > 0) return seqAt(g.dontVerbs, t, i + dont) > 0;
    i++;
  }
  const dont = seqAt(g.dontWords, t, i);
  if (dont > 0) return seqAt(g.dontVerbs, t, i + dont) > 0;
  if (seqAt(g.idioms, t, i) > 0) return false;
  const first = t[i];
  if (!first || first.tag) return false;
  if (!inLanguage && g.alsoEnglish.has(first.word)) return false;
  // "Schauen Sie", "Melden Sie sich": the polite imperative
  if (g.sieVerbs.has(first.word) && t[i + 1]?.raw === 'Sie') return true;
  const entry = entryAt(g, t, i);
  if (!entry) return false;
  const next = t[i + entry.words.length];
  if (entry.kind === 'any') return true;
  if (tellsPast(g, c)) return false; // "Read a great book yesterday": a diary, not a call
  // alone: after "please" ("Please vote."), or exclaimed where the language reads it so ("Share!", not "Stimmt!")
  if (!next) return (i > k && g.politeLeads.has(t[i - 1]!.word)) || (c.exclaimed && g.bareExclaimed);
  if (next.tag || isNumber(next)) return entry.kind !== 'strict';
  if (entry.kind === 'strict') return g.strictCues.has(next.word);
  if (entry.kind === 'motion')
    return g.motionCues.has(next.word) || g.cues.has(next.word) || (g.motionCues.has('@verb') && startsVerb(next));
  return g.cues.has(next.word) || (g.exclamationIsCue && c.exclaimed);
}

/** German infinitive calls: "Jetzt anmelden!", "Darum am Sonntag X wählen", "Anschauen lohnt sich!". Where it starts, or -1. */
function infinitiveCall(g: Grammar, c: Clause): number {
  if (g.infinitives.size === 0) return -1;
  const t = c.tokens;
  if (!t.some((x) => g.infinitives.has(x.word))) return -1; // most clauses: one look-up per word
  let from = 0;
  while (from < t.length && t[from]!.tag) from++;
  // One pass: the words before the current one (not tags), whether one of them makes the clause a
  // statement (a subject, an auxiliary, a negation, a reader word), and the leads among them.
  const words: number[] = [];
  const leads: number[] = []; // positions in `words`
  let lead = 0; // first of `leads` still within five words
  let statement = false;
  for (let j = from; j < t.length; j++) {
    const w = t[j]!;
    if (w.tag) continue;
    if (g.infinitives.has(w.word)) {
      if (j === from && seqAt(g.infinitiveTails, t, j + 1) > 0) return j;
      const next = t[j + 1];
      // the infinitive closes the call ("… anmelden!", "… ausprobieren #tag"); not "beim Lesen"
      const last = words.length > 0 ? t[words[words.length - 1]!]! : null;
      if ((!next || next.tag) && !statement && !(last && g.infinitiveNotAfter.has(last.word))) {
        while (lead < leads.length && words.length - leads[lead]! > 5) lead++;
        if (lead < leads.length) return words[leads[lead]!]!;
        if (words.length <= 2 && (c.exclaimed || words.length === 0)) return words.length > 0 ? words[0]! : j;
      }
    }
    if (g.subjects.has(w.word) || g.auxiliaries.has(w.word) || g.negations.has(w.word) || READER_ANY_CASE.has(w.word)) statement = true;
    if (g.infinitiveLeads.has(w.word)) leads.push(words.length);
    words.push(j);
  }
  return -1;
}

/** The clause's imperative, German infinitive call or reader request: the index of its first token, or -1. */
function callIn(c: Clause, grammars: readonly Grammar[], language: Lang | null): number {
  if (c.question) return -1;
  const t = c.tokens;
  let first = 0;
  while (first < t.length && t[first]!.tag) first++;
  for (const g of grammars) {
    const inLanguage = language === g.lang || g.lang === 'en';
    if (imperativeAt(g, c, first, inLanguage)) return first;
    // German infinitives are no English words: a German call in a draft read as English still counts
    const inf = infinitiveCall(g, c);
    if (inf >= 0) return inf;
  }
  // Handing over to the readers: "Over to you", "Jetzt ist es an euch".
  if (anySeq(HAND_OVERS, t)) return first;
  // After a comma or and/so/und/och, unless a subject came first ("we ate and read a book").
  for (let k = first + 1; k < t.length; k++) {
    const prev = t[k - 1]!;
    if (SUBJECTS.has(prev.word) || AUXILIARIES.has(prev.word) || READER_ANY_CASE.has(prev.word)) break;
    if (!t[k]!.soft && !SOFT_STARTS.has(prev.word)) continue;
    for (const g of grammars) if (imperativeAt(g, c, k, language === g.lang || g.lang === 'en')) return k;
  }
  return -1;
}

function hasReaderWord(c: Clause): boolean {
  return c.tokens.some((x, i) => READER_ANY_CASE.has(x.word) || (i > 0 && READER_EXACT.has(x.raw)));
}

/** A statement on the same line right after the question: the author answers it ("Titans? Let me explain."). */
function answeredAt(list: readonly Clause[], n: number, grammars: readonly Grammar[], language: Lang | null, strictly: boolean): boolean {
  const next = list[n + 1];
  const q = list[n]!;
  if (!next || next.line !== q.line || next.question) return false;
  const words = next.tokens.filter((x) => !x.tag);
  if (words.length === 0) return false;
  if (strictly) return grammars.some((g) => seqAt(g.answers, next.tokens, next.tokens.indexOf(words[0]!)) > 0);
  return callIn(next, grammars, language) < 0;
}

export interface ShapeCall {
  start: number;
  end: number;
  label: 'cta' | 'question';
  /** the sentence, folded, for the reason */
  text: string;
}

/**
 * Calls to action found by their shape, in draft order: imperative clauses (label cta) and
 * questions put to the readers (label question). `language`: the draft's language, if known;
 * German and Swedish words that are English words too ("lies", "se") are only read as German or
 * Swedish in drafts in that language.
 */
export function shapeCalls(analysis: Analysis, language: Lang | null): ShapeCall[] {
  // Every lexicon, the draft's language first (drafts mix languages; "Check out" in a German post).
  const grammars = language ? [GRAMMARS[language], ...ALL.filter((g) => g.lang !== language)] : ALL;
  const list = clauses(analysis);
  const out: ShapeCall[] = [];
  // wordsAfter[n]: some clause after n has words
  const wordsAfter: boolean[] = new Array<boolean>(list.length).fill(false);
  for (let n = list.length - 2; n >= 0; n--) wordsAfter[n] = wordsAfter[n + 1]! || list[n + 1]!.tokens.some((x) => !x.tag);
  const cite = (start: number, end: number, label: ShapeCall['label']) =>
    out.push({ start, end, label, text: plain(analysis.text.slice(start, end)) });
  list.forEach((c, n) => {
    const words = c.tokens.filter((x) => !x.tag);
    if (words.length === 0) return;
    if (!c.question) {
      const k = callIn(c, grammars, language);
      if (k >= 0) cite(c.tokens[k]!.start, c.end, 'cta');
      return;
    }
    const start = words[0]!.start;
    if (hasReaderWord(c)) {
      if (!answeredAt(list, n, grammars, language, true)) cite(start, c.end, 'question');
      return;
    }
    // An open question to no one in particular ("Who would win?", "Wie viele von…?"), unless the
    // author answers it on the same line, it heads a link, or the author asks themself and goes on
    // ("What did I learn? …").
    let w = 0;
    while (w < words.length - 1 && grammars.some((g) => g.conjunctions.has(words[w]!.word) || g.leads.has(words[w]!.word))) w++;
    const opener = words[w]!.word;
    const asks = grammars.some((g) => g.questionWords.has(opener) && (language === g.lang || !g.alsoEnglish.has(opener)));
    if (!asks || c.beforeLink) return; // a headline before its link
    if (answeredAt(list, n, grammars, language, false)) return;
    const selfAsked = grammars.some((g) => words.some((x) => g.firstPerson.has(x.word)));
    if (selfAsked && wordsAfter[n]) return;
    cite(start, c.end, 'question');
  });
  return out;
}

/**
 * Is the phrase hit at [start, end) an idiom, negated or told about rather than asked for? "You cannot
 * download this one" (a negation just before it), "I read my notes", "we will join the call" (a
 * subject, or an auxiliary not addressed to "you", before a verb).
 */
export function descriptive(start: number, end: number, clauseList: readonly Clause[]): boolean {
  // the clause holding the hit, and the token where it starts
  let lo = 0;
  let hi = clauseList.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (clauseList[mid]!.tokens[0]!.start <= start) lo = mid;
    else hi = mid - 1;
  }
  const c = clauseList[lo];
  if (!c) return false;
  let at = 0;
  let top = c.tokens.length;
  while (at < top) {
    const mid = (at + top) >> 1;
    if (c.tokens[mid]!.start < start) at = mid + 1;
    else top = mid;
  }
  if (at >= c.tokens.length) return false;
  const hit = c.tokens[at]!;
  if (ALL.some((g) => seqAt(g.idioms, c.tokens, at) > 0)) return true; // "Tell me about it"
  // the words before it, back to a comma or a conjunction (at most eight)
  const before: Token[] = [];
  for (let i = at - 1; i >= 0 && at - i <= 8 && !c.tokens[i + 1]!.soft; i--) {
    const x = c.tokens[i]!;
    if (CONJUNCTIONS.has(x.word)) break;
    before.unshift(x);
  }
  const near = before.slice(-3);
  for (let i = 0; i < near.length; i++) {
    const x = near[i]!;
    if (!NEGATIONS.has(x.word)) continue;
    // "Don't forget to …", "never miss …": a negated ask is still an ask
    const rest = [...near.slice(i + 1), ...c.tokens.slice(at)];
    if (ALL.some((g) => seqAt(g.dontVerbs, rest, 0) > 0)) continue;
    return true;
  }
  // A one-word phrase that is also a noun, read as one: "Vote count", "Share prices" (not "Vote!", "please vote for")
  const after = c.tokens[at + 1];
  if (
    after &&
    !after.tag &&
    !isNumber(after) &&
    hit.end === end &&
    ALL.some((g) => g.entries.get(hit.word)?.some((e) => e.kind === 'cued' && e.words.length === 1)) &&
    !CUES.has(after.word)
  )
    return true;
  if (!VERB_STARTS.has(hit.word)) return false;
  if (before.some((x) => SUBJECTS.has(x.word))) return true;
  const prev = before[before.length - 1];
  const prev2 = before[before.length - 2];
  return (
    !!prev &&
    AUXILIARIES.has(prev.word) &&
    !(prev2 && READER_ANY_CASE.has(prev2.word)) &&
    prev.word !== 'to' &&
    prev.word !== 'zu' &&
    prev.word !== 'att'
  );
}
