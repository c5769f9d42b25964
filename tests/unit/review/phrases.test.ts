import { describe, expect, test } from 'vitest';
import { analyze } from '../../../lib/review/analyze';
import { compilePhrases, DEFAULT_PHRASES, findAll, phraseBook } from '../../../lib/review/phrases';
import { proseHits } from '../../../lib/review/prose';
import { defaultRules } from '../../../lib/settings/defaults';
import { LANGS, PHRASE_LISTS, PhraseSchema } from '../../../lib/settings/schema';

const texts = (phrases: string[], text: string) => findAll(compilePhrases(phrases), text).map((h) => h.text);

describe('compilePhrases', () => {
  test.each([
    ['whole words only', ['tip'], 'Tip: tipping is not a tip-off, multiple tips', ['Tip', 'tip']],
    ['longest phrase at a position wins', ['sign up', 'sign up now'], 'Sign up now! Or sign up later.', ['Sign up now', 'sign up']],
    ['shorter phrase when the longer one ends inside a word', ['sign up', 'sign up now'], 'sign up nowhere', ['sign up']],
    ['trailing * matches any word ending', ['anmeld*'], 'Anmeldung, anmelden, voranmelden, anmeld.', ['Anmeldung', 'anmelden', 'anmeld']],
    ['whitespace matches any run of it, line breaks too', ['sign up'], 'sign   up, sign\nup, signup', ['sign   up', 'sign\nup']],
    ["' matches ’ and the other way round", ["don't", 'here’s how'], 'Don’t. Here\'s how. don\'t', ['Don’t', "Here's how", "don't"]],
    ['umlauts and å/ä/ö ignore case', ['för', 'überrascht', 'så sant'], 'FÖR ÜBERRASCHT Så Sant', ['FÖR', 'ÜBERRASCHT', 'Så Sant']],
    ['diacritics are not folded', ['för'], 'for', []],
    ['symbols need no word boundary before them', ['👇', '+1', '% off'], '👇👇 a+1 20% off', ['👇', '👇', '+1', '% off']],
    ['but a phrase never ends before a letter or digit', ['+1', '#hiring', 'e.g.'], '+10 #hiringnow e.g.x e.g. this', ['e.g.']],
    ['regex characters are literal', ['e.g.', 'TL;DR', '(beta)'], 'eXg TL;DR (beta) [beta]', ['TL;DR', '(beta)']],
    ['a phrase inside an emoji ZWJ sequence is still found', ['🔥'], '❤️‍🔥 and 👩‍👩‍👧‍👦', ['🔥']],
    ['phrases in right-to-left text', ['what do you think'], 'مرحبا! What do you think? שלום', ['What do you think']],
  ])('%s', (_, phrases, text, expected) => {
    expect(texts(phrases, text)).toEqual(expected);
  });

  test('hits carry UTF-16 offsets that slice back to the text', () => {
    const text = '👩‍👩‍👧‍👦 Tip: ask why.';
    const hits = findAll(compilePhrases(['tip', 'why']), text);
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['Tip', 'why']);
    expect(hits[0]!.start).toBe('👩‍👩‍👧‍👦 '.length);
  });

  test('an empty list, blank phrases and a lone * compile to nothing', () => {
    expect(compilePhrases([])).toBeNull();
    expect(compilePhrases(['  ', '*'])).toBeNull();
  });

  test('a regex compiled once is reused safely (lastIndex is reset)', () => {
    const re = compilePhrases(['tip']);
    expect(findAll(re, 'tip tip')).toHaveLength(2);
    expect(findAll(re, 'one tip')).toHaveLength(1);
  });
});

describe('proseHits', () => {
  const book = phraseBook(defaultRules());

  test('ignores phrases inside links and mentions', () => {
    const a = analyze('https://example.com/subscribe?how-to @readmore sign up');
    expect(proseHits(book, 'cta', a).map((h) => h.text)).toEqual(['sign up']);
  });

  test('ignores hashtags unless asked to count them', () => {
    const a = analyze('Off for two weeks #vacation, but: a tip. #tip');
    expect(proseHits(book, 'value', a).map((h) => h.text)).toEqual(['tip']);
    expect(proseHits(book, 'fit-linkedin', a, { hashtags: true }).map((h) => h.text)).toEqual(['vacation']);
  });
});

describe('built-in phrase lists', () => {
  test.each(LANGS)('%s has every list, each non-empty, valid and without duplicates', (lang) => {
    const lists = DEFAULT_PHRASES[lang];
    expect(Object.keys(lists).sort()).toEqual([...PHRASE_LISTS].sort());
    for (const id of PHRASE_LISTS) {
      const phrases = lists[id];
      expect(phrases.length, `${lang}.${id}`).toBeGreaterThan(0);
      for (const p of phrases) expect(PhraseSchema.safeParse(p).success, `${lang}.${id}: "${p}"`).toBe(true);
      const keys = phrases.map((p) => p.toLowerCase().replace(/’/g, "'"));
      expect(new Set(keys).size, `${lang}.${id} has duplicates`).toBe(keys.length);
    }
  });

  test.each(LANGS.flatMap((lang) => PHRASE_LISTS.map((list) => [lang, list] as const)))('every %s %s phrase finds itself', (lang, list) => {
    const book = phraseBook(defaultRules());
    for (const phrase of DEFAULT_PHRASES[lang][list]) {
      const body = phrase.replace(/\*$/, '');
      expect(book.find(list, body).length, `"${phrase}"`).toBeGreaterThan(0);
    }
  });
});

describe('the person’s edits', () => {
  test('an added phrase is found, a removed default is not', () => {
    const rules = defaultRules();
    rules.phrases.en.cta.add.push('ping me');
    rules.phrases.de.cta.remove.push('Lass es mich wissen');
    const book = phraseBook(rules);
    expect(book.find('cta', 'Ping me later').map((h) => h.text)).toEqual(['Ping me']);
    expect(book.find('cta', 'lass es mich wissen')).toEqual([]);
    expect(book.phrases('cta', 'de')).not.toContain('lass es mich wissen');
  });

  test('the book is compiled per rules object', () => {
    const a = defaultRules();
    const b = defaultRules();
    b.phrases.sv.token.add.push('kanon');
    expect(phraseBook(a).find('token', 'Kanon!')).toEqual([]);
    expect(phraseBook(b).find('token', 'Kanon!')).toHaveLength(1);
    expect(phraseBook(a)).toBe(phraseBook(a));
  });
});
