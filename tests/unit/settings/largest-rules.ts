/**
 * The largest rules the schema allows, for the bench and the round-trip tests: every phrase list
 * at its most (per list and language, as many added and removed as `phraseLimits` allows), 50 pause entries of 50 topics,
 * 50 custom rules, and every text at its longest.
 *
 * - `largestRules()` uses words in three languages, as a person would type them: what the engine
 *   has to compile and scan.
 * - `largestRules({ widest: true })` fills every text with characters that JSON can only write
 *   as six-byte escapes (lone surrogates): the biggest export the schema allows.
 */
import { defaultRules } from '../../../lib/settings/defaults';
import { DEFAULT_PHRASES } from '../../../lib/review/phrases';
import { LANGS, PHRASE_LISTS, phraseLimits } from '../../../lib/settings/schema';
import type { Rules } from '../../../lib/settings/schema';

const WORDS = [
  'team',
  'growth',
  'lesson',
  'customer',
  'launch',
  'morning',
  'coffee',
  'hiring',
  'update',
  'story',
  'Kunde',
  'Wachstum',
  'Erfahrung',
  'Führung',
  'Straße',
  'Mitarbeiter',
  'heute',
  'Projekt',
  'Übung',
  'Lösung',
  'kund',
  'tillväxt',
  'lärdom',
  'ledarskap',
  'möte',
  'idag',
  'projekt',
  'medarbetare',
  'sommar',
  'åsikt',
];

/** A deterministic generator (mulberry32), so every run builds the same rules. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Text of exactly `length` UTF-16 units. */
type Fill = (length: number, n: number) => string;

/** Words in three languages, numbered so each text differs from the first word on. */
function wordsFill(seed: number): Fill {
  const next = random(seed);
  return (length, n) => {
    let out = `${WORDS[Math.floor(next() * WORDS.length)]}${n}`;
    while (out.length < length) out += ` ${WORDS[Math.floor(next() * WORDS.length)]}`;
    return out.slice(0, length).trimEnd().padEnd(length, 'x');
  };
}

/** Lone high surrogates, which JSON writes as \udxxx: six bytes per unit, the most any character costs. */
const widestFill: Fill = (length, n) => {
  let out = '';
  for (let k = n + 1; out.length < length; k = Math.floor(k / 1024) || n + out.length + 1) out += String.fromCharCode(0xd800 + (k % 1024));
  return out.slice(0, length);
};

export function largestRules({ widest = false } = {}): Rules {
  const rules = defaultRules();
  let n = 0;
  const word = wordsFill(17);
  const fill: Fill = widest ? widestFill : word;
  const phrase = (i: number) => {
    const body = fill(80, n++);
    // Some phrases end in * and some start with a symbol, so every kind of branch is compiled.
    if (widest) return body;
    if (i % 10 === 3) return `${body.slice(0, 79).trimEnd().padEnd(79, 'x')}*`;
    if (i % 10 === 7) return `#${body.slice(1)}`;
    return body;
  };
  for (const lang of LANGS) {
    for (const list of PHRASE_LISTS) {
      const defaults = DEFAULT_PHRASES[lang][list];
      const most = phraseLimits(list);
      rules.phrases[lang][list] = {
        add: Array.from({ length: most.add }, (_, i) => phrase(i)),
        // One default taken out, the rest long phrases that are not defaults (a no-op the schema still allows).
        remove: widest
          ? Array.from({ length: most.remove }, (_, i) => phrase(i))
          : [defaults[0]!, ...Array.from({ length: most.remove - 1 }, (_, i) => phrase(i))],
      };
    }
  }
  const text = (length: number) => fill(length, n++);
  rules.goals = Array.from({ length: 20 }, (_, i) => ({ id: `goal-${i}`.padEnd(40, 'x'), text: text(200), enabled: true }));
  for (const net of Object.values(rules.networks)) net.purpose = text(500);
  rules.custom = Array.from({ length: 50 }, (_, i) => ({
    id: `rule-${i}`.padEnd(40, 'x'),
    enabled: true,
    mode: i % 2 ? ('avoid' as const) : ('require' as const),
    // Plain phrases: the person's regular expressions are another matter (linear-time engine).
    pattern: widest ? text(200) : word(200, n++),
    regex: false,
    networks: [],
    message: text(200),
    severity: 'warn' as const,
  }));
  rules.pause = Array.from({ length: 50 }, (_, i) => ({
    id: `pause-${i}`.padEnd(40, 'x'),
    label: text(100),
    from: '2025-01-01',
    to: '2099-12-31',
    topics: Array.from({ length: 50 }, () => (widest ? text(80) : word(80, n++))),
  }));
  rules.repost.starters = { en: [], de: [], sv: [] };
  rules.repost.replyStarters = { en: [], de: [], sv: [] };
  rules.ctaTemplates = { en: [], de: [], sv: [] };
  for (const lang of LANGS) {
    rules.repost.starters[lang] = Array.from({ length: 20 }, () => text(140));
    rules.repost.replyStarters[lang] = Array.from({ length: 20 }, () => text(140));
    rules.ctaTemplates[lang] = Array.from({ length: 20 }, () => text(140));
  }
  rules.thresholds.crosspostSimilarity = 0.5000000000000001;
  for (const net of Object.values(rules.networks)) {
    net.audienceHours = Array.from({ length: 14 }, () => ({ days: [0, 1, 2, 3, 4, 5, 6], from: '00:00', to: '24:00' }));
  }
  return rules;
}

/** Rules over storage.sync's 100 KB in all: every English and German list as full as the schema allows. */
export function hugeRules(): Rules {
  const rules = defaultRules();
  for (const lang of ['en', 'de'] as const) {
    for (const list of PHRASE_LISTS)
      rules.phrases[lang][list].add = Array.from(
        { length: phraseLimits(list).add },
        (_, i) => `${lang} phrase ${i} that the person added once`,
      );
  }
  return rules;
}
