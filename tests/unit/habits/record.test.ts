import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { habitsItem, recordHabit } from '../../../lib/habits/store';

beforeEach(() => fakeBrowser.reset());

test('habit counts arriving together are all counted', async () => {
  const at = new Date(2026, 10, 24, 12, 0);
  await Promise.all([
    recordHabit('x', 'plain', at),
    recordHabit('x', 'plain', at),
    recordHabit('linkedin', 'comment', at),
    recordHabit('x', 'comment', at),
  ]);
  const counts = Object.values(await habitsItem.getValue())[0];
  expect(counts).toEqual({ x: { plain: 2, comment: 1 }, linkedin: { plain: 0, comment: 1 }, facebook: { plain: 0, comment: 0 } });
});
