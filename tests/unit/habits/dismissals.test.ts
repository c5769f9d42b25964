// A check dismissed M times on one network within 14 days is offered, once, to be eased there (issue 15),
// on a fake clock.
import { expect, test } from 'vitest';
import { DISMISS_WINDOW_MS, dismissOffers, markOffered, readDismissals, recordDismissal } from '../../../lib/habits/dismissals';
import type { Dismissals } from '../../../lib/habits/dismissals';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 11, 1, 9);

function dismissed(times: number[], network: 'x' | 'linkedin' = 'linkedin', check = 'cta', from = readDismissals(null)): Dismissals {
  return times.reduce((d, at) => recordDismissal(d, network, check, at), from);
}

test('offered from the Mth dismissal on one network within 14 days, not before', () => {
  const d = dismissed([T0, T0 + DAY, T0 + 2 * DAY, T0 + 3 * DAY]);
  expect(dismissOffers(d, 'linkedin', 5, T0 + 3 * DAY)).toEqual([]);
  const five = recordDismissal(d, 'linkedin', 'cta', T0 + 4 * DAY);
  expect(dismissOffers(five, 'linkedin', 5, T0 + 4 * DAY)).toEqual(['cta']);
  expect(dismissOffers(five, 'linkedin', 6, T0 + 4 * DAY)).toEqual([]);
});

test('dismissals older than 14 days do not count, and are dropped as new ones come', () => {
  const d = dismissed([T0, T0 + DAY, T0 + 2 * DAY, T0 + 3 * DAY, T0 + 4 * DAY]);
  expect(dismissOffers(d, 'linkedin', 5, T0 + DISMISS_WINDOW_MS - 1)).toEqual(['cta']);
  expect(dismissOffers(d, 'linkedin', 5, T0 + DISMISS_WINDOW_MS)).toEqual([]);
  const later = recordDismissal(d, 'linkedin', 'cta', T0 + 20 * DAY);
  expect(later.times['linkedin:cta']).toEqual([T0 + 20 * DAY]);
});

test('counted per network and per check', () => {
  let d = dismissed([T0, T0, T0], 'linkedin', 'cta');
  d = dismissed([T0, T0], 'x', 'cta', d);
  d = dismissed([T0, T0], 'linkedin', 'value', d);
  expect(dismissOffers(d, 'linkedin', 3, T0)).toEqual(['cta']);
  expect(dismissOffers(d, 'x', 3, T0)).toEqual([]);
  expect(dismissOffers(d, 'linkedin', 2, T0)).toEqual(['cta', 'value']);
});

test('offered once: after the offer, however many more dismissals, never again', () => {
  let d = markOffered(dismissed([T0, T0, T0, T0, T0]), 'linkedin', 'cta');
  expect(dismissOffers(d, 'linkedin', 5, T0)).toEqual([]);
  d = dismissed([T0 + DAY, T0 + DAY, T0 + DAY, T0 + DAY, T0 + DAY, T0 + DAY], 'linkedin', 'cta', d);
  expect(dismissOffers(d, 'linkedin', 5, T0 + DAY)).toEqual([]);
  expect(markOffered(d, 'linkedin', 'cta')).toBe(d);
});

test('stored dismissals are read defensively', () => {
  expect(readDismissals({ times: { 'x:cta': [1, 'two', null], 'x:value': 3 }, offered: ['x:pause', 4] })).toEqual({
    times: { 'x:cta': [1] },
    offered: ['x:pause'],
  });
  expect(readDismissals('junk')).toEqual({ times: {}, offered: [] });
});
