import { describe, expect, test } from 'vitest';
import { analyze } from '../../../lib/review/analyze';
import { closingStart } from '../../../lib/review/checks/cta';
import { contextAt } from '../../../lib/review/context';
import type { CheckStatus, ComposerKind, NetworkId } from '../../../lib/review/types';
import { defaultRules } from '../../../lib/settings/defaults';
import type { Lang } from '../../../lib/settings/schema';
import { draft, reviewOf, slices } from './check-harness';

const NOW = new Date(2026, 10, 24, 10, 0);
type Row = [name: string, network: NetworkId, kind: ComposerKind, locale: Lang, text: string, status: CheckStatus, evidence: string[]];

const NO_CTA = 'Shipping the new release today after three months of work.';

const rows: Row[] = [
  // none found: severity per network (LinkedIn fail, X warn, Facebook off)
  ['none on X', 'x', 'post', 'en', NO_CTA, 'warn', []],
  ['none on LinkedIn', 'linkedin', 'post', 'en', NO_CTA, 'fail', []],
  ['none on Facebook', 'facebook', 'post', 'en', NO_CTA, 'pass', []],
  ['none in a quote on LinkedIn', 'linkedin', 'quote', 'de', 'Spannender Artikel über Vier-Tage-Wochen in Schweden.', 'fail', []],
  ['a link is not a call to action', 'x', 'post', 'en', 'Notes from the conference https://example.com/subscribe?ref=x', 'warn', []],
  ['hashtags are not calls to action', 'x', 'post', 'en', 'Great day at the lake #subscribe #followme', 'warn', []],
  ['a question about no one', 'x', 'post', 'en', 'Is it Friday yet?', 'warn', []],
  // found
  ['phrases, the question they sit in is not repeated', 'x', 'post', 'en', 'Shipping today. What do you think? Let me know below.', 'pass', ['What do you think', 'Let me know']],
  ['a question to the reader', 'x', 'post', 'en', 'שבוע טוב! Are you shipping on Fridays?', 'pass', ['Are you shipping on Fridays?']],
  ['a phrase across a line break', 'x', 'post', 'en', 'Weekly notes are back.\nSign\nup for the newsletter.', 'pass', ['Sign\nup']],
  ['curly apostrophe', 'x', 'post', 'en', 'Don’t forget to grab a seat — doors open at 7.', 'pass', ['Don’t forget to']],
  ['straight apostrophe', 'x', 'post', 'en', "Don't forget to grab a seat — doors open at 7.", 'pass', ["Don't forget to"]],
  ['German in capitals', 'x', 'post', 'de', 'Meetup am Donnerstag. JETZT ANMELDEN!', 'pass', ['JETZT ANMELDEN']],
  ['Swedish ö in capitals', 'x', 'post', 'sv', 'FÖLJ MIG för fler tips om hållbar design.', 'pass', ['FÖLJ MIG']],
  ['mixed German and English', 'x', 'post', 'en', 'Neue Folge ist da! Let me know what you think 🙏', 'pass', ['Let me know']],
  ['a question with an exclamation mark', 'x', 'post', 'en', 'Would you ship on a Friday?! Honest answers only.', 'pass', ['Would you ship on a Friday?!']],
  ['a German reader question', 'facebook', 'post', 'de', 'Habt ihr schon Pläne fürs Wochenende?', 'pass', ['Habt ihr schon Pläne fürs Wochenende?']],
  // LinkedIn: at the end
  [
    'at the end, before trailing hashtags',
    'linkedin',
    'post',
    'en',
    'We rebuilt our interview loop this year.\nIt halved our time to hire.\n\nWhat would you change in yours?\n\n#hiring #leadership',
    'pass',
    ['What would you change in yours?'],
  ],
  ['German, last paragraph', 'linkedin', 'post', 'de', 'Wir haben unser Onboarding umgebaut.\nDrei Wochen statt drei Monate.\n\nWie seht ihr das?', 'pass', ['Wie seht ihr das']],
  [
    'Swedish, last paragraph',
    'linkedin',
    'post',
    'sv',
    'Vi har byggt om vår onboarding.\nTre veckor i stället för tre månader.\n\nVad tycker ni? Skriv gärna i kommentarerna.',
    'pass',
    ['Vad tycker ni', 'Skriv gärna', 'i kommentarerna'],
  ],
  ['a question before a ZWJ emoji', 'linkedin', 'post', 'en', 'We shipped v2 today after eight months of work.\n\nWhat would you build next? 👩‍👩‍👧‍👦', 'pass', ['What would you build next?']],
  [
    'only early: move it',
    'linkedin',
    'post',
    'en',
    'Follow me for weekly notes on hiring.\n\nWe rebuilt our interview loop this year.\nIt took four months.\nIt halved our time to hire.',
    'warn',
    ['Follow me'],
  ],
  [
    'only early in one long paragraph',
    'linkedin',
    'post',
    'en',
    'Comment below with your best onboarding habit: I am collecting examples from small teams for a talk next month, and every story helps me show what works when nobody has time to write documentation.',
    'warn',
    ['Comment below'],
  ],
  ['early on X is fine', 'x', 'post', 'en', 'Follow me for weekly notes on hiring.\n\nWe rebuilt our interview loop this year.\nIt took four months.', 'pass', ['Follow me']],
];

describe('cta', () => {
  test.each(rows)('%s (%s %s, %s)', (_, network, kind, locale, text, status, evidence) => {
    const result = reviewOf(draft(network, text, kind), { context: contextAt(NOW, locale) }).check('cta');
    expect(result?.status).toBe(status);
    expect(slices(text, result!.evidence)).toEqual(evidence);
    for (const s of slices(text, result!.evidence).slice(0, 3)) expect(result!.reason).toContain(s.replace(/\s+/g, ' '));
  });

  test.each([
    ['en', 'Close with one, for example: “What do you think? Let me know in the comments.”'],
    ['de', 'Schließ mit einer Aufforderung, zum Beispiel: „Was meint ihr? Schreibt es in die Kommentare.“'],
    ['sv', 'Avsluta med en uppmaning, till exempel: ”Vad tycker du? Skriv gärna i kommentarerna.”'],
  ] as const)('a missing one suggests the first %s template', (locale, hint) => {
    expect(reviewOf(draft('linkedin', NO_CTA), { context: contextAt(NOW, locale) }).check('cta')?.hint).toBe(hint);
  });

  test('an early one gets a hint to move it to the end', () => {
    const text = 'Follow me for weekly notes on hiring.\n\nWe rebuilt our interview loop this year.\nIt took four months.';
    const result = reviewOf(draft('linkedin', text), { context: contextAt(NOW, 'en') }).check('cta')!;
    expect(result.reason).toBe('The call to action (“Follow me”) comes before the end; on LinkedIn readers act on what they read last.');
    expect(result.hint).toMatch(/^Move it into the last paragraph/);
  });

  test('where the person made it optional, the reason says so and there is nothing to fix', () => {
    const result = reviewOf(draft('facebook', NO_CTA), { context: contextAt(NOW, 'en') }).check('cta')!;
    expect(result).toMatchObject({ status: 'pass', severity: 'off', hint: '' });
    expect(result.reason).toContain('optional on Facebook');
  });

  test('without templates the hint still says what to add', () => {
    const rules = defaultRules();
    rules.ctaTemplates.en = [];
    expect(reviewOf(draft('linkedin', NO_CTA), { rules, context: contextAt(NOW, 'en') }).check('cta')?.hint).toMatch(/^Close with a call to action:/);
  });

  test('replies and comments are not asked for one', () => {
    const r = reviewOf(draft('linkedin', NO_CTA, 'comment'), { context: contextAt(NOW, 'en') });
    expect(r.check('cta')).toBeUndefined();
    expect(r.skipped).toContainEqual({ id: 'cta', why: 'not-applicable' });
  });
});

describe('closingStart', () => {
  test.each([
    ['one line: the last 30 %', 'aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj', 34],
    ['lines: the last line', 'First line here.\nSecond line here.\nThird line is here and it is long.', 35],
    ['lines: or the last 30 %, whichever starts first', 'First line here.\nSecond line here.\nThird.', 28],
    ['paragraphs: the last paragraph', 'Para one.\n\nPara two, line one.\nPara two, line two.', 11],
    ['trailing hashtags do not count', 'Para one is long enough here.\n\nAsk me anything.\n\n#ama #tech', 31],
  ])('%s', (_, text, expected) => {
    expect(closingStart(analyze(text))).toBe(expected);
  });
});
