import fc from 'fast-check';
import '../robustness/seed';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../lib/review/analyze';
import {
  compiledMatchers,
  compileMatcher,
  compilePhrases,
  DEFAULT_PHRASES,
  findAll,
  foldCase,
  phraseBook,
  phraseMatcher,
} from '../../../lib/review/phrases';
import { proseHits } from '../../../lib/review/prose';
import { defaultRules } from '../../../lib/settings/defaults';
import { LANGS, PHRASE_LISTS, PhraseSchema } from '../../../lib/settings/schema';

const compilers = [
  ['compilePhrases (regular expression)', (phrases: string[], text: string) => findAll(compilePhrases(phrases), text)],
  ['compileMatcher (trie walk)', (phrases: string[], text: string) => compileMatcher(phrases).findAll(text)],
] as const;

describe.each(compilers)('%s', (_, find) => {
  const texts = (phrases: string[], text: string) => find(phrases, text).map((h) => h.text);

  test.each([
    ['whole words only', ['tip'], 'Tip: tipping is not a tip-off, multiple tips', ['Tip', 'tip']],
    ['longest phrase at a position wins', ['sign up', 'sign up now'], 'Sign up now! Or sign up later.', ['Sign up now', 'sign up']],
    ['shorter phrase when the longer one ends inside a word', ['sign up', 'sign up now'], 'sign up nowhere', ['sign up']],
    ['trailing * matches any word ending', ['anmeld*'], 'Anmeldung, anmelden, voranmelden, anmeld.', ['Anmeldung', 'anmelden', 'anmeld']],
    ['whitespace matches any run of it, line breaks too', ['sign up'], 'sign   up, sign\nup, signup', ['sign   up', 'sign\nup']],
    ["' matches ’ and the other way round", ["don't", 'here’s how'], "Don’t. Here's how. don't", ['Don’t', "Here's how", "don't"]],
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
    const hits = find(['tip', 'why'], text);
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['Tip', 'why']);
    expect(hits[0]!.start).toBe('👩‍👩‍👧‍👦 '.length);
  });

  test('an empty list, blank phrases and a lone * find nothing', () => {
    expect(find([], 'tip * ')).toEqual([]);
    expect(find(['  ', '*'], 'tip * ')).toEqual([]);
  });
});

describe('compilePhrases', () => {
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

describe('compileMatcher finds what the regular expression finds', () => {
  // Characters where the two could part: case folding that is not a case mapping (ſ, ς, K, ı, İ, ß/ẞ,
  // ΐ/ΐ), marks that fold to letters (U+0345), every kind of whitespace and near-whitespace,
  // apostrophes, symbols, digits, _, surrogate pairs, lone surrogates, and the phrase syntax (*).
  const alphabet = [
    ..."aAbBsSſkKKıiIİσςΣßẞΐΐﬅﬆåÅÅäÄöÖüÜéeé_09+#*.%-'’`",
    '\u0345',
    '\u0301',
    ' ',
    '  ',
    '\t',
    '\n',
    '\u00a0',
    '\u2003',
    '\u3000',
    '\ufeff',
    '\u200b',
    '\u180e',
    '🔥',
    '👩‍👧',
    '𝐖',
    '𝐰',
    '\ud800',
    '\udc00',
    'the',
    'sign up',
    'now',
  ];
  // A few characters too, so that phrases often start with one another and texts often hold them.
  const small = ['s', 'S', 'ſ', 'σ', 'ς', ' ', "'", '’', '*', '#', 'é', '\u0345'];
  const lists = fc.constantFrom(alphabet, small).chain((chars) => {
    const chunk = fc.constantFrom(...chars);
    const text = fc.array(chunk, { maxLength: 40 }).map((parts) => parts.join(''));
    const phrase = fc.array(chunk, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
    return fc.tuple(fc.array(phrase, { maxLength: 8 }), fc.array(text, { minLength: 1, maxLength: 4 }));
  });

  test('the same hits for random phrases and texts', () => {
    fc.assert(
      fc.property(lists, ([phrases, texts]) => {
        const re = compilePhrases(phrases);
        const matcher = compileMatcher(phrases);
        for (const t of texts) expect(matcher.findAll(t)).toEqual(findAll(re, t));
      }),
      { numRuns: 600 },
    );
  });

  test('the same hits for the built-in lists on texts made of their own phrases', () => {
    for (const list of PHRASE_LISTS) {
      const phrases = LANGS.flatMap((lang) => DEFAULT_PHRASES[lang][list]);
      const sample = phrases.map((p, i) => (i % 3 ? p.toUpperCase() : p).replace(/\*$/, i % 2 ? 'ung' : '')).join(' · ');
      const text = `${sample} ${phrases.join(', ')}`;
      expect(compileMatcher(phrases).findAll(text)).toEqual(findAll(compilePhrases(phrases), text));
    }
  });

  test('case folding groups code points exactly as the iu flags do, for every code point with a case', () => {
    const cased: number[] = [];
    const seen = new Set<number>();
    const add = (cp: number) => !seen.has(cp) && (seen.add(cp), cased.push(cp));
    for (let cp = 0; cp < 0x110000; cp++) {
      if (cp >= 0xd800 && cp < 0xe000) continue;
      const ch = String.fromCodePoint(cp);
      if (ch.toLowerCase() === ch && ch.toUpperCase() === ch && !/\p{CWCF}/u.test(ch)) continue;
      add(cp);
      for (const c of ch.toLowerCase() + ch.toUpperCase()) add(c.codePointAt(0)!);
    }
    expect(cased.length).toBeGreaterThan(2500);
    const folds = cased.map(foldCase);
    const wrong: string[] = [];
    cased.forEach((cp, i) => {
      const re = new RegExp(`^\\u{${cp.toString(16)}}$`, 'iu');
      cased.forEach((other, j) => {
        if (re.test(String.fromCodePoint(other)) !== (folds[i] === folds[j])) wrong.push(`${cp.toString(16)}~${other.toString(16)}`);
      });
    });
    expect(wrong).toEqual([]);
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

  test('the book is built per rules object', () => {
    const a = defaultRules();
    const b = defaultRules();
    b.phrases.sv.token.add.push('kanon');
    expect(phraseBook(a).find('token', 'Kanon!')).toEqual([]);
    expect(phraseBook(b).find('token', 'Kanon!')).toHaveLength(1);
    expect(phraseBook(a)).toBe(phraseBook(a));
  });
});

describe('compiled lists are kept by their content', () => {
  const findEverything = (book: ReturnType<typeof phraseBook>) => PHRASE_LISTS.forEach((list) => book.find(list, 'anything'));

  test('a change elsewhere in the rules compiles nothing, a change to one list compiles only that list', () => {
    // The largest rules hold 7 lists, 50 pause entries and 50 custom phrases: all stay cached across a change.
    const rules = defaultRules();
    rules.phrases.en.value.add.push('cache-test value phrase');
    rules.pause = Array.from({ length: 50 }, (_, i) => ({
      id: `p${i}`,
      label: 'Pause',
      from: null,
      to: null,
      topics: [`cache-test topic ${i}`],
    }));
    findEverything(phraseBook(rules));
    for (const entry of rules.pause) phraseMatcher(entry.topics);
    const before = compiledMatchers();

    const elsewhere = structuredClone(rules);
    elsewhere.networks.linkedin.purpose = 'Something else entirely';
    elsewhere.thresholds.valueMinWords += 1;
    findEverything(phraseBook(elsewhere));
    for (const entry of elsewhere.pause) phraseMatcher(entry.topics);
    expect(compiledMatchers()).toBe(before);

    const oneList = structuredClone(rules);
    oneList.phrases.de.cta.add.push('Ruf mich an, Cache-Test');
    findEverything(phraseBook(oneList));
    expect(compiledMatchers()).toBe(before + 1);
    expect(
      phraseBook(oneList)
        .find('cta', 'ruf mich an, cache-test')
        .map((h) => h.text),
    ).toEqual(['ruf mich an, cache-test']);
    expect(phraseBook(rules).find('cta', 'ruf mich an, cache-test')).toEqual([]);
  });

  test('the cache is bounded: lists not used for a while are compiled again', () => {
    const first = ['cache bound first'];
    phraseMatcher(first);
    const before = compiledMatchers();
    phraseMatcher(first);
    expect(compiledMatchers()).toBe(before);
    for (let i = 0; i < 300; i++) phraseMatcher([`cache bound ${i}`]);
    const after = compiledMatchers();
    expect(after).toBe(before + 300);
    expect(phraseMatcher(first).findAll('Cache bound first!').length).toBe(1);
    expect(compiledMatchers()).toBe(after + 1);
  });
});
