/**
 * Phrase lists: the built-in ones (data/phrases/<lang>.json) with the person's edits
 * applied, compiled once per rules object into one case-insensitive regular expression
 * per list that matches whole words in all three languages at once (drafts mix languages).
 *
 * Phrase syntax: plain text, matched case-insensitively on word boundaries; whitespace
 * matches any run of whitespace; ' matches ’ too; a trailing * matches any word ending
 * ("anmeld*" matches "anmelden", "Anmeldung"). A phrase never ends right before a letter or
 * digit; one that starts with a symbol ("👇", "+1", "#hiring") may follow anything.
 */
import en from './data/phrases/en.json';
import de from './data/phrases/de.json';
import sv from './data/phrases/sv.json';
import { LANGS, PHRASE_LISTS } from '../settings/schema';
import type { Lang, PhraseListId, Rules } from '../settings/schema';
import { effectivePhrases } from '../settings/phrases';

export type PhraseLists = Record<PhraseListId, string[]>;
export const DEFAULT_PHRASES: Record<Lang, PhraseLists> = { en, de, sv };

export interface PhraseHit {
  start: number;
  end: number;
  /** the text as it stands in the draft */
  text: string;
}

export interface PhraseBook {
  /** every match of the list in `text`, in order, non-overlapping */
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

/** One regular expression for a list of phrases (see the syntax above), or null for an empty list. */
export function compilePhrases(phrases: readonly string[]): RegExp | null {
  const whole = trieNode(); // starts with a word character, whole words
  const prefix = trieNode(); // starts with a word character, trailing *
  const symbol = trieNode(); // starts with anything else
  for (const raw of phrases) {
    const phrase = raw.trim();
    const star = phrase.endsWith('*');
    const body = (star ? phrase.slice(0, -1) : phrase).trim();
    if (!body) continue;
    const wordStart = WORD_CHAR.test(String.fromCodePoint(body.codePointAt(0)!));
    insert(wordStart ? (star ? prefix : whole) : symbol, body);
  }
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

const books = new WeakMap<Rules, PhraseBook>();

/** The phrase book for a rules object, compiled once and reused while the rules object lives. */
export function phraseBook(rules: Rules): PhraseBook {
  const cached = books.get(rules);
  if (cached) return cached;
  const compiled = new Map<PhraseListId, RegExp | null>();
  const phrases = (list: PhraseListId, lang: Lang) => effectivePhrases(DEFAULT_PHRASES[lang][list], rules.phrases[lang]?.[list] ?? { add: [], remove: [] });
  const book: PhraseBook = {
    phrases,
    find(list, text) {
      if (!compiled.has(list)) compiled.set(list, compilePhrases(LANGS.flatMap((lang) => phrases(list, lang))));
      return findAll(compiled.get(list) ?? null, text);
    },
  };
  books.set(rules, book);
  return book;
}

export { PHRASE_LISTS };
