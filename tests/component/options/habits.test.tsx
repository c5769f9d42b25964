// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { waitFor, within } from '@testing-library/react';
import { emptyWeek } from '../../../lib/habits/habits';
import type { Habits } from '../../../lib/habits/habits';
import { habitsItem } from '../../../lib/habits/store';
import { isoWeek } from '../../../lib/habits/week';
import { openOptions, section, useOptionsTestEnvironment } from './options';

useOptionsTestEnvironment();

/** The table's rows as text: network, then this week's plain and commented shares, then the 12-week totals. */
const rows = () =>
  within(section('Your sharing habits').getByRole('table'))
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
    const headers = within(section('Your sharing habits').getByRole('table'))
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
