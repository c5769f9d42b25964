// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { fireEvent, waitFor, within } from '@testing-library/react';
import { defaultRules } from '../../../lib/settings/defaults';
import { saveRules } from '../../../lib/settings/storage';
import { expectFieldError, openOptions, section, settle, storageDump, useOptionsTestEnvironment, waitForStored } from './options';

useOptionsTestEnvironment();

const newPause = () => within(section('Pauses').getByRole('form', { name: 'New pause' }));

async function storeOnePause() {
  const rules = defaultRules();
  rules.pause = [{ id: 'launch-freeze', label: 'Launch freeze', from: '2026-06-01', to: '2026-06-07', topics: [] }];
  expect((await saveRules(rules)).ok).toBe(true);
}

describe('pause list', () => {
  test('adds a pause with a date range and topics', async () => {
    const user = await openOptions();
    const form = newPause();
    await user.type(form.getByLabelText('Name'), 'Election week');
    await user.type(form.getByLabelText('From'), '2026-09-07');
    await user.type(form.getByLabelText('To'), '2026-09-13');
    await user.type(form.getByLabelText('Topics (one a line)'), 'election{Enter}vote');
    await user.click(form.getByRole('button', { name: 'Add pause' }));
    await waitForStored((rules) =>
      expect(rules.pause).toEqual([
        { id: 'election-week', label: 'Election week', from: '2026-09-07', to: '2026-09-13', topics: ['election', 'vote'] },
      ]),
    );
    expect(within(section('Pauses').getByRole('group', { name: 'Pause 1' })).getByDisplayValue('Election week')).toBeTruthy();
  });

  test('edits and removes a stored pause', async () => {
    await storeOnePause();
    const user = await openOptions();
    const entry = within(section('Pauses').getByRole('group', { name: 'Pause 1' }));
    await user.type(entry.getByLabelText('Topics (one a line)'), 'pricing');
    await user.clear(entry.getByLabelText('To'));
    await waitForStored((rules) => expect(rules.pause[0]).toMatchObject({ to: null, topics: ['pricing'] }));
    await user.click(section('Pauses').getByRole('button', { name: 'Remove pause 1' }));
    await waitForStored((rules) => expect(rules.pause).toEqual([]));
  });

  test('an end before the start is refused by the end date, in the form and in a stored pause', async () => {
    await storeOnePause();
    const user = await openOptions();
    await settle();
    const before = await storageDump();

    const form = newPause();
    await user.type(form.getByLabelText('Name'), 'Backwards');
    await user.type(form.getByLabelText('From'), '2026-05-10');
    await user.type(form.getByLabelText('To'), '2026-05-01');
    await user.click(form.getByRole('button', { name: 'Add pause' }));
    await waitFor(() => expectFieldError(form.getByLabelText('To'), 'Must not be before the start date.'));

    const entry = within(section('Pauses').getByRole('group', { name: 'Pause 1' }));
    const to = entry.getByLabelText('To');
    // A date picked at once, as the browser's picker does: clearing first would save "no end date".
    fireEvent.change(to, { target: { value: '2026-05-31' } });
    await waitFor(() => expectFieldError(to, 'Must not be before the start date.'));
    await settle();
    expect(await storageDump()).toBe(before);
  });

  test('a pause with neither dates nor topics is refused', async () => {
    const user = await openOptions();
    await settle();
    const before = await storageDump();
    const form = newPause();
    await user.type(form.getByLabelText('Name'), 'Someday');
    await user.click(form.getByRole('button', { name: 'Add pause' }));
    await waitFor(() => expectFieldError(form.getByLabelText('Topics (one a line)'), 'Needs a date range or at least one topic.'));
    expect(await storageDump()).toBe(before);
  });
});
