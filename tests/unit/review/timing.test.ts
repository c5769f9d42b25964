import { describe, expect, test } from 'vitest';
import { timing } from '../../../lib/review/checks/timing';
import { contextAt } from '../../../lib/review/context';
import type { NetworkId } from '../../../lib/review/types';
import { defaultRules } from '../../../lib/settings/defaults';
import type { Lang, Rules } from '../../../lib/settings/schema';
import { draft, reviewOf, runCheck } from './check-harness';

// 5 January 2025 is a Sunday.
const at = (day: number, hh: number, mm: number) => new Date(2025, 0, 5 + day, hh, mm);
const SUN = 0,
  MON = 1,
  TUE = 2,
  FRI = 5,
  SAT = 6;

function check(network: NetworkId, when: Date, opts: { rules?: Rules; locale?: Lang; text?: string } = {}) {
  const locale = opts.locale ?? 'en';
  const text = opts.text ?? 'Wie wir unsere Meetings halbiert haben – und was das Team damit macht.';
  return runCheck(timing, draft(network, text), { rules: opts.rules, context: contextAt(when, locale) });
}

describe('timing against the default audience hours', () => {
  test.each([
    // LinkedIn: Mon–Fri 07:30–17:30
    { network: 'linkedin', when: at(SUN, 5, 12), level: 'minor', hint: 'tomorrow at 07:30' },
    { network: 'linkedin', when: at(SAT, 9, 0), level: 'minor', hint: 'Monday at 07:30' },
    { network: 'linkedin', when: at(MON, 7, 29), level: 'minor', hint: 'today at 07:30' },
    { network: 'linkedin', when: at(MON, 7, 30), level: 'ok', hint: null },
    { network: 'linkedin', when: at(TUE, 10, 0), level: 'ok', hint: null },
    { network: 'linkedin', when: at(FRI, 17, 29), level: 'ok', hint: null },
    { network: 'linkedin', when: at(FRI, 17, 30), level: 'minor', hint: 'Monday at 07:30' },
    { network: 'linkedin', when: at(FRI, 23, 59), level: 'minor', hint: 'Monday at 07:30' },
    { network: 'linkedin', when: at(SUN, 0, 0), level: 'minor', hint: 'tomorrow at 07:30' },
    // X: every day 08:00–21:00
    { network: 'x', when: at(SAT, 0, 0), level: 'minor', hint: 'today at 08:00' },
    { network: 'x', when: at(SAT, 21, 0), level: 'minor', hint: 'tomorrow at 08:00' },
    { network: 'x', when: at(SAT, 20, 59), level: 'ok', hint: null },
    // Facebook: every day 09:00–22:00
    { network: 'facebook', when: at(TUE, 22, 30), level: 'minor', hint: 'tomorrow at 09:00' },
  ] as { network: NetworkId; when: Date; level: string; hint: string | null }[])('$network at $when', ({ network, when, level, hint }) => {
    const finding = check(network, when);
    expect(finding.level).toBe(level);
    expect(finding.evidence).toEqual([]);
    if (hint) expect(finding.hint).toBe(`Schedule it for ${hint}: writing now is fine, posting is better then.`);
    else expect(finding.hint).toBe('');
  });

  test('the reason says when it is and when the audience reads', () => {
    expect(check('linkedin', at(SUN, 5, 12)).reason).toBe("It's Sunday 05:12; your LinkedIn audience reads Mon–Fri 07:30–17:30.");
    expect(check('linkedin', at(TUE, 10, 0)).reason).toBe("It's Tuesday 10:00, within your LinkedIn audience hours (Mon–Fri 07:30–17:30).");
    expect(check('x', at(SAT, 23, 0)).reason).toBe("It's Saturday 23:00; your X audience reads every day 08:00–21:00.");
  });

  test.each([
    {
      locale: 'de',
      reason: 'Es ist Sonntag, 05:12 Uhr; dein Publikum auf LinkedIn liest Mo–Fr 07:30–17:30.',
      hint: 'Plane den Beitrag für morgen um 07:30 Uhr ein: Schreiben kannst du jetzt, veröffentlichen lieber dann.',
    },
    {
      locale: 'sv',
      reason: 'Det är söndag kl. 05:12; din publik på LinkedIn läser mån–fre 07:30–17:30.',
      hint: 'Schemalägg inlägget till i morgon kl. 07:30: att skriva nu går bra, men publicera hellre då.',
    },
  ] as { locale: Lang; reason: string; hint: string }[])('localized: $locale', ({ locale, reason, hint }) => {
    const finding = check('linkedin', at(SUN, 5, 12), { locale, text: 'Tre saker jag lärde mig om möten i år.' });
    expect(finding.reason).toBe(reason);
    expect(finding.hint).toBe(hint);
    expect(check('linkedin', at(SAT, 9, 0), { locale }).hint).toContain(locale === 'de' ? 'Montag um 07:30 Uhr' : 'måndag kl. 07:30');
  });
});

describe('timing with the person’s own windows', () => {
  // A late-night audience: Friday 22:00 to midnight and Saturday just after.
  const lateNight = () => {
    const rules = defaultRules();
    rules.networks.x.audienceHours = [
      { days: [FRI], from: '22:00', to: '24:00' },
      { days: [SAT], from: '00:00', to: '02:00' },
      { days: [SAT, SUN], from: '10:00', to: '12:00' },
    ];
    return rules;
  };

  test.each([
    { when: at(FRI, 21, 59), level: 'minor', hint: 'today at 22:00' },
    { when: at(FRI, 22, 0), level: 'ok', hint: '' },
    { when: at(FRI, 23, 59), level: 'ok', hint: '' },
    { when: at(SAT, 0, 0), level: 'ok', hint: '' },
    { when: at(SAT, 1, 59), level: 'ok', hint: '' },
    { when: at(SAT, 2, 0), level: 'minor', hint: 'today at 10:00' },
    { when: at(SUN, 12, 0), level: 'minor', hint: 'Friday at 22:00' },
  ])('midnight edges at $when', ({ when, level, hint }) => {
    const finding = check('x', when, { rules: lateNight() });
    expect(finding.level).toBe(level);
    expect(finding.hint).toBe(hint && `Schedule it for ${hint}: writing now is fine, posting is better then.`);
  });

  test('windows are listed Monday first, short runs spelled out', () => {
    expect(check('x', at(SUN, 12, 0), { rules: lateNight() }).reason).toBe(
      "It's Sunday 12:00; your X audience reads Fri 22:00–24:00, Sat 00:00–02:00, Sat, Sun 10:00–12:00.",
    );
  });

  test('the same weekday next week when today’s window has passed', () => {
    const rules = defaultRules();
    rules.networks.linkedin.audienceHours = [{ days: [TUE], from: '08:00', to: '09:00' }];
    expect(check('linkedin', at(TUE, 10, 0), { rules }).hint).toBe(
      'Schedule it for Tuesday at 08:00: writing now is fine, posting is better then.',
    );
  });

  test('no audience hours: nothing to check', () => {
    const rules = defaultRules();
    rules.networks.facebook.audienceHours = [];
    const finding = check('facebook', at(SUN, 3, 0), { rules });
    expect(finding.level).toBe('ok');
    expect(finding.reason).toBe('No audience hours set for Facebook.');
  });
});

describe('timing through review()', () => {
  test('outside the hours is a warning at most, even with severity fail', () => {
    const rules = defaultRules();
    rules.networks.linkedin.severity.timing = 'fail';
    const r = reviewOf(draft('linkedin', 'Tre saker jag lärde mig om möten i år. Vad skulle du lägga till?'), {
      rules,
      context: contextAt(at(SUN, 5, 12), 'sv'),
    });
    expect(r.check('timing')).toMatchObject({ status: 'warn', severity: 'fail', title: 'Tidpunkt' });
  });

  test('comments are not timed', () => {
    const r = reviewOf(draft('linkedin', 'Grattis till det nya jobbet!', 'comment'), { context: contextAt(at(SUN, 5, 12), 'sv') });
    expect(r.check('timing')).toBeUndefined();
  });
});
