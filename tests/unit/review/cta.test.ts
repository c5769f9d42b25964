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
  [
    'phrases, the question they sit in is not repeated',
    'x',
    'post',
    'en',
    'Shipping today. What do you think? Let me know below.',
    'pass',
    ['What do you think', 'Let me know'],
  ],
  ['a question to the reader', 'x', 'post', 'en', 'שבוע טוב! Are you shipping on Fridays?', 'pass', ['Are you shipping on Fridays?']],
  ['a phrase across a line break', 'x', 'post', 'en', 'Weekly notes are back.\nSign\nup for the newsletter.', 'pass', ['Sign\nup']],
  ['curly apostrophe', 'x', 'post', 'en', 'Don’t forget to grab a seat — doors open at 7.', 'pass', ['Don’t forget to']],
  ['straight apostrophe', 'x', 'post', 'en', "Don't forget to grab a seat — doors open at 7.", 'pass', ["Don't forget to"]],
  ['German in capitals', 'x', 'post', 'de', 'Meetup am Donnerstag. JETZT ANMELDEN!', 'pass', ['JETZT ANMELDEN']],
  ['Swedish ö in capitals', 'x', 'post', 'sv', 'FÖLJ MIG för fler tips om hållbar design.', 'pass', ['FÖLJ MIG']],
  ['mixed German and English', 'x', 'post', 'en', 'Neue Folge ist da! Let me know what you think 🙏', 'pass', ['Let me know']],
  [
    'a question with an exclamation mark',
    'x',
    'post',
    'en',
    'Would you ship on a Friday?! Honest answers only.',
    'pass',
    ['Would you ship on a Friday?!'],
  ],
  [
    'a German reader question',
    'facebook',
    'post',
    'de',
    'Habt ihr schon Pläne fürs Wochenende?',
    'pass',
    ['Habt ihr schon Pläne fürs Wochenende?'],
  ],
  // found by shape: a clause opening with an imperative, cited as that sentence
  [
    'an imperative outside the list',
    'x',
    'post',
    'en',
    'New tutorial is up. Check out the part about caching!',
    'pass',
    ['Check out the part about caching!'],
  ],
  [
    'an imperative after an emoji',
    'x',
    'post',
    'en',
    'Our spring sale starts today 🌷 Order yours before Friday',
    'pass',
    ['Order yours before Friday'],
  ],
  ['"go" + verb', 'x', 'post', 'en', 'The album is finally out. Go buy it!', 'pass', ['Go buy it!']],
  [
    'after leading mentions and a time',
    'x',
    'post',
    'en',
    '@anna @ben Saturday 9am join #CleanupCrew at the pier.',
    'pass',
    ['Saturday 9am join #CleanupCrew at the pier.'],
  ],
  [
    'after a comma, nobody named before',
    'x',
    'post',
    'en',
    'Free workshop on Tuesday, grab a seat while they last.',
    'pass',
    ['grab a seat while they last.'],
  ],
  [
    "a negated ask that asks: Don't miss",
    'x',
    'post',
    'en',
    'The last concert of the tour is on Sunday. Don’t miss it!',
    'pass',
    ['Don’t miss it!'],
  ],
  [
    'German ihr-imperative',
    'x',
    'post',
    'de',
    'Die neue Folge ist online. Schaut rein und erzählt uns, was ihr denkt!',
    'pass',
    ['Schaut rein und erzählt uns, was ihr denkt!'],
  ],
  [
    'German bitte + verb',
    'x',
    'post',
    'de',
    'Bitte unterschreibt die Petition für den Radweg.',
    'pass',
    ['Bitte unterschreibt die Petition für den Radweg.'],
  ],
  [
    'German infinitive call',
    'x',
    'post',
    'de',
    'Das Sommerfest ist am 5. Juli. Jetzt Tickets sichern!',
    'pass',
    ['Jetzt Tickets sichern!'],
  ],
  [
    'German infinitive with a verdict',
    'x',
    'post',
    'de',
    'Die Ausstellung läuft noch bis Mai. Hingehen lohnt sich!',
    'pass',
    ['Hingehen lohnt sich!'],
  ],
  ['German polite imperative', 'x', 'post', 'de', 'Unser Stand ist in Halle 3. Besuchen Sie uns dort!', 'pass', ['Besuchen Sie uns dort!']],
  ['Swedish imperative', 'x', 'post', 'sv', 'Nytt avsnitt ute nu. Lyssna och tipsa en vän!', 'pass', ['Lyssna och tipsa en vän!']],
  ['Swedish motion verb', 'x', 'post', 'sv', 'Vi har öppet hus på lördag. Kom förbi och fika!', 'pass', ['Kom förbi och fika!']],
  ['handing over to the readers', 'x', 'post', 'en', 'We shared our numbers for the quarter. Over to you.', 'pass', ['Over to you.']],
  ['handing over, German', 'x', 'post', 'de', 'Wir haben unser Bestes gegeben. Jetzt ist es an euch.', 'pass', ['Jetzt ist es an euch.']],
  ['handing over, Swedish', 'x', 'post', 'sv', 'Vi har gjort vårt. Nu är det er tur!', 'pass', ['Nu är det er tur!']],
  // open questions to the audience, without "you"
  ['an open question', 'x', 'post', 'en', 'Final four of the tournament are set. Who takes the title?', 'pass', ['Who takes the title?']],
  [
    'an open German question',
    'x',
    'post',
    'de',
    'Zwei Entwürfe für das neue Logo. Welcher gefällt besser?',
    'pass',
    ['Welcher gefällt besser?'],
  ],
  ['an open Swedish question', 'x', 'post', 'sv', 'Två förslag på ny logga. Vilken är bäst?', 'pass', ['Vilken är bäst?']],
  [
    'a question before an emoji',
    'x',
    'post',
    'sv',
    'Fyndade en gammal lampa idag. Något du gillar?🙂 #loppis',
    'pass',
    ['Något du gillar?'],
  ],
  // refused: negated, descriptive, nouns, rhetorical questions
  ['a negated phrase', 'x', 'post', 'en', 'The new model is API only. You cannot download this one.', 'warn', []],
  ['a phrase told about', 'x', 'post', 'en', 'On the train home I read my notes from the offsite again.', 'warn', []],
  ['a subject before an imperative form', 'x', 'post', 'en', 'We went to the lake and watched the sunset together.', 'warn', []],
  ['nouns that look like imperatives', 'x', 'post', 'en', 'Vote count is still going on. Share prices fell again.', 'warn', []],
  ['a diary, not a call', 'x', 'post', 'en', 'Read a great piece about pricing yesterday.', 'warn', []],
  ['a wish, not a call', 'x', 'post', 'en', 'Take care, everyone. See you next week!', 'warn', []],
  ['a question the author answers', 'x', 'post', 'en', 'Why did the migration take so long? Nobody owned the old schema.', 'warn', []],
  ['a question the author asks themself', 'x', 'post', 'en', 'What did I learn this year?\nPatience, mostly.', 'warn', []],
  ['a headline before its link', 'x', 'post', 'en', 'Why do small startups fail? https://example.com/report', 'warn', []],
  [
    'a question to the reader before a link still asks',
    'x',
    'post',
    'en',
    'Would you work a four-day week? https://example.com/poll',
    'pass',
    ['Would you work a four-day week?'],
  ],
  ['an echo question', 'x', 'post', 'en', 'Free? Did someone say free?', 'warn', []],
  [
    'a question answered on the same line, with "you"',
    'x',
    'post',
    'en',
    'Do you know what happened next? Here is the short version.',
    'warn',
    [],
  ],
  ['a German first person, no imperative', 'x', 'post', 'de', 'Schaue gerade die Wiederholung vom Sonntag.', 'warn', []],
  ['a German wish', 'x', 'post', 'de', 'Kommt gut ins Wochenende! Stimmt!', 'warn', []],
  ['German nominalised infinitive', 'x', 'post', 'de', 'Das Buch liegt schon bereit. Viel Spaß beim Lesen!', 'warn', []],
  ['German statement with a modal', 'x', 'post', 'de', 'Die Mitglieder müssen jetzt neu wählen.', 'warn', []],
  ['a Swedish statement', 'x', 'post', 'sv', 'Jag läser en bok om ledarskap. Stöd till föreningar ökar.', 'warn', []],
  ['idioms that are no call', 'x', 'post', 'en', 'Tell me about it. Look at this weather! Go for it, you got this.', 'warn', []],
  ['Swedish and German idioms', 'x', 'post', 'sv', 'Kom igen nu! Se upp för halkan.', 'warn', []],
  ['a retweet marker is no ask', 'x', 'post', 'en', 'RT @newsdesk Markets closed higher on Friday', 'warn', []],
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
  [
    'German, last paragraph',
    'linkedin',
    'post',
    'de',
    'Wir haben unser Onboarding umgebaut.\nDrei Wochen statt drei Monate.\n\nWie seht ihr das?',
    'pass',
    ['Wie seht ihr das'],
  ],
  [
    'Swedish, last paragraph',
    'linkedin',
    'post',
    'sv',
    'Vi har byggt om vår onboarding.\nTre veckor i stället för tre månader.\n\nVad tycker ni? Skriv gärna i kommentarerna.',
    'pass',
    ['Vad tycker ni', 'Skriv gärna', 'i kommentarerna'],
  ],
  [
    'a question before a ZWJ emoji',
    'linkedin',
    'post',
    'en',
    'We shipped v2 today after eight months of work.\n\nWhat would you build next? 👩‍👩‍👧‍👦',
    'pass',
    ['What would you build next?'],
  ],
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
  [
    'early on X is fine',
    'x',
    'post',
    'en',
    'Follow me for weekly notes on hiring.\n\nWe rebuilt our interview loop this year.\nIt took four months.',
    'pass',
    ['Follow me'],
  ],
];

describe('cta', () => {
  test.each(rows)('%s (%s %s, %s)', (_, network, kind, locale, text, status, evidence) => {
    const result = reviewOf(draft(network, text, kind), { context: contextAt(NOW, locale) }).check('cta');
    expect(result?.status).toBe(status);
    expect(slices(text, result!.evidence)).toEqual(evidence);
    for (const s of slices(text, result!.evidence).slice(0, 3)) expect(result!.reason).toContain(s.replace(/\s+/g, ' '));
  });

  test('a styled sentence is highlighted as written and quoted in plain letters', () => {
    const text = 'We rebuilt the app from scratch.\n\n𝐆𝐫𝐚𝐛 𝐢𝐭 𝐭𝐨𝐝𝐚𝐲!';
    const result = reviewOf(draft('linkedin', text), { context: contextAt(NOW, 'en') }).check('cta')!;
    expect(result.status).toBe('pass');
    expect(slices(text, result.evidence)).toEqual(['𝐆𝐫𝐚𝐛 𝐢𝐭 𝐭𝐨𝐝𝐚𝐲!']);
    expect(result.reason).toBe('Ends by asking readers to act: “Grab it today!”.');
  });

  test('a phrase the person removed is not found by its shape either', () => {
    const text = 'Small teams ship faster.\n\nLet me know how yours does it.';
    const rules = defaultRules();
    rules.phrases.en.cta.remove.push('let me know');
    expect(reviewOf(draft('linkedin', text), { context: contextAt(NOW, 'en') }).check('cta')?.status).toBe('pass');
    expect(reviewOf(draft('linkedin', text), { rules, context: contextAt(NOW, 'en') }).check('cta')?.status).toBe('fail');
  });

  // A hang guard (the test's timeout), not a timing: linear time is proved in tests/unit/robustness.
  test('a long paste of imperatives and questions is read whole', { timeout: 5_000 }, () => {
    const text = 'Check out the notes, and tell me: who would win? Jetzt anmelden! Kom förbi. You cannot download it. '.repeat(600);
    const result = reviewOf(draft('facebook', text), { context: contextAt(NOW, 'en') }).check('cta');
    expect(result?.evidence.length).toBeGreaterThan(1000);
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
    expect(reviewOf(draft('linkedin', NO_CTA), { rules, context: contextAt(NOW, 'en') }).check('cta')?.hint).toMatch(
      /^Close with a call to action:/,
    );
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
