import { describe, expect, test } from 'vitest';
import { pauseCheck } from '../../../lib/review/checks/pause';
import { contextAt } from '../../../lib/review/context';
import type { NetworkId } from '../../../lib/review/types';
import { defaultRules } from '../../../lib/settings/defaults';
import type { Lang, PauseEntry } from '../../../lib/settings/schema';
import { draft, inputFor, reviewOf, slices } from './check-harness';

const entry = (e: Partial<PauseEntry> & Pick<PauseEntry, 'id' | 'label'>): PauseEntry => ({ from: null, to: null, topics: [], ...e });

// Our own promotion phrases, so the table does not depend on the built-in lists.
function rulesWith(pause: PauseEntry[]) {
  const rules = defaultRules();
  rules.pause = pause;
  rules.phrases.en.promotion.add = ['pre-order'];
  rules.phrases.de.promotion.add = ['jetzt vorbestellen'];
  rules.phrases.sv['fit-facebook'].add = ['rea'];
  return rules;
}

function run(text: string, pause: PauseEntry[], date: Date, opts: { network?: NetworkId; locale?: Lang } = {}) {
  return pauseCheck(
    inputFor(draft(opts.network ?? 'linkedin', text), { rules: rulesWith(pause), context: contextAt(date, opts.locale ?? 'en') }),
  );
}

const HOLIDAYS = entry({ id: 'holidays', label: 'Holidays', from: '2024-12-20', to: '2025-01-06' });
const STORM = entry({ id: 'storm', label: 'Storm news', topics: ['storm', 'Sturm', 'storm*'] });
const PROMO_EN = 'Pre-order the calm leadership guide today, signed copies for the first 100!';
const PROMO_DE = 'Jetzt vorbestellen: unser Kurs zu ruhiger Führung startet im März.';
const PROMO_SV = 'Stor rea i vår webbutik hela veckan, allt ska bort!';
const CALM = 'Thinking of everyone in the north tonight. Check on your neighbours.';

describe('pause', () => {
  test.each([
    {
      name: 'inside the dates, promotional',
      text: PROMO_EN,
      pause: [HOLIDAYS],
      date: new Date(2025, 0, 2),
      status: 'warn',
      marks: ['Pre-order'],
    },
    {
      name: 'first day, inclusive',
      text: PROMO_EN,
      pause: [HOLIDAYS],
      date: new Date(2024, 11, 20, 0, 1),
      status: 'warn',
      marks: ['Pre-order'],
    },
    {
      name: 'last day, inclusive',
      text: PROMO_EN,
      pause: [HOLIDAYS],
      date: new Date(2025, 0, 6, 23, 59),
      status: 'warn',
      marks: ['Pre-order'],
    },
    { name: 'the day after', text: PROMO_EN, pause: [HOLIDAYS], date: new Date(2025, 0, 7), status: 'pass', marks: [] },
    {
      name: 'open end',
      text: PROMO_DE,
      pause: [entry({ id: 'trauer', label: 'Trauerzeit', from: '2025-01-01' })],
      date: new Date(2025, 5, 1),
      status: 'warn',
      marks: ['Jetzt vorbestellen'],
    },
    {
      name: 'open start, over',
      text: PROMO_DE,
      pause: [entry({ id: 'trauer', label: 'Trauerzeit', to: '2024-12-31' })],
      date: new Date(2025, 0, 1),
      status: 'pass',
      marks: [],
    },
    {
      name: 'topic mentioned, promotional',
      text: `After the storm: ${PROMO_EN}`,
      pause: [STORM],
      date: new Date(2025, 0, 2),
      status: 'warn',
      marks: ['storm', 'Pre-order'],
    },
    { name: 'topic not mentioned', text: PROMO_EN, pause: [STORM], date: new Date(2025, 0, 2), status: 'pass', marks: [] },
    { name: 'inside the dates, not promotional', text: CALM, pause: [HOLIDAYS], date: new Date(2025, 0, 2), status: 'pass', marks: [] },
    {
      name: 'Facebook sales triggers count as promotion',
      text: PROMO_SV,
      pause: [entry({ id: 'sorg', label: 'Sorgeperiod', from: '2025-01-01', to: '2025-01-31' })],
      date: new Date(2025, 0, 15),
      status: 'warn',
      marks: ['rea'],
    },
    {
      name: 'dates and topic both needed',
      text: `Sturm vorbei! ${PROMO_DE}`,
      pause: [entry({ id: 'sturm', label: 'Sturmwoche', from: '2025-01-01', to: '2025-01-07', topics: ['Sturm'] })],
      date: new Date(2025, 0, 8),
      status: 'pass',
      marks: [],
    },
  ])('$name', ({ text, pause, date, status, marks }) => {
    const result = run(text, pause, date);
    expect(result).not.toBeNull();
    expect(result!.id).toBe('pause');
    expect(result!.status).toBe(status);
    expect(slices(text, result!.evidence)).toEqual(marks);
  });

  test('with several entries, the first that applies is named', () => {
    const flood = entry({ id: 'flood', label: 'Flood', topics: ['flood'] });
    const storm = entry({ id: 'storm', label: 'Storm news', topics: ['storm'] });
    const january = entry({ id: 'january', label: 'January', from: '2025-01-01', to: '2025-01-31' });
    const named = (text: string) => run(text, [flood, storm, january], new Date(2025, 0, 2))!.reason;
    expect(named(`After the storm: ${PROMO_EN}`)).toContain('Storm news');
    expect(named(`The flood, then the storm: ${PROMO_EN}`)).toContain('Flood');
    expect(named(PROMO_EN)).toContain('January');
    expect(run(`After the storm: ${CALM}`, [flood, storm], new Date(2025, 0, 2))).toMatchObject({
      status: 'pass',
      reason: expect.stringContaining('Storm news'),
    });
    expect(run(CALM, [flood, storm], new Date(2025, 0, 2))!.status).toBe('pass');
  });

  test('no pause entries: no check at all', () => {
    expect(run(PROMO_EN, [], new Date(2025, 0, 2))).toBeNull();
  });

  test('reasons name the pause, why it applies and what reads as promotion', () => {
    const warn = run(`After the storm: ${PROMO_EN}`, [HOLIDAYS, STORM], new Date(2025, 0, 2))!;
    expect(warn.title).toBe('Promotion pause');
    expect(warn.reason).toBe('The pause “Holidays” applies (Dec 20, 2024 to Jan 6, 2025), and the draft reads as promotion: “Pre-order”.');
    expect(warn.hint).toBe('Hold promotional posts while the pause lasts, or take the promotion out.');
    expect(run(`After the storm: ${PROMO_EN}`, [STORM], new Date(2025, 0, 2))!.reason).toBe(
      'The pause “Storm news” applies (it mentions “storm”), and the draft reads as promotion: “Pre-order”.',
    );
    expect(run(CALM, [HOLIDAYS], new Date(2025, 0, 2))!.reason).toBe(
      'The pause “Holidays” applies (Dec 20, 2024 to Jan 6, 2025); the draft does not read as promotion.',
    );
    expect(run(PROMO_EN, [HOLIDAYS], new Date(2025, 1, 2))!.reason).toBe('None of your pauses applies now.');
  });

  test('localized', () => {
    const de = run(PROMO_DE, [entry({ id: 'trauer', label: 'Trauerzeit', from: '2025-01-01' })], new Date(2025, 0, 3), { locale: 'de' })!;
    expect(de.title).toBe('Werbepause');
    expect(de.reason).toBe('Die Pause „Trauerzeit“ gilt (ab 01.01.2025), und der Entwurf wirkt werblich: „Jetzt vorbestellen“.');
    const sv = run(PROMO_SV, [entry({ id: 'sorg', label: 'Sorgeperiod', to: '2025-01-31' })], new Date(2025, 0, 3), {
      locale: 'sv',
      network: 'facebook',
    })!;
    expect(sv.reason).toBe('Pausen ”Sorgeperiod” gäller (till 31 jan. 2025), och utkastet låter som reklam: ”rea”.');
  });
});

describe('pause through review()', () => {
  test('listed last when there are entries, absent when there are none', () => {
    const rules = rulesWith([HOLIDAYS]);
    const r = reviewOf(draft('facebook', PROMO_EN), { rules, context: contextAt(new Date(2025, 0, 2, 12, 0), 'en') });
    expect(r.checks.at(-1)).toMatchObject({ id: 'pause', status: 'warn' });
    const none = reviewOf(draft('facebook', PROMO_EN), { context: contextAt(new Date(2025, 0, 2, 12, 0), 'en') });
    expect(none.check('pause')).toBeUndefined();
  });
});
