/**
 * Phrase lists: the built-in ones (data/phrases/<lang>.json) with the person's edits
 * applied, compiled once per rules object into one case-insensitive regular expression
 * per list that matches whole words in all three languages at once (drafts mix languages).
 *
 * Phrase syntax: plain text, matched case-insensitively on word boundaries; whitespace
 * matches any run of whitespace; ' matches ’ too; a trailing * matches any word ending
 * ("anmeld*" matches "anmelden", "Anmeldung").
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

function phraseSource(phrase: string): string {
  const prefix = phrase.endsWith('*');
  const body = prefix ? phrase.slice(0, -1) : phrase;
  let src = body
    .normalize('NFC')
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+')
    .replace(/['’]/g, "['’]");
  // Word boundaries only where the phrase itself starts/ends with a word character ("👇" or "+1" have none).
  if (/^[\p{L}\p{N}_]/u.test(body)) src = `(?<!${WORD})${src}`;
  if (prefix) src += `${WORD}*`;
  else if (/[\p{L}\p{N}_]$/u.test(body)) src += `(?!${WORD})`;
  return src;
}

/** One regular expression for a list of phrases; longest first so "sign up now" wins over "sign up". */
export function compilePhrases(phrases: readonly string[]): RegExp | null {
  const unique = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (unique.length === 0) return null;
  return new RegExp(unique.map(phraseSource).join('|'), 'giu');
}

export function findAll(re: RegExp | null, text: string): PhraseHit[] {
  if (!re || !text) return [];
  const hits: PhraseHit[] = [];
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) {
    if (m[0].length === 0) continue;
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
