// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { waitFor, within } from '@testing-library/react';
import { emptyWeek } from '../../../lib/habits/habits';
import type { Habits } from '../../../lib/habits/habits';
import { habitsItem, nudgesItem } from '../../../lib/habits/store';
import { isoWeek } from '../../../lib/habits/week';
import { readNudges } from '../../../lib/habits/nudges';
import { expectFieldError, openOptions, section, settle, storageDump, useOptionsTestEnvironment, waitForStored } from './options';

useOptionsTestEnvironment();

/** The table's rows as text: network, then this week's plain and commented shares, then the 12-week totals. */
const rows = () =>
  within(section('Your sharing habits').getByRole('table', { name: 'Shares per network' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.children].map((cell) => cell.textContent));

function habits(): Habits {
  const thisWeek = emptyWeek();
  thisWeek.x = { plain: 2, comment: 1 };
  thisWeek.linkedin = { plain: 0, comment: 3 };
  const earlier = emptyWeek();
  earlier.x = { plain: 5, comment: 0 };
  earlier.facebook = { plain: 1, comment: 4 };
  return { '2020-W01': earlier, [isoWeek(new Date())]: thisWeek };
}

describe('habits', () => {
  test('shows this week and the weeks kept, per network', async () => {
    await habitsItem.setValue(habits());
    await openOptions();
    await waitFor(() =>
      expect(rows()).toEqual([
        ['X', '2', '1', '7', '1'],
        ['LinkedIn', '0', '3', '0', '3'],
        ['Facebook', '0', '0', '1', '4'],
      ]),
    );
    const headers = within(section('Your sharing habits').getByRole('table', { name: 'Shares per network' }))
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual([
      'Network',
      'This week: plain reposts',
      'This week: with a comment',
      '12 weeks: plain reposts',
      '12 weeks: with a comment',
    ]);
  });

  test('follows new counts without a reload, and reads nothing as zero', async () => {
    await openOptions();
    await waitFor(() =>
      expect(rows()).toEqual([
        ['X', '0', '0', '0', '0'],
        ['LinkedIn', '0', '0', '0', '0'],
        ['Facebook', '0', '0', '0', '0'],
      ]),
    );
    await habitsItem.setValue(habits());
    await waitFor(() => expect(rows()[0]).toEqual(['X', '2', '1', '7', '1']));
  });
});

describe('nudges that step back', () => {
  const DAY = 86_400_000;
  const nudgeRows = () =>
    within(section('Nudges that step back').getByRole('table', { name: 'Nudges per network' }))
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.children].map((cell) => cell.textContent));

  test('each network shows its streaks against N and K, the prompt quiet until when, and whether the gate rests', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 11, 4, 12));
    try {
      await nudgesItem.setValue(
        readNudges({
          x: { commentStreak: 2, quietUntil: new Date(2026, 11, 18, 12).getTime(), readyStreak: 7 },
          linkedin: { commentStreak: 4, quietUntil: new Date(2026, 11, 1).getTime(), readyStreak: 1 },
        }),
      );
      await openOptions();
      await waitFor(() =>
        expect(nudgeRows()).toEqual([
          ['X', '2 / 5', 'Quiet until December 18', '3 / 3', 'Resting'], // 7 in a row: reached
          ['LinkedIn', '4 / 5', 'Full', '1 / 3', 'Asks'],
          ['Facebook', '0 / 5', 'Full', '0 / 3', 'Asks'],
        ]),
      );
      // New counts show without a reload.
      await nudgesItem.setValue(readNudges({ facebook: { commentStreak: 1, quietUntil: Date.now() + DAY, readyStreak: 0 } }));
      await waitFor(() => expect(nudgeRows()[2]).toEqual(['Facebook', '1 / 5', 'Quiet until December 5', '0 / 3', 'Asks']));
    } finally {
      vi.useRealTimers();
    }
  });

  test('the thresholds are saved in the rules, and the table counts against them', async () => {
    await nudgesItem.setValue(readNudges({ x: { commentStreak: 2, quietUntil: 0, readyStreak: 2 } }));
    const user = await openOptions();
    const part = section('Nudges that step back');
    const quietAfter = part.getByLabelText('Shares with a comment in a row before the repost prompt turns into a quiet hint');
    await user.clear(quietAfter);
    await user.type(quietAfter, '3');
    const days = part.getByLabelText('Days the repost prompt stays quiet');
    await user.clear(days);
    await user.type(days, '7');
    const gate = part.getByLabelText('Posts in a row that went out ready before the post gate steps back');
    await user.clear(gate);
    await user.type(gate, '2');
    const dismiss = part.getByLabelText('Dismissals of one check on a network within 14 days before the panel offers to ease it');
    await user.clear(dismiss);
    await user.type(dismiss, '8');
    await waitForStored((rules) => expect(rules.nudges).toEqual({ quietAfter: 3, quietDays: 7, gateRestsAfter: 2, dismissAfter: 8 }));
    await waitFor(() => expect(nudgeRows()[0]).toEqual(['X', '2 / 3', 'Full', '2 / 2', 'Resting']));
  });

  test('a threshold out of range is refused with the reason, and nothing is stored', async () => {
    const user = await openOptions();
    await settle();
    const before = await storageDump();
    const part = section('Nudges that step back');
    const quietAfter = part.getByLabelText('Shares with a comment in a row before the repost prompt turns into a quiet hint');
    await user.clear(quietAfter);
    await user.paste('0');
    await waitFor(() => expectFieldError(quietAfter, 'Must be at least 1.'));
    const days = part.getByLabelText('Days the repost prompt stays quiet');
    await user.clear(days);
    await user.paste('120');
    await waitFor(() => expectFieldError(days, 'Must be at most 90.'));
    await settle();
    expect(await storageDump()).toBe(before);
  });
});
