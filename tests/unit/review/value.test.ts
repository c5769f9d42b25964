import { describe, expect, test } from 'vitest';
import { contextAt } from '../../../lib/review/context';
import type { CheckStatus, ComposerKind, NetworkId } from '../../../lib/review/types';
import { defaultRules } from '../../../lib/settings/defaults';
import type { Lang } from '../../../lib/settings/schema';
import { draft, reviewOf, slices } from './check-harness';

const NOW = new Date(2026, 10, 24, 10, 0);
type Row = [name: string, network: NetworkId, kind: ComposerKind, locale: Lang, text: string, status: CheckStatus, evidence: string[]];

const rows: Row[] = [
  // bare promotion
  ['link drop', 'x', 'post', 'en', 'New video is up! https://youtu.be/abc123 #tech #ai', 'warn', ['New video is up']],
  [
    'German link drop',
    'facebook',
    'post',
    'de',
    'Schaut mal rein: mein neues Video 👉 https://youtu.be/x',
    'warn',
    ['Schaut mal rein', 'mein neues Video'],
  ],
  ['Swedish link drop, any case', 'x', 'post', 'sv', 'KOLLA IN MIN nya podd! Länk i bio 🎧', 'warn', ['MIN nya podd', 'Länk i bio']],
  [
    'self-promotion in a reply',
    'x',
    'reply',
    'en',
    'Great thread. Check out my newsletter, link in bio',
    'warn',
    ['Check out my', 'link in bio'],
  ],
  [
    'promotion in a quote',
    'linkedin',
    'quote',
    'en',
    'Out now: my new book. Use code FRIENDS for 20 % off.',
    'warn',
    ['Out now', 'my new book', 'Use code', '20 % off'],
  ],
  // promotion by its shape, in three languages: prices, discounts, availability, buying imperatives, codes, free offers, self-promotion
  [
    'a price with an offer word',
    'x',
    'post',
    'de',
    'Sneaker Retro Low, jetzt nur 49,99 € https://shop.example.de/retro',
    'warn',
    ['nur 49,99 €'],
  ],
  ['a Swedish sale and price', 'facebook', 'post', 'sv', 'Rea! Allt i butiken för bara 99:- 🛍️', 'warn', ['Rea', 'för bara 99:-']],
  ['a discount', 'x', 'post', 'en', 'Spring cleaning at the studio: 20% off every print, frames included!', 'warn', ['20% off']],
  ['a German discount', 'x', 'post', 'de', 'Nur diese Woche: -30 % auf alle Kurse 🎉', 'warn', ['-30 %']],
  [
    'available on our website',
    'linkedin',
    'post',
    'en',
    'The new planner is here and it looks great. Available on our website.',
    'warn',
    ['Available on our'],
  ],
  ['get it on a store', 'x', 'post', 'en', 'Our summer single is finally here! Get it on iTunes today 🎶', 'warn', ['Get it on']],
  [
    'German availability',
    'x',
    'post',
    'de',
    'Endlich da und ab sofort erhältlich: unsere Kaffeemischung für den Herbst!',
    'warn',
    ['ab sofort erhältlich'],
  ],
  ['Swedish availability', 'x', 'post', 'sv', 'Vår nya podd finns nu på Spotify! 🎧', 'warn', ['Vår nya podd', 'finns nu']],
  [
    'a sentence-initial order imperative',
    'facebook',
    'post',
    'sv',
    'Beställ din julkorg hos oss, den blir garanterat uppskattad.',
    'warn',
    ['Beställ'],
  ],
  ['a German call in the infinitive', 'x', 'post', 'de', 'Der Kalender für 2027 ist da. Jetzt bestellen!', 'warn', ['Jetzt bestellen']],
  ['a discount code', 'x', 'post', 'en', 'Treat yourself, use code SPRING20 at checkout ✨', 'warn', ['use code']],
  ['a free offer', 'x', 'post', 'de', 'Unsere App kostenlos testen: https://app.example.de', 'warn', ['kostenlos testen']],
  [
    'self-promotion of a new song',
    'x',
    'post',
    'en',
    'My new single is out now! 🎧 https://music.example.com/single',
    'warn',
    ['My new single', 'out now'],
  ],
  [
    'a giveaway',
    'x',
    'post',
    'en',
    'Giveaway! Follow and retweet for a chance to win our tote bag 👜',
    'warn',
    ['Giveaway', 'chance to win'],
  ],
  ['follow me elsewhere', 'x', 'post', 'sv', 'Följ mig på Instagram för fler bilder från resan ✈️', 'warn', ['Följ mig på Instagram']],
  // a question does not excuse promotion
  [
    'promotion with a question for the reader',
    'x',
    'post',
    'en',
    'Check out my new course 👉 https://example.com\nWhat would you want to learn first?',
    'warn',
    ['my new course'],
  ],
  ['a teaser question and an offer', 'x', 'post', 'en', 'Hungry? Grab our new burrito bowl today 🌯', 'warn', ['Grab our']],
  ['a shouted free', 'facebook', 'post', 'en', 'FREE? Yes, really.', 'warn', ['FREE']],
  [
    'link in bio with a question',
    'x',
    'post',
    'en',
    'Check out my new video! Link in bio. Thoughts?',
    'warn',
    ['my new video', 'Link in bio'],
  ],
  // promotion that tells readers what, when, where or on what terms
  [
    'an event with date and place',
    'linkedin',
    'post',
    'en',
    'Join us for our spring meetup on Thursday at 18:00 at Kulturhuset in Stockholm. Three short talks on accessibility, then pizza.',
    'pass',
    ['Thursday', '18:00', 'at Kulturhuset', 'in Stockholm'],
  ],
  [
    'product details and a price',
    'x',
    'post',
    'de',
    'Neu im Shop: unsere Wanderjacke in 4 Farben und 5 Größen, ab 129 €.',
    'pass',
    ['4 Farben', '5 Größen'],
  ],
  [
    'a discount with its terms',
    'facebook',
    'post',
    'sv',
    'Rea på alla cyklar till och med söndag, 20 % rabatt i butiken på Storgatan 12.',
    'pass',
    ['söndag', 'på Storgatan'],
  ],
  [
    'promotion with a reason',
    'linkedin',
    'post',
    'de',
    'Mein neues Video ist online, weil mich so viele nach unserem Onboarding gefragt haben.',
    'pass',
    ['weil'],
  ],
  // thin drafts
  ['only markup', 'x', 'post', 'en', 'https://example.com/post #growth @anna', 'warn', ['https://example.com/post', '#growth', '@anna']],
  ['emoji and hashtags only', 'facebook', 'post', 'sv', '🎉🎉 #fredag #helg', 'warn', ['#fredag', '#helg']],
  ['thin but asks something', 'x', 'post', 'en', 'Why? 👇 https://example.com/thread', 'warn', ['Why?']],
  // value signals
  [
    'teaches, curly apostrophe',
    'linkedin',
    'post',
    'en',
    'Here’s how we cut our release cycle from 6 weeks to 3 days, because small PRs are easier to review.',
    'pass',
    ['Here’s how', 'because'],
  ],
  [
    'teaches, straight apostrophe',
    'linkedin',
    'post',
    'en',
    "Here's how we cut our release cycle from 6 weeks to 3 days.",
    'pass',
    ["Here's how"],
  ],
  [
    'German lesson',
    'linkedin',
    'post',
    'de',
    'Drei Dinge, die ich dieses Jahr gelernt habe – und warum sie mein Team verändert haben.',
    'pass',
    ['gelernt', 'warum'],
  ],
  [
    'Swedish lesson in capitals',
    'linkedin',
    'post',
    'sv',
    'Jag LÄRDE MIG en sak i år: fråga tidigt, eftersom ingen kan läsa tankar.',
    'pass',
    ['LÄRDE MIG', 'eftersom'],
  ],
  [
    'after a ZWJ family emoji',
    'facebook',
    'post',
    'en',
    '👩‍👩‍👧‍👦 Tip for parents who work from home: block the first hour for yourself.',
    'pass',
    ['Tip'],
  ],
  [
    'right-to-left text around an English lesson',
    'x',
    'post',
    'en',
    'رمضان كريم 🌙 The lesson I keep relearning: rest is part of the work. שבת שלום',
    'pass',
    ['lesson'],
  ],
  [
    'mixed German and English',
    'linkedin',
    'post',
    'en',
    'Kurzer Tipp for everyone shipping on Fridays: don’t. Weil nobody wants a pager at midnight.',
    'pass',
    ['Tipp', 'Weil'],
  ],
  [
    'emotion across a line break',
    'facebook',
    'post',
    'sv',
    'Så TACKSAM idag.\nTio år sedan vi öppnade kaféet, och ni har varit med hela vägen.',
    'pass',
    ['TACKSAM'],
  ],
  // plain drafts: no signal, no promotion
  [
    'hashtags and links do not count as signals',
    'x',
    'post',
    'en',
    'Big day today for the team https://example.com/how-to-guide #tip #lesson',
    'pass',
    [],
  ],
  ['a short reply is conversation', 'x', 'reply', 'en', 'Congrats, well deserved!', 'pass', []],
  ['a short comment', 'linkedin', 'comment', 'de', 'Glückwunsch! 🎉', 'pass', []],
  ['a thin quote is share-comment’s finding, not this one', 'x', 'quote', 'en', 'Wow', 'pass', []],
  // not promotion: the same words in ordinary talk
  ['free in a saying', 'facebook', 'post', 'en', 'Free speech matters, and so does the right to disagree.', 'pass', []],
  [
    'a shop that is a place',
    'facebook',
    'post',
    'en',
    'The coffee shop today was packed, so I worked from the library instead.',
    'pass',
    [],
  ],
  [
    'get here',
    'linkedin',
    'post',
    'en',
    'How did we get here? A short history of our release process, and what it taught us.',
    'pass',
    ['How did we get here?'],
  ],
  ['a fan’s reply about a new video', 'x', 'reply', 'en', 'Loved the new video, the part about sourdough was so funny!', 'pass', []],
  [
    'a price in a story',
    'facebook',
    'post',
    'en',
    'The plumber wanted $140 to fix the tap. My neighbour did it in ten minutes with a wrench and a smile.',
    'pass',
    [],
  ],
  ['a day name that is not a date', 'x', 'post', 'en', 'Black Friday is a good day to stay home and read, in my opinion.', 'pass', []],
  // hashtag soup and generated lines
  [
    'mostly hashtags',
    'x',
    'post',
    'en',
    'Lovely morning run by the river #running #fitness #morning #motivation #health #river #nature',
    'warn',
    ['#running', '#fitness', '#morning', '#motivation', '#health', '#river', '#nature'],
  ],
  [
    'a few tags in a sentence',
    'x',
    'post',
    'en',
    'Three things I like about #rust for #wasm work: speed, safety and the tooling.',
    'pass',
    [],
  ],
  [
    'an automatic activity line',
    'linkedin',
    'post',
    'en',
    'Liked "Ten rules for better slides" on SlideShare',
    'warn',
    ['Liked "Ten rules for better slides" on SlideShare'],
  ],
  [
    'an activity line with words of one’s own',
    'x',
    'post',
    'en',
    'I liked a @YouTube video https://youtu.be/x1 — the clearest explanation of monads I have seen, worth ten minutes.',
    'pass',
    [],
  ],
];

describe('value', () => {
  test.each(rows)('%s (%s %s, %s)', (_, network, kind, locale, text, status, evidence) => {
    const result = reviewOf(draft(network, text, kind), { context: contextAt(NOW, locale) }).check('value');
    expect(result?.status).toBe(status);
    expect(slices(text, result!.evidence)).toEqual(evidence);
    // The reason quotes what it found (markup aside, which it only counts).
    const cited = result!.evidence.filter((e) => !['link', 'mention', 'hashtag'].includes(e.label));
    for (const s of slices(text, cited).slice(0, 3)) expect(result!.reason).toContain(s.replace(/\s+/g, ' '));
    if (status !== 'pass') expect(result!.hint).not.toBe('');
  });

  test('says how few words there are, in the reader’s language', () => {
    const en = reviewOf(draft('x', 'Nice 🔥 https://example.com'), { context: contextAt(NOW, 'en') }).check('value')!;
    const de = reviewOf(draft('x', 'Schön 🔥 https://example.com'), { context: contextAt(NOW, 'de') }).check('value')!;
    const sv = reviewOf(draft('x', 'Fint 🔥 https://example.com https://example.org'), { context: contextAt(NOW, 'sv') }).check('value')!;
    expect(en.reason).toMatch(/^Only one word of your own/);
    expect(de.reason).toMatch(/nur ein einziges eigenes Wort/);
    expect(sv.reason).toMatch(/^Bara ett enda eget ord/);
    expect(slices('Fint 🔥 https://example.com https://example.org', sv.evidence)).toEqual(['https://example.com', 'https://example.org']);
  });

  test('backed promotion cites both sides', () => {
    const text = 'New episode is out — the story of how we lost our biggest customer, and what we learned.';
    const result = reviewOf(draft('linkedin', text), { context: contextAt(NOW, 'en') }).check('value')!;
    expect(result.status).toBe('pass');
    expect(result.reason).toBe('It promotes (“New episode is out”) and backs it up: “story”.');
  });

  test('a loud promotion needs two details', () => {
    const loud = 'SALE! 50% off everything, use code SAVE50, order now — ends Sunday!';
    const result = reviewOf(draft('x', loud), { context: contextAt(NOW, 'en') }).check('value')!;
    expect(result.status).toBe('warn');
    expect(result.reason).toBe('A loud promotion (“SALE”, “50% off”, “use code”, …) with little to go on: “Sunday”.');
    const detailed = 'SALE! 50% off everything in Malmö, use code SAVE50, order now — ends Sunday!';
    expect(reviewOf(draft('x', detailed), { context: contextAt(NOW, 'en') }).check('value')?.status).toBe('pass');
  });

  test('styled letters are read as plain ones, and cited ranges are the draft’s', () => {
    const text = '𝗢𝗿𝗱𝗲𝗿 𝗻𝗼𝘄 and get 20% off 🔥';
    const result = reviewOf(draft('x', text), { context: contextAt(NOW, 'en') }).check('value')!;
    expect(result.status).toBe('warn');
    expect(slices(text, result.evidence)).toEqual(['𝗢𝗿𝗱𝗲𝗿 𝗻𝗼𝘄', '20% off']);
    expect(result.reason).toContain('“Order now”');
  });

  test('a long draft is searched at its opening and its end', () => {
    const body = 'We spent the spring rebuilding how releases work, one small step at a time. '.repeat(40);
    const text = `Use code SPRING20 at checkout. ${body}Order now: https://shop.example.com`;
    const result = reviewOf(draft('linkedin', text), { context: contextAt(NOW, 'en') }).check('value')!;
    expect(result.status).toBe('pass');
    expect(result.reason).toMatch(/^It promotes \(“Use code”, “Order now”\) and backs it up/);
  });

  test('the minimum word count comes from the rules', () => {
    const rules = defaultRules();
    rules.thresholds.valueMinWords = 12;
    const text = 'Shipped the new onboarding flow today, finally.';
    expect(reviewOf(draft('x', text), { rules, context: contextAt(NOW, 'en') }).check('value')?.status).toBe('warn');
    rules.thresholds.valueMinWords = 0;
    expect(reviewOf(draft('x', '#launch'), { rules, context: contextAt(NOW, 'en') }).check('value')?.status).toBe('pass');
  });

  test('severity fail turns a problem into a failure; a thin draft with a signal stays a warning', () => {
    const rules = defaultRules();
    rules.networks.x.severity.value = 'fail';
    const ctx = contextAt(NOW, 'en');
    expect(reviewOf(draft('x', 'Link in bio 🔗'), { rules, context: ctx }).check('value')?.status).toBe('fail');
    expect(reviewOf(draft('x', 'Why? 👇 https://example.com'), { rules, context: ctx }).check('value')?.status).toBe('warn');
  });
});
