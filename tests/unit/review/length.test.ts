import { describe, expect, test } from 'vitest';
import { length, lengthInfo } from '../../../lib/review/checks/length';
import { defaultRules } from '../../../lib/settings/defaults';
import { draft, reviewOf, runCheck, slices } from './check-harness';

const EN =
  'Shipped the new onboarding flow today. Three weeks of interviews, two rewrites, one happy team. ' +
  'What surprised me most: people skip tutorials but read error messages. Design your errors like lessons. ';
const DE = 'Heute haben wir das neue Onboarding veröffentlicht. Drei Wochen Interviews, zwei Überarbeitungen, ein glückliches Team. ';
const SV = 'Vi släppte det nya introduktionsflödet i dag. Tre veckors intervjuer, två omskrivningar och ett glatt team. ';

/** The draft text repeated and cut to exactly n UTF-16 code units. */
const cut = (text: string, n: number) => text.repeat(Math.ceil(n / text.length)).slice(0, n);

const FAMILY = '👩‍👩‍👧‍👦';
const URL = 'https://example.com/blog/2025/01/what-our-onboarding-interviews-taught-us-about-error-messages';

describe('length on X (weighted, twitter-text)', () => {
  test.each([
    { name: 'exactly 280 characters', text: cut(EN, 280), count: 280, level: 'ok', over: [] },
    { name: '281 characters', text: cut(EN, 281), count: 281, level: 'problem', over: [cut(EN, 281).slice(280)] },
    { name: 'a long link counts 23', text: `Our interviews, summed up: ${URL}`, count: 27 + 23, level: 'ok', over: [] },
    { name: 'an emoji counts 2', text: `${cut(EN, 278)}🎉`, count: 280, level: 'ok', over: [] },
    { name: 'an emoji over the edge is marked whole', text: `${cut(EN, 279)}🎉`, count: 281, level: 'problem', over: ['🎉'] },
    {
      name: 'a ZWJ family emoji counts 2 (11 code units)',
      text: `Sunday with the whole crew ${FAMILY}`,
      count: 27 + 2,
      level: 'ok',
      over: [],
    },
    { name: 'CJK counts 2 each: 140 fit', text: '日本語'.repeat(46) + '日本', count: 280, level: 'ok', over: [] },
    { name: 'CJK counts 2 each: 141 do not', text: '日本語'.repeat(47), count: 282, level: 'problem', over: ['語'] },
    { name: 'German umlauts count 1', text: cut(DE, 280), count: 280, level: 'ok', over: [] },
    { name: 'Swedish å ä ö count 1, over by 5', text: cut(SV, 285), count: 285, level: 'problem', over: [cut(SV, 285).slice(280)] },
    {
      name: 'links keep counting 23 past the limit',
      text: `${cut(EN, 250)} ${URL} ${URL}`,
      count: 250 + 1 + 23 + 1 + 23,
      level: 'problem',
      over: [URL],
    },
  ])('$name', ({ text, count, level, over }) => {
    const d = draft('x', text);
    expect(lengthInfo(d, defaultRules().networks.x).count).toBe(count);
    const finding = runCheck(length, d);
    expect(finding.level).toBe(level);
    expect(slices(text, finding.evidence)).toEqual(over);
  });

  test('a reply counts against the comment limit', () => {
    const rules = defaultRules();
    rules.networks.x.limits.comment = 100;
    const text = cut(EN, 120);
    const finding = runCheck(length, draft('x', text, 'reply'), { rules });
    expect(finding.level).toBe('problem');
    expect(slices(text, finding.evidence)).toEqual([text.slice(100)]);
    expect(finding.reason).toBe(
      "120 of 100 characters as X counts them (a link counts 23, most emoji 2): 20 over the limit, so X won't post it.",
    );
    expect(finding.hint).toBe('Cut 20 characters; the part past the limit is marked.');
  });

  test('a longer-post account has a higher limit', () => {
    const rules = defaultRules();
    rules.networks.x.limits.post = 25_000;
    expect(runCheck(length, draft('x', cut(EN, 4000)), { rules }).level).toBe('ok');
  });
});

describe('length on LinkedIn and Facebook (UTF-16 code units)', () => {
  test.each([
    { network: 'linkedin', kind: 'post', text: cut(DE, 3000), level: 'ok', over: 0 },
    { network: 'linkedin', kind: 'post', text: cut(DE, 3001), level: 'problem', over: 1 },
    { network: 'linkedin', kind: 'comment', text: cut(SV, 1250), level: 'ok', over: 0 },
    { network: 'linkedin', kind: 'comment', text: cut(SV, 1260), level: 'problem', over: 10 },
    { network: 'facebook', kind: 'post', text: cut(EN, 63_206), level: 'ok', over: 0 },
    { network: 'facebook', kind: 'post', text: cut(EN, 63_300), level: 'problem', over: 94 },
  ] as const)('$network $kind of $text.length', ({ network, kind, text, level, over }) => {
    const finding = runCheck(length, draft(network, text, kind));
    expect(finding.level).toBe(level);
    expect(
      slices(
        text,
        finding.evidence.filter((e) => e.label === 'over-limit'),
      ),
    ).toEqual(over ? [text.slice(text.length - over)] : []);
  });

  test('an emoji straddling the limit is marked whole, and counts 2', () => {
    const text = `${cut(EN, 2999)}😀`;
    const finding = runCheck(length, draft('linkedin', text));
    expect(lengthInfo(draft('linkedin', text), defaultRules().networks.linkedin).count).toBe(3001);
    expect(
      slices(
        text,
        finding.evidence.filter((e) => e.label === 'over-limit'),
      ),
    ).toEqual(['😀']);
  });

  test('the reason is localized, numbers too', () => {
    const de = runCheck(length, draft('linkedin', cut(DE, 3001)), { locale: 'de' });
    expect(de.reason).toBe('3.001 von 3.000 Zeichen: 1 zu viel – so veröffentlicht LinkedIn den Beitrag nicht.');
    const sv = runCheck(length, draft('facebook', cut(SV, 1200)), { locale: 'sv' });
    expect(sv.reason).toBe('1\u00a0200 av 63\u00a0206 tecken.');
  });
});

describe('the LinkedIn fold', () => {
  const longHook =
    'After twelve years of leading distributed engineering teams across four time zones I finally understood that the most ' +
    'important meeting of the week is not the planning session or the retro but the quiet one-on-one where nobody has an agenda';
  const body = '\n\nHere is what changed for us:\n- fewer status meetings\n- more written decisions\n\nWhat would you add?';

  test('a hook that runs past the fold is a minor finding marking the hidden part', () => {
    const text = longHook + body;
    const info = lengthInfo(draft('linkedin', text), defaultRules().networks.linkedin);
    expect(info.fold).toBe(210);
    const finding = runCheck(length, draft('linkedin', text));
    expect(finding.level).toBe('minor');
    expect(slices(text, finding.evidence)).toEqual([longHook.slice(210)]);
    expect(finding.reason).toContain('fold at character 210');
    expect(finding.hint).toBe('Open with a hook that ends within the first 210 characters: a short first sentence or line.');
  });

  test('a short first sentence passes, and the fold is still reported for the panel', () => {
    const text = `Our best meeting has no agenda. ${longHook}.${body}`;
    expect(runCheck(length, draft('linkedin', text)).level).toBe('ok');
    expect(lengthInfo(draft('linkedin', text), defaultRules().networks.linkedin).fold).toBe(210);
  });

  test('three lines fold before 210 characters', () => {
    const text =
      'Drei Dinge, die ich 2024 gelernt habe:\n1. Weniger Meetings\n2. Mehr schreiben\n3. Früher um Feedback bitten\n\nWas würdet ihr ergänzen?';
    const info = lengthInfo(draft('linkedin', text), defaultRules().networks.linkedin);
    expect(text.slice(0, info.fold)).toBe('Drei Dinge, die ich 2024 gelernt habe:\n1. Weniger Meetings\n2. Mehr schreiben');
    expect(runCheck(length, draft('linkedin', text)).level).toBe('ok');
  });

  test('a post that fits before the fold has no fold; comments and other networks never fold', () => {
    const short = 'Tre saker jag lärde mig i år. Vilken var din största lärdom?';
    expect(lengthInfo(draft('linkedin', short), defaultRules().networks.linkedin).fold).toBeUndefined();
    expect(lengthInfo(draft('linkedin', longHook + body, 'comment'), defaultRules().networks.linkedin).fold).toBeUndefined();
    expect(lengthInfo(draft('facebook', longHook + body), defaultRules().networks.facebook).fold).toBeUndefined();
    expect(runCheck(length, draft('linkedin', longHook + body, 'comment')).level).toBe('ok');
  });
});

describe('length through review()', () => {
  test('over the limit fails by default and the verdict is fix', () => {
    const r = reviewOf(draft('x', cut(EN, 300)));
    expect(r.length).toEqual({ count: 300, limit: 280 });
    expect(r.check('length')).toMatchObject({ status: 'fail', severity: 'fail' });
    expect(r.verdict).toBe('fix');
  });

  test('the fold is a warning at most, even with severity fail', () => {
    const text =
      'Nach zwölf Jahren als Leiterin verteilter Teams in vier Zeitzonen habe ich endlich verstanden, dass das wichtigste Meeting der Woche weder die Planung noch die Retro ist, sondern das ruhige Einzelgespräch ohne Tagesordnung\n\nWas meint ihr?';
    const r = reviewOf(draft('linkedin', text), { locale: 'de' });
    expect(r.length.fold).toBe(210);
    expect(r.check('length')).toMatchObject({ status: 'warn', title: 'Länge' });
  });

  test('severity off turns an overflow into a pass', () => {
    const rules = defaultRules();
    rules.networks.facebook.severity.length = 'off';
    expect(reviewOf(draft('facebook', cut(SV, 63_300)), { rules }).check('length')!.status).toBe('pass');
  });
});
