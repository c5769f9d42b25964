/**
 * privacy: does a public draft expose personal data — e-mail addresses, phone numbers,
 * street addresses, bank or card numbers?
 *
 * Each kind is a narrow shape plus a validation, tuned against the numbers posts are full
 * of: years, dates, times, prices, version numbers and ids inside links are not phone
 * numbers; an IBAN must pass mod-97 and a card number the Luhn check. The reason shows
 * only masked forms ("j…@example.com"), so the panel itself does not repeat the data.
 */
import type { Lang } from '../../ids';
import { ALL_KINDS } from '../check';
import type { CheckDefinition, Finding } from '../check';
import { inside } from '../analyze';
import type { Span } from '../analyze';
import { list } from '../messages';
import type { Translate } from '../messages';
import type { Evidence } from '../types';
import messages from '../data/messages/privacy.json';
import shapes from '../data/privacy.json';

export type PrivateKind = 'email' | 'phone' | 'address' | 'iban' | 'card';

export interface PrivateHit extends Evidence {
  label: PrivateKind;
  text: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A word from the data as a regex alternative: words ending in "." need no boundary after them. */
const word = (w: string) => escape(w) + (w.endsWith('.') ? '' : '(?![\\p{L}\\p{N}])');
const alternatives = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(word)
    .join('|');

// No number glued to the shape on either side ("x12345", "1.5", "-3").
const START = '(?<![\\p{L}\\p{N}_@#+.,/\\\\-])';
const END = '(?![\\p{L}\\p{N}_]|[.,/-]\\p{N})';

// E-mail addresses are found from their "@domain" (a literal start the regex engine scans for fast)
// and extended back over the local part: a pattern starting at every word costs milliseconds on a long paste.
const EMAIL_DOMAIN = /@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}-])/gu;
const LOCAL_PART = /[\p{L}\p{N}._%+-]/u;

/*
 * Every shape here is written so the engine cannot backtrack without end: where a repetition
 * holds digits, consecutive digits can only be read one way (a digit group takes its whole run,
 * `\d{1,15}(?!\d)`; a group of letters and digits is taken one character at a time). The first
 * international shape split a run of digits into groups of 1–8 with optional separators, which
 * tried every split of "+1" and 57 digits: 86 ms a number, seconds for a planted text.
 */
const PHONE_SHAPES: readonly RegExp[] = [
  // international: +49 30 1234567, +46 (0)70-123 45 67, 0049 171 2345678, +1 (555) 123-4567
  // (a run of more than 15 digits is never part of a phone number: isPhone allows 15 in all)
  new RegExp(`${START}(?:\\+|00)[1-9]\\d{0,2}(?:[ .\\/-]?\\(0\\))?(?:[ .\\/-]?(?:\\(\\d{1,5}\\)|\\d{1,15}(?!\\d))){1,7}${END}`, 'gu'),
  // national with an area code: 030 12345678, 0171/2345678, 089-123456, 070-123 45 67, 08-123 456 78
  new RegExp(`${START}0[1-9]\\d{0,4}(?:\\s?[\\/-]\\s?|\\s)\\d{2,8}(?:[ -]\\d{2,8}){0,3}${END}`, 'gu'),
  // mobile numbers written solid: German 015x/016x/017x, Swedish 070/072/073/076/079
  new RegExp(`${START}0(?:1[5-7]\\d{8,9}|7[02369]\\d{7})${END}`, 'gu'),
  // North American: (555) 123-4567, 555-123-4567, 555.123.4567, 1-800-555-1234
  new RegExp(`${START}(?:1[ .-])?(?:\\(\\d{3}\\)\\s?\\d{3}[ .-]|\\d{3}-\\d{3}-|\\d{3}\\.\\d{3}\\.)\\d{4}${END}`, 'gu'),
];

// Shapes a phone pattern would take that are dates, US ZIP+4 postcodes or amounts with thousands separators.
const NOT_A_PHONE = [/^\d{1,2}([-./])\d{1,2}\1\d{2,4}$/, /^\d{5}-\d{4}$/, /^\+?\d{1,3}([.,])\d{3}(?:\1\d{3})*$/];

/** National number lengths by country calling code: "10" or "8-10". */
const lengths = (range: string): [number, number] => {
  const [lo, hi] = range.split('-').map(Number) as [number, number?];
  return [lo, hi ?? lo];
};
const COUNTRY = new Map<string, [number, number]>(Object.entries(shapes.countryCodes).map(([code, range]) => [code, lengths(range)]));
for (const entry of shapes.countryCodes3) {
  const [lo, hi] = lengths(entry);
  for (let code = lo; code <= hi; code++) COUNTRY.set(String(code), [6, 12]);
}

/** The country calling code at the start of an international number's digits, with its national number. */
function countryOf(digits: string): { code: string; national: string; lengths: [number, number] } | null {
  for (const size of [1, 2, 3]) {
    const code = digits.slice(0, size);
    const known = COUNTRY.get(code);
    if (known) return { code, national: digits.slice(size), lengths: known };
  }
  return null;
}

/** One digit over and over ("0000000", "+1 111 111 1111") is a placeholder or a count, not a number. */
const oneDigit = (digits: string) => digits.length > 0 && digits.split('').every((d) => d === digits[0]);

function isPhone(candidate: string): boolean {
  const international = candidate.startsWith('+') || candidate.startsWith('00');
  // "+49 (0)89 …": the (0) is the trunk prefix dialled at home, not part of the international number.
  const digits = candidate.replace(/\(0\)/, '').replace(/\D/g, '').replace(/^00/, '');
  if (digits.length < 7 || digits.length > 15) return false;
  if (NOT_A_PHONE.some((re) => re.test(candidate))) return false;
  // "05 06 07 08" is a list; a national number split by spaces has a real area code and subscriber part.
  const spaced = /^0(\d+) (\d+)/.exec(candidate);
  if (spaced && (spaced[1]!.length < 2 || spaced[2]!.length < 3)) return false;
  if (!international) return !oneDigit(digits.slice(1));
  if (digits.length < 8) return false;
  // An international number has an assigned country code, and its national number never starts
  // with the trunk 0 (Italy's fixed lines keep it) and is not one digit repeated.
  const country = countryOf(digits);
  if (!country || oneDigit(country.national)) return false;
  if (country.national.startsWith('0') && country.code !== '39') return false;
  // Written solid, without the grouping people write numbers with ("+100000000"), it needs a
  // plausible length for that country too.
  const solid = /^(?:\+|00)\d+$/.test(candidate);
  const [lo, hi] = country.lengths;
  return !solid || (country.national.length >= lo && country.national.length <= hi);
}

const STREET_EN = new RegExp(
  `${START}\\d{1,5}[A-Za-z]?(?:\\s+[\\p{Lu}\\p{N}][\\p{L}\\p{N}'’-]*){1,3}\\s+(?:${alternatives(shapes.streetTypes)})`,
  'gu',
);

// German and Swedish addresses put the house number last ("Hauptstraße 5", "Berliner Straße 12", "Storgatan 12").
// They are found from the number, then the street word(s) before it are matched in place (sticky):
// trying a street pattern at every capitalised word of a long German text is what costs time.
const HOUSE_NUMBER = new RegExp(`\\d(?<=[\\p{L}.]\\s?\\d)\\d{0,2}[a-zA-Z]?${END}`, 'gu');
const STREET_CHAR = /[\p{L}.-]/u;
const capitalised = (s: string) => s.charAt(0).toLocaleUpperCase('de') + s.slice(1);
const suffixes = shapes.streetSuffixes.map(escape).join('|');
const hyphenated = shapes.streetSuffixes.map((s) => escape(capitalised(s))).join('|');
const STREET_COMPOUND = new RegExp(`\\p{Lu}\\p{L}*?(?:-\\p{L}+)*?(?:${suffixes}|-(?:${hyphenated}))\\s?(?=\\d)`, 'uy');
const STREET_APART = new RegExp(`\\p{Lu}\\p{L}*er\\s(?:${shapes.streetWordsAfterAdjective.map(escape).join('|')})\\s?(?=\\d)`, 'uy');

/** Where the run of street characters ending at `end` starts, after at most one space before `end`. */
function wordBefore(text: string, end: number): number {
  let start = end > 0 && /\s/.test(text.charAt(end - 1)) ? end - 1 : end;
  while (start > 0 && STREET_CHAR.test(text.charAt(start - 1))) start -= 1;
  return start;
}

/** A sticky street pattern matched from `start` must end exactly where the house number begins. */
function streetAt(re: RegExp, text: string, start: number, numberAt: number): boolean {
  re.lastIndex = start;
  const m = re.exec(text);
  return m !== null && start + m[0].length === numberAt;
}

/*
 * A public place's address is not personal data: a venue's name right before the address, with a
 * comma, dash, colon or bracket between ("Café Zentral, Hauptstraße 5", "wo: Stadthalle, Ring 3",
 * "at The Blue Note, 131 W 3rd St"), or in brackets right after it ("Ring 3 (Stadthalle)"). A bare
 * address ("I live at 12 Oak Street", "bei uns, Hauptstraße 5") stays personal.
 */
const VENUE_WORDS = new Set(shapes.venueWords.map((w) => w.toLowerCase()));
const VENUE_SUFFIXES = shapes.venueSuffixes.map((w) => w.toLowerCase());
const NOT_VENUES = new Set(shapes.notVenues);
const NAME_WORD = /[\p{L}\p{N}'’&-]+/gu;
// How far a name may reach: a few words, on the same line.
const VENUE_REACH = 60;

function isVenueWord(word: string): boolean {
  const w = word.toLowerCase().replace(/['’]s$/u, '');
  if (NOT_VENUES.has(w)) return false;
  return VENUE_WORDS.has(w) || VENUE_SUFFIXES.some((s) => w.length > s.length && w.endsWith(s));
}

/** Does a name of a public place stand in `clause` (a few words)? "The" + a capitalised word counts in English. */
function namesVenue(clause: string): boolean {
  const words = clause.match(NAME_WORD) ?? [];
  const last = words.slice(-5);
  return last.some(isVenueWord) || last.some((w, i) => w === 'The' && /^\p{Lu}/u.test(last[i + 1] ?? ''));
}

function isVenueAddress(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - VENUE_REACH), start);
  const line = before.slice(before.lastIndexOf('\n') + 1);
  const sep = /[,–—(|:]\s*$/u.exec(line);
  if (sep) {
    // the clause before the separator, back to the previous sentence or clause mark
    const head = line.slice(0, sep.index);
    const clause = head.slice(
      Math.max(head.lastIndexOf('.'), head.lastIndexOf('!'), head.lastIndexOf('?'), head.lastIndexOf(':'), head.lastIndexOf(';')) + 1,
    );
    if (namesVenue(clause)) return true;
  }
  const after = text.slice(end, end + VENUE_REACH);
  const bracket = /^\s*\(([^()\n]*)\)/u.exec(after);
  return bracket !== null && namesVenue(bracket[1]!);
}

/** An address a job ad gives for applications ("send resumes to …", "Bewerbungen an …", "ansökan till …"). */
const APPLICATION_WORDS = new Set(shapes.applicationWords.map((w) => w.toLowerCase()));
function forApplications(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const words = before.slice(before.lastIndexOf('\n') + 1).match(NAME_WORD) ?? [];
  return words.slice(-4).some((w) => APPLICATION_WORDS.has(w.toLowerCase()));
}

function* emails(text: string): Generator<{ start: number; text: string }> {
  for (const m of text.matchAll(EMAIL_DOMAIN)) {
    let start = m.index;
    while (start > 0 && LOCAL_PART.test(text.charAt(start - 1))) start -= 1;
    while (text.charAt(start) === '.') start += 1;
    if (start < m.index) yield { start, text: text.slice(start, m.index + m[0].length) };
  }
}

function* numberedStreets(text: string): Generator<{ start: number; text: string }> {
  for (const m of text.matchAll(HOUSE_NUMBER)) {
    const end = m.index + m[0].length;
    const word = wordBefore(text, m.index);
    if (streetAt(STREET_COMPOUND, text, word, m.index)) {
      yield { start: word, text: text.slice(word, end) };
      continue;
    }
    const adjective = wordBefore(text, word);
    if (adjective < word - 1 && streetAt(STREET_APART, text, adjective, m.index))
      yield { start: adjective, text: text.slice(adjective, end) };
  }
}

// Country code, check digits, then 11–30 letters or digits, optionally in groups of four: read one
// character (and the single space before it) at a time, not as groups of 1–4, whose splits of a
// long run were tried one by one; ibanPrefix then finds the IBAN within.
const IBAN = new RegExp(`${START}[A-Z]{2}\\d{2}(?: ?[A-Z0-9]){3,32}${END}`, 'gu');

/** ISO 13616 check: the rearranged number, letters as 10–35, leaves 1 when divided by 97. */
export function ibanValid(iban: string): boolean {
  const compact = iban.replace(/ /g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact)) return false;
  let rest = 0;
  for (const ch of compact.slice(4) + compact.slice(0, 4)) {
    const v = ch >= 'A' ? ch.charCodeAt(0) - 55 : ch.charCodeAt(0) - 48;
    rest = (v >= 10 ? rest * 100 + v : rest * 10 + v) % 97;
  }
  return rest === 1;
}

/** The longest valid IBAN at the start of a candidate: "DE89 3704 0044 0532 0130 00 BIC" keeps the IBAN. */
function ibanPrefix(candidate: string): string | null {
  const cuts = [...candidate.matchAll(/ /g)].map((m) => m.index).reverse();
  for (const cut of [candidate.length, ...cuts]) {
    const head = candidate.slice(0, cut);
    if (ibanValid(head)) return head;
  }
  return null;
}

// 4-4-4-4(-1..3) with one separator, Amex 4-6-5, or 13–19 digits solid.
const CARD = new RegExp(
  `${START}(?:\\d{4}([ -]?)\\d{4}\\1\\d{4}\\1\\d{4}(?:\\1\\d{1,3})?|\\d{4}([ -]?)\\d{6}\\2\\d{5}|\\d{13,19})${END}`,
  'gu',
);

/** Luhn check, over the digits of a card number with issuer prefixes 2–6 (Mastercard, Visa, Amex, Discover…). */
export function cardValid(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, '');
  if (digits.length < 13 || digits.length > 19 || !/^[2-6]/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

function* matches(re: RegExp, text: string): Generator<{ start: number; text: string }> {
  for (const m of text.matchAll(re)) if (m[0].length) yield { start: m.index, text: m[0] };
}

/** Every piece of personal data in `text`, in order; nothing inside a link, no two overlapping. */
export function findPrivateData(text: string, urls: readonly Span[]): PrivateHit[] {
  const hits: PrivateHit[] = [];
  const taken = (start: number, end: number) => hits.some((h) => start < h.end && h.start < end);
  const add = (label: PrivateKind, start: number, found: string) => {
    const end = start + found.length;
    if (!inside(urls, start) && !inside(urls, end - 1) && !taken(start, end)) hits.push({ start, end, label, text: found });
  };
  // Bank numbers and e-mail addresses first: their digits must not be read as phone numbers.
  for (const m of emails(text)) if (!forApplications(text, m.start)) add('email', m.start, m.text);
  for (const m of matches(IBAN, text)) {
    const iban = ibanPrefix(m.text);
    if (iban) add('iban', m.start, iban);
  }
  for (const m of matches(CARD, text)) if (cardValid(m.text)) add('card', m.start, m.text);
  for (const re of PHONE_SHAPES) for (const m of matches(re, text)) if (isPhone(m.text)) add('phone', m.start, m.text);
  for (const m of matches(STREET_EN, text)) if (!isVenueAddress(text, m.start, m.start + m.text.length)) add('address', m.start, m.text);
  for (const m of numberedStreets(text)) if (!isVenueAddress(text, m.start, m.start + m.text.length)) add('address', m.start, m.text);
  return hits.sort((a, b) => a.start - b.start);
}

/** What the reason may show of a hit: enough to find it in the draft, not enough to copy it. */
export function mask(hit: Pick<PrivateHit, 'label' | 'text'>): string {
  const { text } = hit;
  switch (hit.label) {
    case 'email': {
      const at = text.lastIndexOf('@');
      return `${text.charAt(0)}…${text.slice(at)}`;
    }
    case 'card':
      return `…${text.replace(/\D/g, '').slice(-4)}`;
    case 'address':
      return text.replace(/\d+[a-zA-Z]?/g, '…');
    case 'iban':
      return `${text.slice(0, 4)}…${text.slice(-2)}`;
    case 'phone':
      return `${text.slice(0, 3)}…${text.slice(-2)}`;
  }
}

const KINDS: readonly PrivateKind[] = ['email', 'phone', 'address', 'iban', 'card'];

function describe(hits: readonly PrivateHit[], t: Translate, locale: Lang): string {
  return KINDS.flatMap((kind) => {
    const ofKind = hits.filter((h) => h.label === kind);
    if (ofKind.length === 0) return [];
    const name = ofKind.length === 1 ? t(kind) : t(`${kind}Many`, { count: ofKind.length });
    return [`${name} ${list([...new Set(ofKind.map(mask))], locale)}`];
  }).join(', ');
}

export const privacy: CheckDefinition = {
  id: 'privacy',
  appliesTo: ALL_KINDS,
  messages,
  run({ draft, analysis, t, context }): Finding {
    const hits = findPrivateData(draft.text, analysis.urls);
    if (hits.length === 0) return { level: 'ok', reason: t('ok'), hint: '', evidence: [] };
    return {
      level: 'problem',
      reason: t('found', { items: describe(hits, t, context.locale) }),
      hint: t('hint'),
      evidence: hits.map(({ start, end, label }) => ({ start, end, label })),
    };
  },
};
