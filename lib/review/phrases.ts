/**
 * Phrase lists: the built-in ones (data/phrases/<lang>.json) with the person's edits
 * applied, compiled into one case-insensitive matcher per list that matches whole words in
 * all three languages at once (drafts mix languages), kept by the content of the list.
 *
 * Phrase syntax: plain text, matched case-insensitively on word boundaries; whitespace
 * matches any run of whitespace; ' matches ’ too; a trailing * matches any word ending
 * ("anmeld*" matches "anmelden", "Anmeldung"). A phrase never ends right before a letter or
 * digit; one that starts with a symbol ("👇", "+1", "#hiring") may follow anything.
 */
import en from './data/phrases/en.json';
import de from './data/phrases/de.json';
import sv from './data/phrases/sv.json';
import { LANGS, PHRASE_LISTS } from '../ids';
import type { Lang, PhraseListId } from '../ids';
import type { Rules } from '../settings/schema';
import { effectivePhrases } from '../settings/phrases';
import { fold } from './fold';

export type PhraseLists = Record<PhraseListId, string[]>;
export const DEFAULT_PHRASES: Record<Lang, PhraseLists> = { en, de, sv };

export interface PhraseHit {
  start: number;
  end: number;
  /** the text matched (in the phrase book: with styled letters folded, fold.ts) */
  text: string;
}

export interface PhraseBook {
  /**
   * every match of the list in `text`, in order, non-overlapping; matched with styled letters
   * folded (fold.ts), offsets in `text` as given
   */
  find(list: PhraseListId, text: string): PhraseHit[];
  /** the effective phrases of a list for one language (defaults − removed + added) */
  phrases(list: PhraseListId, lang: Lang): string[];
}

const WORD = '[\\p{L}\\p{N}\\p{M}_]';
const WORD_CHAR = /^[\p{L}\p{N}_]$/u;
const SPECIAL = /[.*+?^${}()|[\]\\]/;

/*
 * How a list becomes one regex, and why it is shaped so:
 * - A trie, not one alternative per phrase: at each position the engine follows one branch per
 *   character instead of trying every phrase. Children come before an ending, so the longest
 *   phrase starting at a position wins ("sign up now" over "sign up").
 * - The word class appears a fixed handful of times, never once per phrase: V8 builds the case
 *   closure of a Unicode property class for every occurrence under the i and u flags, which took
 *   hundreds of milliseconds for a list of a hundred phrases.
 * - Phrases that start with a word character sit behind a lookahead of their first characters, so
 *   the "not inside a word" look-behind only runs where a phrase can start.
 */
interface TrieNode {
  children: Map<string, { source: string; node: TrieNode }>;
  end: boolean;
}

const trieNode = (): TrieNode => ({ children: new Map(), end: false });

/** A phrase as [key, regex source] steps: whitespace matches any run of it, ' matches ’ too. */
function steps(body: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const ch of body.normalize('NFC')) {
    if (/\s/u.test(ch)) {
      if (out[out.length - 1]?.[0] !== ' ') out.push([' ', '\\s+']);
    } else if (ch === "'" || ch === '’') out.push(["'", "['’]"]);
    else out.push([ch.toLowerCase(), SPECIAL.test(ch) ? `\\${ch}` : ch]); // keys in lower case: the regex ignores case
  }
  return out;
}

function insert(root: TrieNode, body: string): void {
  let node = root;
  for (const [key, source] of steps(body)) {
    let child = node.children.get(key);
    if (!child) node.children.set(key, (child = { source, node: trieNode() }));
    node = child.node;
  }
  if (node !== root) node.end = true;
}

function emit(node: TrieNode): string {
  const branches = [...node.children.values()].map(({ source, node: next }) => source + emit(next));
  if (node.end) branches.push('');
  return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
}

/** The trie's first characters as a class, for a cheap lookahead before the look-behind. */
function firstChars(root: TrieNode): string {
  return `[${[...root.children.values()].map((c) => c.source).join('')}]`;
}

/**
 * Each phrase's body, by how it matches: `whole` starts with a word character and ends on a word
 * boundary, `prefix` starts with one and ends in * (any word ending), `symbol` starts with anything else.
 */
function sortPhrases(phrases: readonly string[], add: (kind: 'whole' | 'prefix' | 'symbol', body: string) => void): void {
  for (const raw of phrases) {
    const phrase = raw.trim();
    const star = phrase.endsWith('*');
    const body = (star ? phrase.slice(0, -1) : phrase).trim();
    if (!body) continue;
    const wordStart = WORD_CHAR.test(String.fromCodePoint(body.codePointAt(0)!));
    add(wordStart ? (star ? 'prefix' : 'whole') : 'symbol', body);
  }
}

/** The three tries of a list: phrases starting with a word character (whole words, trailing *) and the rest. */
function tries(phrases: readonly string[]): { whole: TrieNode; prefix: TrieNode; symbol: TrieNode } {
  const whole = trieNode(); // starts with a word character, whole words
  const prefix = trieNode(); // starts with a word character, trailing *
  const symbol = trieNode(); // starts with anything else
  sortPhrases(phrases, (kind, body) => insert({ whole, prefix, symbol }[kind], body));
  return { whole, prefix, symbol };
}

/** One regular expression for a list of phrases (see the syntax above), or null for an empty list. */
export function compilePhrases(phrases: readonly string[]): RegExp | null {
  const { whole, prefix, symbol } = tries(phrases);
  const parts: string[] = [];
  const atWordStart = (root: TrieNode) => `(?=${firstChars(root)})(?<!${WORD})${emit(root)}`;
  if (whole.children.size > 0) parts.push(`${atWordStart(whole)}(?!${WORD})`);
  if (prefix.children.size > 0) parts.push(`${atWordStart(prefix)}${WORD}*`);
  if (symbol.children.size > 0) parts.push(`${emit(symbol)}(?!${WORD})`);
  return parts.length > 0 ? new RegExp(parts.join('|'), 'giu') : null;
}

export function findAll(re: RegExp | null, text: string): PhraseHit[] {
  if (!re || !text) return [];
  const hits: PhraseHit[] = [];
  // exec() rather than matchAll(): matchAll clones the regex on every call, which costs more
  // than the whole scan of a tweet.
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      // an empty match (possible in a person's own regex): step over one code point
      re.lastIndex += (text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1;
      continue;
    }
    hits.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return hits;
}

/*
 * The phrase book does not run the regular expression above: V8 takes about 2 µs per pattern
 * character to compile it and again to tier it up, which for the largest lists the schema allows
 * (700 phrases of 80 characters per list) was 0.3 s per list. Instead the same trie is walked in
 * JavaScript, with exactly the regular expression's semantics (a test compares the two on random
 * phrases and texts): the same three alternatives at each position (whole words, trailing *,
 * symbol start) in that order, children before an ending in insertion order, the case folding of
 * the `iu` flags, \s+ for whitespace, ['’] for an apostrophe, and the same word class around a
 * match. Building it is linear in the phrases, and scanning costs a few table lookups per character.
 */

const WORD_IU = new RegExp(`^${WORD}$`, 'iu');

/** /\s/u, as a code point test. */
function isSpace(cp: number): boolean {
  return (
    (cp >= 0x09 && cp <= 0x0d) ||
    cp === 0x20 ||
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000 ||
    cp === 0xfeff
  );
}

const single = (s: string): number => {
  const cp = s.codePointAt(0) ?? -1;
  return s.length === (cp > 0xffff ? 2 : 1) ? cp : -1;
};
// Folded together by the regular expression engine (Unicode 14+), which the case mappings do not show.
const FOLD_EXTRA = new Map([
  [0x1fd3, 0x390],
  [0x1fe3, 0x3b0],
  [0xfb05, 0xfb06],
]);

/**
 * One code point of each class of code points that the `iu` flags treat as equal (simple case
 * folding): lower(upper(c)) where that is one code point of c's class, else lower(c), else c. The
 * regular expression engine itself confirms the choice, so a case mapping that is not a folding
 * (ı → I) is not taken; a test checks the classes against the engine for every cased code point.
 */
function computeFold(cp: number): number {
  const ch = String.fromCodePoint(cp);
  const lower = single(ch.toLowerCase());
  const upper = single(ch.toUpperCase());
  if (lower === cp && upper === cp && !FOLD_EXTRA.has(cp)) return cp;
  const same = (other: number) => other >= 0 && new RegExp(`^\\u{${other.toString(16)}}$`, 'iu').test(ch);
  const extra = FOLD_EXTRA.get(cp) ?? -1;
  if (same(extra)) return extra;
  const lowerOfUpper = upper >= 0 ? single(String.fromCodePoint(upper).toLowerCase()) : -1;
  if (same(lowerOfUpper)) return lowerOfUpper;
  if (same(lower)) return lower;
  return cp;
}

/** A step of a phrase or of a text: a folded code point, or whitespace, or an apostrophe. */
const SPACE = -1;
const APOSTROPHE = -2;
const IS_WORD = 1 << 21;
const KNOWN = 1 << 22;
const STEP = (1 << 21) - 1;

/**
 * What the matcher needs of a code point, in one number: its step (folded, SPACE and APOSTROPHE
 * stored as 0x1ffffe and 0x1fffff), and whether it is in the word class. Kept per code unit in the BMP.
 */
function describe(cp: number): number {
  const step = isSpace(cp) ? STEP - 1 : cp === 0x27 || cp === 0x2019 ? STEP : computeFold(cp);
  return KNOWN | step | (WORD_IU.test(String.fromCodePoint(cp)) ? IS_WORD : 0);
}
const bmp = new Int32Array(0x10000);
const astral = new Map<number, number>();

function info(cp: number): number {
  if (cp < 0x10000) {
    const known = bmp[cp]!;
    return known !== 0 ? known : (bmp[cp] = describe(cp));
  }
  let known = astral.get(cp);
  if (known === undefined) astral.set(cp, (known = describe(cp)));
  return known;
}

const stepOf = (packed: number): number => {
  const step = packed & STEP;
  return step === STEP - 1 ? SPACE : step === STEP ? APOSTROPHE : step;
};

/** The fold of a code point under the `iu` flags (equal folds: the same letter to the regex engine). */
export const foldCase = (cp: number): number => (isSpace(cp) || cp === 0x27 || cp === 0x2019 ? computeFold(cp) : stepOf(info(cp)));

/**
 * A branch-free run of the trie is one edge, so a list of long phrases is a few nodes, not one per
 * character. Keys are what compilePhrases merges branches by (lower case); steps what a text
 * character must fold to. Edges keep their insertion order, as the regex's alternatives do.
 */
interface Edge {
  keys: number[];
  steps: number[];
  node: MatchNode;
}
interface MatchNode {
  end: boolean;
  /** by first key, in insertion order */
  kids: Map<number, Edge>;
  /** by first step; several only where differently written keys fold alike (σ, ς) */
  edges: Map<number, Edge[]>;
}

const matchNode = (): MatchNode => ({ end: false, kids: new Map(), edges: new Map() });
const lowerKeys = new Map<string, number>();

/** A phrase as keys and steps, as steps() makes them for the regular expression. */
function phraseSteps(body: string): { keys: number[]; steps: number[] } {
  const keys: number[] = [];
  const steps: number[] = [];
  for (const ch of body.normalize('NFC')) {
    const cp = ch.codePointAt(0)!;
    if (isSpace(cp)) {
      if (keys[keys.length - 1] !== SPACE) {
        keys.push(SPACE);
        steps.push(SPACE);
      }
    } else if (cp === 0x27 || cp === 0x2019) {
      keys.push(APOSTROPHE);
      steps.push(APOSTROPHE);
    } else {
      let key: number;
      if (cp < 0x80) key = cp >= 0x41 && cp <= 0x5a ? cp + 32 : cp;
      else {
        // A lower case of more than one code point (İ → i̇) gets a key of its own, below the steps' range.
        const lower = ch.toLowerCase();
        key = single(lower);
        if (key < 0) {
          key = lowerKeys.get(lower) ?? -3 - lowerKeys.size;
          lowerKeys.set(lower, key);
        }
      }
      keys.push(key);
      steps.push(stepOf(info(cp)));
    }
  }
  return { keys, steps };
}

function insertPhrase(root: MatchNode, body: string): void {
  const { keys, steps } = phraseSteps(body);
  let node = root;
  let k = 0;
  while (k < keys.length) {
    const edge = node.kids.get(keys[k]!);
    if (!edge) {
      node.kids.set(keys[k]!, { keys: keys.slice(k), steps: steps.slice(k), node: matchNode() });
      node = node.kids.get(keys[k]!)!.node;
      k = keys.length;
      break;
    }
    let m = 1;
    while (m < edge.keys.length && k + m < keys.length && edge.keys[m] === keys[k + m]) m++;
    if (m < edge.keys.length) {
      // The phrase leaves the edge (or ends) inside it: split, the existing tail first.
      const middle = matchNode();
      middle.kids.set(edge.keys[m]!, { keys: edge.keys.slice(m), steps: edge.steps.slice(m), node: edge.node });
      edge.keys = edge.keys.slice(0, m);
      edge.steps = edge.steps.slice(0, m);
      edge.node = middle;
    }
    node = edge.node;
    k += m;
  }
  if (node !== root) node.end = true;
}

/** Indexes every node's edges by their first step, for the scan. */
function index(node: MatchNode): MatchNode {
  for (const edge of node.kids.values()) {
    const same = node.edges.get(edge.steps[0]!);
    if (same) same.push(edge);
    else node.edges.set(edge.steps[0]!, [edge]);
    index(edge.node);
  }
  return node;
}

/**
 * A text as the matcher reads it, made once and shared by every list scanned over the same text
 * (a review scans one text with several lists): the step of the code point starting at each
 * index (CONTINUATION on the second half of a surrogate pair), whether it is a word character,
 * and the indices where a whole word may start (no word character before them).
 */
const CONTINUATION = -3;
interface TextSteps {
  text: string;
  steps: Int32Array;
  word: Uint8Array;
  starts: Int32Array;
}
let lastText: TextSteps | null = null;

function textSteps(text: string): TextSteps {
  if (lastText?.text === text) return lastText;
  const steps = new Int32Array(text.length + 1);
  const word = new Uint8Array(text.length + 1);
  const starts: number[] = [];
  let afterWord = false;
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    const packed = cp < 0x10000 ? bmp[cp] || info(cp) : info(cp);
    steps[i] = stepOf(packed);
    const isWordChar = (packed & IS_WORD) !== 0;
    word[i] = isWordChar ? 1 : 0;
    if (!afterWord) starts.push(i);
    afterWord = isWordChar;
    if (cp > 0xffff) {
      steps[i + 1] = CONTINUATION;
      i += 2;
    } else i += 1;
  }
  steps[text.length] = CONTINUATION; // past the end: matches no step
  lastText = { text, steps, word, starts: Int32Array.from(starts) };
  return lastText;
}

const advance = (t: TextSteps, i: number) => (t.steps[i + 1] === CONTINUATION && i + 1 < t.text.length ? i + 2 : i + 1);

/** Where the steps end when they match at i, or -1. */
function follow(steps: readonly number[], t: TextSteps, i: number): number {
  for (const step of steps) {
    if (t.steps[i] !== step || i >= t.text.length) return -1;
    if (step === SPACE) {
      i += 1;
      while (t.steps[i] === SPACE) i += 1; // \s is all in the BMP
    } else i = advance(t, i);
  }
  return i;
}

/** The regular expression's depth-first walk: children in insertion order, then an ending. */
function walk(node: MatchNode, t: TextSteps, i: number, star: boolean): number {
  if (i < t.text.length && node.edges.size > 0) {
    const edges = node.edges.get(t.steps[i]!);
    if (edges) {
      for (const edge of edges) {
        const j = follow(edge.steps, t, i);
        if (j < 0) continue;
        const end = walk(edge.node, t, j, star);
        if (end >= 0) return end;
      }
    }
  }
  if (!node.end) return -1;
  if (star) {
    while (i < t.text.length && t.word[i]) i = advance(t, i);
    return i;
  }
  return i < t.text.length && t.word[i] ? -1 : i;
}

/** compilePhrases's regular expression as a trie walk: the same hits, built in linear time. */
export interface PhraseMatcher {
  findAll(text: string): PhraseHit[];
}

export function compileMatcher(phrases: readonly string[]): PhraseMatcher {
  const whole = matchNode(); // starts with a word character, whole words
  const prefix = matchNode(); // starts with a word character, trailing *
  const symbol = matchNode(); // starts with anything else
  sortPhrases(phrases, (kind, body) => insertPhrase({ whole, prefix, symbol }[kind], body));
  index(whole);
  index(prefix);
  index(symbol);
  const wordStarts = whole.edges.size + prefix.edges.size > 0;
  const symbols = symbol.edges.size > 0;
  // Which tries may start with a step, by its low bits (a cheap filter before the map): 1 whole, 2 prefix, 4 symbol.
  const first = new Uint8Array(1024);
  [whole, prefix, symbol].forEach((root, k) => root.edges.forEach((_, step) => (first[step & 1023]! |= 1 << k)));

  /** The match at i as the regex tries it: whole word, trailing *, symbol start; or -1. */
  const at = (t: TextSteps, i: number, wordStart: boolean): number => {
    const step = t.steps[i]!;
    const may = first[step & 1023]!;
    if (may === 0) return -1;
    let end = -1;
    if (wordStart) {
      if (may & 1 && whole.edges.has(step)) end = walk(whole, t, i, false);
      if (end < 0 && may & 2 && prefix.edges.has(step)) end = walk(prefix, t, i, true);
    }
    if (end < 0 && may & 4 && symbol.edges.has(step)) end = walk(symbol, t, i, false);
    return end;
  };

  return {
    findAll(text) {
      const hits: PhraseHit[] = [];
      if ((!wordStarts && !symbols) || !text) return hits;
      const t = textSteps(text);
      const { starts } = t;
      if (!symbols) {
        // Only where a word starts; the next search begins where the last match ended.
        let from = 0;
        for (let k = 0; k < starts.length; k++) {
          const i = starts[k]!;
          if (i < from) continue;
          const end = at(t, i, true);
          if (end > i) hits.push({ start: i, end, text: text.slice(i, (from = end)) });
        }
        return hits;
      }
      let s = 0; // the next word start at or after i
      for (let i = 0; i < text.length;) {
        if (first[t.steps[i]! & 1023] === 0) {
          i = advance(t, i);
          continue;
        }
        while (s < starts.length && starts[s]! < i) s++;
        const end = at(t, i, wordStarts && starts[s] === i);
        if (end > i) {
          hits.push({ start: i, end, text: text.slice(i, end) });
          i = end;
        } else i = advance(t, i);
      }
      return hits;
    },
  };
}

/*
 * Compiled matchers are kept by the content of their phrases, not by rules object: a change
 * elsewhere in the rules (a purpose, an hour) recompiles nothing, and a change to one list
 * recompiles only that list. Least recently used first out, bounded by entries and by the total
 * length of the phrases kept.
 */

/** A least-recently-used map, bounded by entries and by the total length of its keys. */
class Lru<V> {
  private readonly items = new Map<string, V>();
  private chars = 0;
  constructor(
    private readonly maxEntries: number,
    private readonly maxChars: number,
  ) {}

  get(key: string): V | undefined {
    const value = this.items.get(key);
    if (value !== undefined) {
      this.items.delete(key);
      this.items.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    if (this.items.delete(key)) this.chars -= key.length;
    this.items.set(key, value);
    this.chars += key.length;
    for (const [oldest] of this.items) {
      if ((this.items.size <= this.maxEntries && this.chars <= this.maxChars) || oldest === key) break;
      this.items.delete(oldest);
      this.chars -= oldest.length;
    }
  }
}

// The largest rules use 10 lists, 50 pause entries and 50 custom phrases (about 850,000 characters):
// room for all of them and a few older versions.
const matchers = new Lru<PhraseMatcher>(256, 2_000_000);
let compiled = 0;

/** How many matchers were compiled since the module loaded: for tests of the cache. */
export const compiledMatchers = () => compiled;

/** The matcher for these phrases, from the cache when the same phrases were compiled before. */
export function phraseMatcher(phrases: readonly string[]): PhraseMatcher {
  // Phrases are single lines (the schema refuses line breaks), so a line break cannot join two into one.
  const key = phrases.join('\n');
  let matcher = matchers.get(key);
  if (!matcher) {
    matcher = compileMatcher(phrases);
    compiled += 1;
    matchers.set(key, matcher);
  }
  return matcher;
}

/*
 * A list's matcher also by the person's edits of it, which are known without working out the
 * effective list (defaults − removed + added, some 15,000 phrases to normalise in the largest
 * rules): a new rules object whose lists did not change finds its matchers at once.
 */
const byEdits = new Lru<PhraseMatcher>(64, 2_000_000);
const editsKey = (rules: Rules, list: PhraseListId) =>
  `${list}\u0002${LANGS.map((lang) => {
    const edits = rules.phrases[lang]?.[list];
    return edits ? `${edits.add.join('\n')}\u0001${edits.remove.join('\n')}` : '';
  }).join('\u0002')}`;

const books = new WeakMap<Rules, PhraseBook>();

/**
 * The phrase book for a rules object: built once per rules object, each list compiled on first
 * use or taken from the cache when its edits, or its effective phrases, are the same as before.
 */
export function phraseBook(rules: Rules): PhraseBook {
  const cached = books.get(rules);
  if (cached) return cached;
  const lists = new Map<PhraseListId, PhraseMatcher>();
  const phrases = (list: PhraseListId, lang: Lang) =>
    effectivePhrases(DEFAULT_PHRASES[lang][list], rules.phrases[lang]?.[list] ?? { add: [], remove: [] });
  const matcherOf = (list: PhraseListId) => {
    const key = editsKey(rules, list);
    let matcher = byEdits.get(key);
    if (!matcher) byEdits.set(key, (matcher = phraseMatcher(LANGS.flatMap((lang) => phrases(list, lang)))));
    return matcher;
  };
  const book: PhraseBook = {
    phrases,
    find(list, text) {
      let matcher = lists.get(list);
      if (!matcher) lists.set(list, (matcher = matcherOf(list)));
      const folded = fold(text);
      const hits = matcher.findAll(folded.text);
      if (folded.changed) {
        for (const h of hits) {
          h.start = folded.start(h.start);
          h.end = folded.end(h.end);
        }
      }
      return hits;
    },
  };
  books.set(rules, book);
  return book;
}

export { PHRASE_LISTS };
