import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { habitsItem, loadNudges, recordHabit } from '../../../lib/habits/store';

beforeEach(() => fakeBrowser.reset());

test('habit counts arriving together are all counted', async () => {
  const at = new Date(2026, 10, 24, 12, 0);
  await Promise.all([
    recordHabit('x', 'plain', undefined, at),
    recordHabit('x', 'plain', undefined, at),
    recordHabit('linkedin', 'comment', undefined, at),
    recordHabit('x', 'comment', undefined, at),
  ]);
  const counts = Object.values(await habitsItem.getValue())[0];
  expect(counts).toEqual({ x: { plain: 2, comment: 1 }, linkedin: { plain: 0, comment: 1 }, facebook: { plain: 0, comment: 0 } });
});

test('with the rules’ limits, shares and posts move the nudges’ back-off; posts are not counted as shares', async () => {
  const at = new Date(2026, 10, 24, 12, 0);
  const limits = { quietAfter: 2, quietDays: 14, gateRestsAfter: 3, dismissAfter: 5 };
  await Promise.all([
    recordHabit('x', 'comment', limits, at),
    recordHabit('x', 'comment', limits, at),
    recordHabit('x', 'ready', limits, at),
  ]);
  const nudges = await loadNudges();
  expect(nudges.x).toEqual({ commentStreak: 0, quietUntil: at.getTime() + 14 * 86_400_000, readyStreak: 1 });
  expect(Object.values(await habitsItem.getValue())[0]?.x).toEqual({ plain: 0, comment: 2 });
  // Without limits (no rules at hand), the weekly count alone.
  await recordHabit('linkedin', 'comment', undefined, at);
  expect((await loadNudges()).linkedin.commentStreak).toBe(0);
});
