import { describe, expect, test } from 'vitest';
import { briefPurpose } from '../../../lib/review/checks/fit';
import { contextAt } from '../../../lib/review/context';
import type { CheckStatus, ComposerKind, NetworkId } from '../../../lib/review/types';
import { defaultRules } from '../../../lib/settings/defaults';
import type { Lang } from '../../../lib/settings/schema';
import { draft, reviewOf, slices } from './check-harness';

const NOW = new Date(2026, 10, 24, 10, 0);
type Row = [name: string, network: NetworkId, kind: ComposerKind, locale: Lang, text: string, status: CheckStatus, evidence: string[]];

const rows: Row[] = [
  // Facebook: friends and family, not sales or hiring
  [
    'hiring and sales',
    'facebook',
    'post',
    'en',
    'We’re hiring! Book a demo and get a discount. #hiring',
    'warn',
    ['We’re hiring', 'Book a demo', 'discount', '#hiring'],
  ],
  ['German hiring', 'facebook', 'post', 'de', 'Wir stellen ein! 🎉 Meldet euch bei mir.', 'warn', ['Wir stellen ein']],
  [
    'Swedish sales in capitals',
    'facebook',
    'post',
    'sv',
    'Vi söker en ny utvecklare – och 10 % RABATT för vänner 😉',
    'warn',
    ['Vi söker', 'RABATT'],
  ],
  ['B2B jargon in a comment', 'facebook', 'comment', 'en', 'Great ROI on that B2B campaign!', 'warn', ['ROI', 'B2B']],
  [
    'family news is what Facebook is for',
    'facebook',
    'post',
    'en',
    'Happy birthday to my amazing sister! 🎂 Family dinner tonight.',
    'pass',
    [],
  ],
  [
    'a trigger inside a link does not count',
    'facebook',
    'post',
    'en',
    'Look at these photos from the lake https://example.com/discount-codes',
    'pass',
    [],
  ],
  // LinkedIn: professional, not private life
  [
    'private life',
    'linkedin',
    'post',
    'en',
    'Family dinner with my kids 👩‍👩‍👧‍👦 and my wife after the birthday party.',
    'warn',
    ['Family dinner', 'my kids', 'my wife', 'birthday party'],
  ],
  ['German holiday', 'linkedin', 'post', 'de', 'Endlich Urlaub mit meinen Kindern 🏖️', 'warn', ['Urlaub', 'meinen Kindern']],
  [
    'Swedish hangover in capitals',
    'linkedin',
    'post',
    'sv',
    'Bakfull efter FÖDELSEDAGSFEST igår 😅',
    'warn',
    ['Bakfull', 'FÖDELSEDAGSFEST'],
  ],
  ['a hashtag says it too', 'linkedin', 'post', 'en', 'Back at my desk after two weeks off. #vacation #recharged', 'warn', ['vacation']],
  [
    'work is what LinkedIn is for',
    'linkedin',
    'post',
    'en',
    'Three lessons from scaling our support team to 40 people. #support #cx #startups',
    'pass',
    [],
  ],
  [
    'right-to-left text around a work post',
    'linkedin',
    'post',
    'en',
    'שלום! Our Tel Aviv team shipped the new billing API today. مبروك',
    'pass',
    [],
  ],
  // X: public, no private details
  [
    'home alone, straight apostrophe',
    'x',
    'post',
    'en',
    "Home alone all weekend, we're away until Monday 🙈",
    'warn',
    ['Home alone', "we're away until"],
  ],
  ['curly apostrophe', 'x', 'reply', 'en', 'Sure! My kid’s school is right by the station.', 'warn', ['My kid’s school']],
  [
    'German',
    'x',
    'post',
    'de',
    'Wir sind verreist, und die Schule meiner Tochter hat Ferien.',
    'warn',
    ['Wir sind verreist', 'die Schule meiner Tochter'],
  ],
  ['Swedish å and ä', 'x', 'post', 'sv', 'ENSAM HEMMA hela helgen! Min adress står i bion.', 'warn', ['ENSAM HEMMA', 'Min adress']],
  [
    'mixed with right-to-left text',
    'x',
    'post',
    'en',
    'مرحبا! My home address changed, DM me for the new one',
    'warn',
    ['My home address'],
  ],
  [
    'a mention that looks like a trigger',
    'linkedin',
    'post',
    'en',
    'Thanks @vacation for the invite to speak at your conference',
    'pass',
    [],
  ],
  // LinkedIn: private life is a misfit only without a professional angle
  [
    'a weekend at the beach',
    'linkedin',
    'post',
    'en',
    'What a weekend! Took the kids to the beach and grilled burgers at sunset.',
    'warn',
    ['weekend', 'kids', 'beach', 'sunset'],
  ],
  [
    'holiday greetings',
    'linkedin',
    'post',
    'en',
    'Merry Christmas to everyone and a happy new year!',
    'warn',
    ['Merry Christmas', 'happy new year'],
  ],
  [
    'a private story that draws a lesson',
    'linkedin',
    'post',
    'en',
    'A hike with my wife taught me something about leadership: the slowest walker sets the pace.',
    'pass',
    [],
  ],
  [
    'a private aside around a work event',
    'linkedin',
    'post',
    'en',
    'My husband is at the game and I am giving the keynote at the tax summit!',
    'pass',
    [],
  ],
  ['one private word is not private life', 'linkedin', 'post', 'en', 'Friday pizza and a demo of the new release. Good week.', 'pass', []],
  ['a courtesy in a comment', 'linkedin', 'comment', 'en', 'Happy birthday, and enjoy the weekend with your family!', 'pass', []],
  [
    'the list still counts in a comment',
    'linkedin',
    'comment',
    'en',
    'Ha, my kids said the same on our family vacation',
    'warn',
    ['my kids', 'family vacation'],
  ],
  ['"family" of products', 'linkedin', 'post', 'en', 'Our model family now covers vision and audio. Here is what changed.', 'pass', []],
  [
    'German weekend',
    'linkedin',
    'post',
    'de',
    'Endlich Wochenende! Mit der Familie am Strand und abends Pizza.',
    'warn',
    ['Wochenende', 'Familie', 'Strand', 'Pizza'],
  ],
  [
    'German lesson from a holiday',
    'linkedin',
    'post',
    'de',
    'Im Urlaub habe ich gelernt, wie wichtig Pausen für mein Team sind.',
    'pass',
    [],
  ],
  ['Swedish greetings', 'linkedin', 'post', 'sv', 'God jul och gott nytt år till er alla!', 'warn', ['God jul', 'gott nytt år']],
  [
    'Swedish walk and dinner',
    'linkedin',
    'post',
    'sv',
    'Härlig helg med familjen, promenad i solnedgången och middag ute.',
    'warn',
    ['helg', 'familjen', 'promenad', 'solnedgången', 'middag'],
  ],
  [
    'Swedish lesson from a holiday',
    'linkedin',
    'post',
    'sv',
    'Under semestern lärde jag mig mer om ledarskap än på ett helt år.',
    'pass',
    [],
  ],
  // Facebook: job offers and sales pitches, not a private person's sale, gig or news
  [
    'a babysitter wanted',
    'facebook',
    'post',
    'en',
    'We are looking for a babysitter for Saturday nights. Anyone?',
    'warn',
    ['looking for', 'babysitter'],
  ],
  [
    'someone for paid work',
    'facebook',
    'post',
    'en',
    'Seeking someone to help clean the house twice a week, $20/hour.',
    'warn',
    ['Seeking', 'someone', 'clean'],
  ],
  [
    'someone at an hourly rate',
    'facebook',
    'post',
    'en',
    'Looking for someone who speaks French, 3 hours a week for $25 per hour.',
    'warn',
    ['Looking for', 'someone', '$25 per hour'],
  ],
  [
    'looking for company is not hiring',
    'facebook',
    'post',
    'en',
    'Looking for someone to go to the concert with me on Friday!',
    'pass',
    [],
  ],
  [
    'a shop’s call to buy',
    'facebook',
    'post',
    'en',
    'Our summer collection is here! Shop now at https://example.com/shop',
    'warn',
    ['Shop now'],
  ],
  ['a store’s sale', 'facebook', 'post', 'en', 'New arrivals in our store: jackets for every season, from $49.', 'warn', ['in our store']],
  [
    'a product’s hype with a link',
    'facebook',
    'post',
    'en',
    'The newest detox tea that works! https://example.com/tea',
    'warn',
    ['that works'],
  ],
  ['a private one-off sale', 'facebook', 'post', 'en', 'Selling my old bike, $80, it is for sale until Sunday. Let me know!', 'pass', []],
  [
    'an invitation to one’s own gig',
    'facebook',
    'post',
    'en',
    'My band plays at the Rose Bar on Friday! Tickets $10 at the door.',
    'pass',
    [],
  ],
  ['news of one’s own business', 'facebook', 'post', 'en', 'Best week ever at my little bakery! https://example.com/bakery', 'pass', []],
  [
    'German helper wanted',
    'facebook',
    'post',
    'de',
    'Babysitter gesucht für Freitagabend, 12 € pro Stunde!',
    'warn',
    ['Babysitter', 'gesucht'],
  ],
  ['German job ad', 'facebook', 'post', 'de', 'Verkäuferin (m/w/d) für unseren Laden in Köln', 'warn', ['(m/w/d)']],
  ['German search for a flat', 'facebook', 'post', 'de', 'Wir suchen eine neue Wohnung in Köln, habt ihr Tipps?', 'pass', []],
  [
    'German shop',
    'facebook',
    'post',
    'de',
    'Unsere neue Kollektion ist da! Jetzt im Shop: https://example.com',
    'warn',
    ['neue Kollektion', 'im Shop'],
  ],
  ['German private sale', 'facebook', 'post', 'de', 'Ich verkaufe mein altes Fahrrad, 50 € VB. Meldet euch!', 'pass', []],
  ['Swedish babysitter', 'facebook', 'post', 'sv', 'Barnvakt sökes till fredagskvällar, 120 kr i timmen.', 'warn', ['Barnvakt', 'sökes']],
  ['Swedish shop sale', 'facebook', 'post', 'sv', 'Stor rea i vår butik i helgen: https://example.com', 'warn', ['rea', 'i vår butik']],
  ['Swedish private sale', 'facebook', 'post', 'sv', 'Säljer min gamla soffa, 500 kr. Hör av dig!', 'pass', []],
  // hashtags standing on their own beyond the network's limit (X 5, LinkedIn 7, Facebook 3)
  [
    'too many hashtags on X',
    'x',
    'post',
    'en',
    'Launch day for the new app! #ai #ml #startups #buildinpublic #saas #devtools',
    'warn',
    ['#devtools'],
  ],
  ['hashtag soup: mostly tags', 'x', 'post', 'en', '#ai #ml #startups #launch today', 'warn', ['#ai', '#ml', '#startups', '#launch']],
  [
    'tags used as words do not count',
    'x',
    'post',
    'en',
    'I love #coffee in the morning, #tea at noon, #wine with #friends and #water with #family.',
    'pass',
    [],
  ],
  [
    'a tag glued to the word before it, in a run',
    'x',
    'post',
    'en',
    'Best view of the week#sun #sea #sky #sand #surf #summer',
    'warn',
    ['#summer'],
  ],
  [
    'three to five trailing tags are fine on X',
    'x',
    'post',
    'en',
    'New post on flaky tests and how to fix them. #testing #qa #dev',
    'pass',
    [],
  ],
  [
    'seven tags are fine on LinkedIn',
    'linkedin',
    'post',
    'en',
    'Three lessons from our migration to Postgres. #a #b #c #d #e #f #g',
    'pass',
    [],
  ],
  ['eight are not', 'linkedin', 'post', 'en', 'Three lessons from our migration to Postgres. #a #b #c #d #e #f #g #h', 'warn', ['#h']],
  [
    'too many hashtags on Facebook, and a pitch',
    'facebook',
    'post',
    'en',
    'Free trial this week #a #b #c #d',
    'warn',
    ['Free trial', '#d'],
  ],
  ['hashtags within the limit', 'x', 'post', 'en', 'Launch day! #ai #ml', 'pass', []],
];

describe('fit', () => {
  test.each(rows)('%s (%s %s, %s)', (_, network, kind, locale, text, status, evidence) => {
    const result = reviewOf(draft(network, text, kind), { context: contextAt(NOW, locale) }).check('fit');
    expect(result?.status).toBe(status);
    expect(slices(text, result!.evidence)).toEqual(evidence);
    for (const s of slices(text, result!.evidence).slice(0, 3)) expect(result!.reason).toContain(s.replace(/\s+/g, ' '));
    expect(result!.hint === '').toBe(status === 'pass');
  });

  test.each([
    [
      'en',
      'facebook',
      'Rabatt für alle',
      'Your purpose for Facebook: “Friends and family, people I have met in real life”. This reads as a sales or work pitch: “Rabatt”.',
    ],
    [
      'de',
      'linkedin',
      'Mein Hund 🐶',
      'Wofür du LinkedIn nutzt: „New and existing professional relationships“. Das hier ist Privatleben: „Mein Hund“.',
    ],
    [
      'sv',
      'x',
      'Ring mig på ikväll',
      'Det du använder X till: ”Public, to everyone”. Vem som helst kan läsa det, och det här avslöjar privata uppgifter: ”Ring mig på”.',
    ],
  ] as const)('the reason cites the person’s purpose and the trigger (%s, %s)', (locale, network, text, reason) => {
    expect(reviewOf(draft(network, text), { context: contextAt(NOW, locale) }).check('fit')?.reason).toBe(reason);
  });

  test('the purpose and the trigger words are the person’s', () => {
    const rules = defaultRules();
    rules.networks.linkedin.purpose = 'Clients and colleagues only; nothing else';
    rules.phrases.en['fit-linkedin'].add.push('golf');
    rules.phrases.en['fit-linkedin'].remove.push('my dog');
    const result = reviewOf(draft('linkedin', 'Golf with my dog today'), { rules, context: contextAt(NOW, 'en') }).check('fit')!;
    expect(slices('Golf with my dog today', result.evidence)).toEqual(['Golf']);
    expect(result.reason).toContain('“Clients and colleagues only”');
  });

  test('a pass says what private life it saw and what ties it to work', () => {
    const result = reviewOf(draft('linkedin', 'A hike with my wife taught me something about leadership.'), {
      context: contextAt(NOW, 'en'),
    }).check('fit')!;
    expect(result.reason).toBe(
      'Fits your purpose for LinkedIn: “New and existing professional relationships”. It tells of private life (“hike”, “my wife”) and ties it to work (“taught”, “leadership”).',
    );
  });

  test('a phrase the person added is a misfit on LinkedIn even beside work', () => {
    const rules = defaultRules();
    rules.phrases.de['fit-linkedin'].add.push('Padel');
    const text = 'Padel with the team after work';
    const result = reviewOf(draft('linkedin', text), { rules, context: contextAt(NOW, 'en') }).check('fit')!;
    expect(result.status).toBe('warn');
    expect(slices(text, result.evidence)).toEqual(['Padel']);
  });

  test('a hashtag limit of 0 means none', () => {
    const rules = defaultRules();
    rules.networks.linkedin.hashtagLimit = 0;
    const result = reviewOf(draft('linkedin', 'Three lessons from scaling support. #support'), {
      rules,
      context: contextAt(NOW, 'en'),
    }).check('fit')!;
    expect(result.status).toBe('warn');
    expect(result.reason).toBe('You use no hashtags on LinkedIn, and this has “#support”.');
  });

  test('too many hashtags alone is a warning even where fit is set to fail', () => {
    const rules = defaultRules();
    rules.networks.x.severity.fit = 'fail';
    const ctx = contextAt(NOW, 'en');
    expect(reviewOf(draft('x', 'Launch day for the app! #ai #ml #web #dev #saas #oss'), { rules, context: ctx }).check('fit')?.status).toBe(
      'warn',
    );
    expect(reviewOf(draft('x', 'Home alone tonight'), { rules, context: ctx }).check('fit')?.status).toBe('fail');
  });
});

describe('briefPurpose', () => {
  test.each([
    ['Friends and family, people I have met in real life; mostly private audiences.', 'Friends and family, people I have met in real life'],
    ['Public, to everyone: new and existing relationships.', 'Public, to everyone'],
    ['Work — and only work', 'Work'],
    ['  ', ''],
    [`Everything about ${'very '.repeat(30)}long purposes`, `Everything about ${'very '.repeat(12).trim()}…`],
  ])('%j → %j', (purpose, brief) => {
    expect(briefPurpose(purpose)).toBe(brief);
  });
});
