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
  ['German link drop', 'facebook', 'post', 'de', 'Schaut mal rein: mein neues Video 👉 https://youtu.be/x', 'warn', ['Schaut mal rein', 'mein neues Video']],
  ['Swedish link drop, any case', 'x', 'post', 'sv', 'KOLLA IN MIN nya podd! Länk i bio 🎧', 'warn', ['KOLLA IN MIN', 'Länk i bio']],
  ['self-promotion in a reply', 'x', 'reply', 'en', 'Great thread. Check out my newsletter, link in bio', 'warn', ['Check out my', 'link in bio']],
  ['promotion in a quote', 'linkedin', 'quote', 'en', 'Out now: my new book. Use code FRIENDS for 20 % off.', 'warn', ['Out now', 'my new book', 'Use code']],
  // promotion backed by value
  ['promotion with a question for the reader', 'x', 'post', 'en', 'Check out my new course 👉 https://example.com\nWhat would you want to learn first?', 'pass', ['What would you want to learn first?']],
  ['promotion with a reason', 'linkedin', 'post', 'de', 'Mein neues Video ist online, weil mich so viele nach unserem Onboarding gefragt haben.', 'pass', ['weil']],
  // thin drafts
  ['only markup', 'x', 'post', 'en', 'https://example.com/post #growth @anna', 'warn', ['https://example.com/post', '#growth', '@anna']],
  ['emoji and hashtags only', 'facebook', 'post', 'sv', '🎉🎉 #fredag #helg', 'warn', ['#fredag', '#helg']],
  ['thin but asks something', 'x', 'post', 'en', 'Why? 👇 https://example.com/thread', 'warn', ['Why?']],
  // value signals
  ['teaches, curly apostrophe', 'linkedin', 'post', 'en', 'Here’s how we cut our release cycle from 6 weeks to 3 days, because small PRs are easier to review.', 'pass', ['Here’s how', 'because']],
  ['teaches, straight apostrophe', 'linkedin', 'post', 'en', "Here's how we cut our release cycle from 6 weeks to 3 days.", 'pass', ["Here's how"]],
  ['German lesson', 'linkedin', 'post', 'de', 'Drei Dinge, die ich dieses Jahr gelernt habe – und warum sie mein Team verändert haben.', 'pass', ['gelernt', 'warum']],
  ['Swedish lesson in capitals', 'linkedin', 'post', 'sv', 'Jag LÄRDE MIG en sak i år: fråga tidigt, eftersom ingen kan läsa tankar.', 'pass', ['LÄRDE MIG', 'eftersom']],
  ['after a ZWJ family emoji', 'facebook', 'post', 'en', '👩‍👩‍👧‍👦 Tip for parents who work from home: block the first hour for yourself.', 'pass', ['Tip']],
  ['right-to-left text around an English lesson', 'x', 'post', 'en', 'رمضان كريم 🌙 The lesson I keep relearning: rest is part of the work. שבת שלום', 'pass', ['lesson']],
  ['mixed German and English', 'linkedin', 'post', 'en', 'Kurzer Tipp for everyone shipping on Fridays: don’t. Weil nobody wants a pager at midnight.', 'pass', ['Tipp', 'Weil']],
  ['emotion across a line break', 'facebook', 'post', 'sv', 'Så TACKSAM idag.\nTio år sedan vi öppnade kaféet, och ni har varit med hela vägen.', 'pass', ['TACKSAM']],
  // plain drafts: no signal, no promotion
  ['hashtags and links do not count as signals', 'x', 'post', 'en', 'Big day today for the team https://example.com/how-to-guide #tip #lesson', 'pass', []],
  ['a short reply is conversation', 'x', 'reply', 'en', 'Congrats, well deserved!', 'pass', []],
  ['a short comment', 'linkedin', 'comment', 'de', 'Glückwunsch! 🎉', 'pass', []],
  ['a thin quote is share-comment’s finding, not this one', 'x', 'quote', 'en', 'Wow', 'pass', []],
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
    expect(result.reason).toBe('It promotes (“New episode”) and backs it up: “story”.');
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
