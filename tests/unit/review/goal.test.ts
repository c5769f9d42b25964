import { describe, expect, test } from 'vitest';
import { contextAt } from '../../../lib/review/context';
import type { CheckStatus, ComposerKind, NetworkId, Severity } from '../../../lib/review/types';
import { defaultRules } from '../../../lib/settings/defaults';
import type { Lang, Rules } from '../../../lib/settings/schema';
import { draft, reviewOf, slices, TUESDAY_10 } from './check-harness';

type Row = [name: string, network: NetworkId, locale: Lang, text: string, evidence: string[], label: string | null];

/** Drafts that show a default goal by its signal phrases (label: the list matched), and drafts that show none. */
const rows: Row[] = [
  [
    'en relationships',
    'linkedin',
    'en',
    'Ten years ago today I met my team in Malmö. Thank you all!',
    ['my team', 'Thank you'],
    'goal-relationships',
  ],
  [
    'en promotion',
    'x',
    'en',
    'I wrote a guide to cheaper heat pumps, so you can compare offers.',
    ['I wrote', 'so you can'],
    'goal-promote',
  ],
  [
    'en brand',
    'linkedin',
    'en',
    'What I learned from twelve failed launches, in my experience.',
    ['What I learned', 'in my experience'],
    'goal-brand',
  ],
  [
    'de relationships',
    'facebook',
    'de',
    'Weißt du noch, unser erster Sommer am See? Danke für alles.',
    ['Weißt du noch', 'Danke'],
    'goal-relationships',
  ],
  ['de promotion', 'linkedin', 'de', 'Mein neues Buch ist ab sofort im Handel.', ['Mein neues', 'ab sofort'], 'goal-promote'],
  ['de brand', 'x', 'de', 'Was ich gelernt habe nach zehn Jahren Führung: zuhören.', ['Was ich gelernt habe'], 'goal-brand'],
  [
    'sv relationships',
    'facebook',
    'sv',
    'Stort grattis till min kollega Sara på födelsedagen!',
    ['Stort grattis', 'min kollega'],
    'goal-relationships',
  ],
  ['sv promotion', 'linkedin', 'sv', 'Vi lanserar vår nya app idag.', ['lanserar', 'vår nya'], 'goal-promote'],
  ['sv brand', 'x', 'sv', 'Min erfarenhet efter tio år som lärare: fråga mer.', ['Min erfarenhet'], 'goal-brand'],
  ['en none', 'x', 'en', 'Rain again in Gothenburg this afternoon.', [], null],
  ['de none', 'linkedin', 'de', 'Heute regnet es in Hamburg schon wieder.', [], null],
  ['sv none', 'facebook', 'sv', 'Det regnar i Göteborg igen i eftermiddag.', [], null],
];

const at = (severity: Severity): Rules => {
  const rules = defaultRules();
  for (const net of Object.values(rules.networks)) net.severity.goal = severity;
  return rules;
};

describe('goal: the goal a draft shows, in en, de and sv', () => {
  test.each(rows)('%s', (_name, network, locale, text, evidence, label) => {
    const r = reviewOf(draft(network, text), { locale, rules: at('warn') });
    const goal = r.check('goal')!;
    expect(slices(text, goal.evidence)).toEqual(evidence);
    expect(goal.evidence.every((e) => e.label === label)).toBe(true);
    expect(goal.status).toBe(label ? 'pass' : 'warn');
  });

  test('says which goal it serves, with the words seen, in the reader’s language', () => {
    const en = reviewOf(draft('x', 'What I learned from twelve failed launches.'), { locale: 'en' }).check('goal')!;
    expect(en.reason).toBe('Serves your goal: “Build my personal brand” — “What I learned”.');
    const de = reviewOf(draft('x', 'Mein neues Buch ist da.'), { locale: 'de', rules: defaultRules('de') }).check('goal')!;
    expect(de.reason).toBe(
      'Dient deinem Ziel: „Meine Arbeit oder mein Anliegen so bekannt machen, dass es anderen etwas bringt“ – „Mein neues“.',
    );
    const sv = reviewOf(draft('x', 'Det regnar igen.'), { locale: 'sv' }).check('goal')!;
    expect(sv.reason).toBe('Vilket av dina mål tjänar det här? Inget är valt, och utkastet visar inget.');
    expect(sv.hint).toMatch(/^Välj målet/);
  });

  test('the goal with the most signals wins; a tie goes to the goal listed first', () => {
    const most = 'Thanks to my team. I wrote a book, my new book, so you can learn.';
    expect(reviewOf(draft('x', most)).check('goal')!.evidence[0]!.label).toBe('goal-promote');
    const tie = 'Thank you! I wrote this.';
    expect(reviewOf(draft('x', tie)).check('goal')!.evidence[0]!.label).toBe('goal-relationships');
  });

  test('a switched-off goal is not seen, and the person’s own signal phrases are', () => {
    const text = 'What I learned about kayaks.';
    const rules = defaultRules();
    rules.goals[2]!.enabled = false;
    expect(reviewOf(draft('x', text), { rules }).check('goal')!.evidence).toEqual([]);
    // (a new rules object: the phrase book is built once per rules object)
    const edited = structuredClone(rules);
    edited.phrases.en['goal-relationships'].add = ['kayaks'];
    expect(slices(text, reviewOf(draft('x', text), { rules: edited }).check('goal')!.evidence)).toEqual(['kayaks']);
  });
});

describe('goal: severity and kinds', () => {
  const NONE = 'Rain again in Gothenburg this afternoon.';
  test.each<[Severity, CheckStatus]>([
    ['off', 'pass'],
    ['warn', 'warn'],
    ['fail', 'fail'],
  ])('no goal chosen or seen, at %s: %s', (severity, status) => {
    const r = reviewOf(draft('linkedin', NONE), { rules: at(severity) });
    expect(r.check('goal')).toMatchObject({
      status,
      severity,
      reason: 'Which of your goals does this serve? None is chosen, and the draft shows none.',
    });
  });

  test('by default it only asks: the question is there, the verdict is not touched', () => {
    const rules = defaultRules();
    for (const net of Object.values(rules.networks)) expect(net.severity.goal).toBe('off');
    const r = reviewOf(draft('x', 'Rain again in Gothenburg this afternoon. What do you think?'), { rules });
    expect(r.check('goal')).toMatchObject({ status: 'pass', hint: expect.stringMatching(/^Choose the goal/) });
    expect(r.verdict).toBe('ready');
  });

  test.each<[ComposerKind, boolean]>([
    ['post', true],
    ['quote', true],
    ['reply', false],
    ['comment', false],
  ])('%s: asked %s', (kind, asked) => {
    const r = reviewOf(draft('x', NONE, kind), { rules: at('fail') });
    expect(r.check('goal') !== undefined).toBe(asked);
    if (!asked) expect(r.skipped).toContainEqual({ id: 'goal', why: 'not-applicable' });
  });

  test('no active goals: nothing to ask, it passes and says where to set them', () => {
    const rules = at('fail');
    for (const g of rules.goals) g.enabled = false;
    expect(reviewOf(draft('x', NONE), { rules }).check('goal')).toMatchObject({
      status: 'pass',
      reason: expect.stringMatching(/options page/),
    });
  });
});

describe('goal: the goal chosen for the draft', () => {
  const NONE = 'Rain again in Gothenburg this afternoon.';
  const chosen = (goal: string, rules = at('fail')) =>
    reviewOf(draft('x', NONE), { rules, context: { ...contextAt(TUESDAY_10, 'en'), goal } }).check('goal')!;

  test('passes, and says it is the person’s choice', () => {
    expect(chosen('relationships')).toMatchObject({
      status: 'pass',
      reason: 'Serves your goal: “Build and strengthen personal relationships” (your choice).',
    });
  });

  test('wins over a goal the draft shows', () => {
    const text = 'What I learned this year.';
    const r = reviewOf(draft('x', text), { rules: at('fail'), context: { ...contextAt(TUESDAY_10, 'en'), goal: 'promote' } });
    expect(r.check('goal')!.reason).toMatch(/^Serves your goal: “Promote my work/);
  });

  test('a goal the person added can be chosen', () => {
    const rules = at('fail');
    rules.goals.push({ id: 'hiring', text: 'Find people for my team', enabled: true });
    expect(chosen('hiring', rules)).toMatchObject({ status: 'pass', reason: 'Serves your goal: “Find people for my team” (your choice).' });
  });

  test('a choice that is no longer an active goal counts for nothing', () => {
    const rules = at('fail');
    rules.goals[0]!.enabled = false;
    expect(chosen('relationships', rules).status).toBe('fail');
    expect(chosen('no-such-goal').status).toBe('fail');
  });
});

describe('value: the hint follows the goal', () => {
  const THIN = 'Lovely day';
  const hint = (goal: string | undefined, locale: Lang = 'en', kind: ComposerKind = 'post') =>
    reviewOf(draft('x', THIN, kind), {
      rules: defaultRules(locale),
      context: { ...contextAt(TUESDAY_10, locale), ...(goal ? { goal } : {}) },
    }).check('value')!.hint;

  test.each<[Lang, string, RegExp]>([
    ['en', 'relationships', /Your goal is “Build and strengthen personal relationships”: invite an answer or a memory\.$/],
    ['en', 'promote', /: say why you do it and what the reader gets\.$/],
    ['en', 'brand', /Your goal is “Build my personal brand”: share what you learned\.$/],
    [
      'de',
      'relationships',
      /Dein Ziel ist „Persönliche Beziehungen aufbauen und pflegen“: Lade zu einer Antwort oder einer Erinnerung ein\.$/,
    ],
    ['de', 'promote', /: Sag, warum du es machst und was die Lesenden davon haben\.$/],
    ['de', 'brand', /: Teile, was du gelernt hast\.$/],
    ['sv', 'relationships', /Ditt mål är ”Bygga och stärka personliga relationer”: bjud in till ett svar eller ett minne\.$/],
    ['sv', 'promote', /: säg varför du gör det och vad läsaren får ut av det\.$/],
    ['sv', 'brand', /: dela med dig av vad du har lärt dig\.$/],
  ])('%s, %s', (locale, goal, expected) => {
    const without = hint(undefined, locale);
    expect(without).not.toBe('');
    expect(hint(goal, locale)).toMatch(expected);
    expect(hint(goal, locale).startsWith(without)).toBe(true);
  });

  test('follows the goal the draft shows when none is chosen', () => {
    const r = reviewOf(draft('x', 'Thank you!'));
    expect(r.check('value')!.hint).toMatch(/invite an answer or a memory\.$/);
  });

  test('not for a goal the person added, nor on a reply, nor on a passing value check', () => {
    const rules = defaultRules();
    rules.goals.push({ id: 'hiring', text: 'Find people', enabled: true });
    const ctx = { ...contextAt(TUESDAY_10, 'en'), goal: 'hiring' };
    expect(reviewOf(draft('x', THIN), { rules, context: ctx }).check('value')!.hint).toBe(hint(undefined));
    const reply = 'Buy now, 50% off: https://shop.example';
    const replyHint = (goal?: string) =>
      reviewOf(draft('x', reply, 'reply'), { context: { ...contextAt(TUESDAY_10, 'en'), ...(goal ? { goal } : {}) } }).check('value')!.hint;
    expect(replyHint('promote')).toBe(replyHint());
    expect(
      reviewOf(draft('x', 'Shipping the new release today, because the old one broke twice.'), {
        context: { ...contextAt(TUESDAY_10, 'en'), goal: 'brand' },
      }).check('value')!.hint,
    ).toBe('');
  });
});
