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
  ['hiring and sales', 'facebook', 'post', 'en', 'We’re hiring! Book a demo and get a discount. #hiring', 'warn', ['We’re hiring', 'Book a demo', 'discount', '#hiring']],
  ['German hiring', 'facebook', 'post', 'de', 'Wir stellen ein! 🎉 Meldet euch bei mir.', 'warn', ['Wir stellen ein']],
  ['Swedish sales in capitals', 'facebook', 'post', 'sv', 'Vi söker en ny utvecklare – och 10 % RABATT för vänner 😉', 'warn', ['Vi söker', 'RABATT']],
  ['B2B jargon in a comment', 'facebook', 'comment', 'en', 'Great ROI on that B2B campaign!', 'warn', ['ROI', 'B2B']],
  ['family news is what Facebook is for', 'facebook', 'post', 'en', 'Happy birthday to my amazing sister! 🎂 Family dinner tonight.', 'pass', []],
  ['a trigger inside a link does not count', 'facebook', 'post', 'en', 'Look at these photos from the lake https://example.com/discount-codes', 'pass', []],
  // LinkedIn: professional, not private life
  ['private life', 'linkedin', 'post', 'en', 'Family dinner with my kids 👩‍👩‍👧‍👦 and my wife after the birthday party.', 'warn', ['Family dinner', 'my kids', 'my wife', 'birthday party']],
  ['German holiday', 'linkedin', 'post', 'de', 'Endlich Urlaub mit meinen Kindern 🏖️', 'warn', ['Urlaub', 'meinen Kindern']],
  ['Swedish hangover in capitals', 'linkedin', 'post', 'sv', 'Bakfull efter FÖDELSEDAGSFEST igår 😅', 'warn', ['Bakfull', 'FÖDELSEDAGSFEST']],
  ['a hashtag says it too', 'linkedin', 'post', 'en', 'Back at my desk after two weeks off. #vacation #recharged', 'warn', ['vacation']],
  ['work is what LinkedIn is for', 'linkedin', 'post', 'en', 'Three lessons from scaling our support team to 40 people. #support #cx #startups', 'pass', []],
  ['right-to-left text around a work post', 'linkedin', 'post', 'en', 'שלום! Our Tel Aviv team shipped the new billing API today. مبروك', 'pass', []],
  // X: public, no private details
  ['home alone, straight apostrophe', 'x', 'post', 'en', "Home alone all weekend, we're away until Monday 🙈", 'warn', ['Home alone', "we're away until"]],
  ['curly apostrophe', 'x', 'reply', 'en', 'Sure! My kid’s school is right by the station.', 'warn', ['My kid’s school']],
  ['German', 'x', 'post', 'de', 'Wir sind verreist, und die Schule meiner Tochter hat Ferien.', 'warn', ['Wir sind verreist', 'die Schule meiner Tochter']],
  ['Swedish å and ä', 'x', 'post', 'sv', 'ENSAM HEMMA hela helgen! Min adress står i bion.', 'warn', ['ENSAM HEMMA', 'Min adress']],
  ['mixed with right-to-left text', 'x', 'post', 'en', 'مرحبا! My home address changed, DM me for the new one', 'warn', ['My home address']],
  ['a mention that looks like a trigger', 'linkedin', 'post', 'en', 'Thanks @vacation for the invite to speak at your conference', 'pass', []],
  // hashtags beyond the network's limit (X 2, LinkedIn 5, Facebook 3)
  ['too many hashtags on X', 'x', 'post', 'en', 'Launch day! #ai #ml #startups #buildinpublic', 'warn', ['#startups', '#buildinpublic']],
  ['too many hashtags on Facebook, and a pitch', 'facebook', 'post', 'en', 'Free trial this week #a #b #c #d', 'warn', ['Free trial', '#d']],
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
    ['en', 'facebook', 'Rabatt für alle', 'Your purpose for Facebook: “Friends and family, people I have met in real life”. This reads as a sales or work pitch: “Rabatt”.'],
    ['de', 'linkedin', 'Mein Hund 🐶', 'Wofür du LinkedIn nutzt: „New and existing professional relationships“. Das hier ist Privatleben: „Mein Hund“.'],
    ['sv', 'x', 'Ring mig på ikväll', 'Det du använder X till: ”Public, to everyone”. Vem som helst kan läsa det, och det här avslöjar privata uppgifter: ”Ring mig på”.'],
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

  test('a hashtag limit of 0 means none', () => {
    const rules = defaultRules();
    rules.networks.linkedin.hashtagLimit = 0;
    const result = reviewOf(draft('linkedin', 'Three lessons from scaling support. #support'), { rules, context: contextAt(NOW, 'en') }).check('fit')!;
    expect(result.status).toBe('warn');
    expect(result.reason).toBe('You use no hashtags on LinkedIn, and this has “#support”.');
  });

  test('too many hashtags alone is a warning even where fit is set to fail', () => {
    const rules = defaultRules();
    rules.networks.x.severity.fit = 'fail';
    const ctx = contextAt(NOW, 'en');
    expect(reviewOf(draft('x', 'Launch day! #ai #ml #web'), { rules, context: ctx }).check('fit')?.status).toBe('warn');
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
