// @vitest-environment happy-dom
// The default goals and network purposes, put back in a language of the person's choice, after a
// confirmation; the rest of the rules untouched.
import { expect, test } from 'vitest';
import { screen, within } from '@testing-library/react';
import { defaultRules } from '../../../lib/settings/defaults';
import { loadRules, saveRules } from '../../../lib/settings/storage';
import { openOptions, section, useOptionsTestEnvironment, waitForStored } from './options';

useOptionsTestEnvironment();

test('replaces goals and purposes with the Swedish defaults, and only those, once confirmed', async () => {
  const rules = defaultRules();
  rules.goals = [{ id: 'mine', text: 'My own goal', enabled: true }];
  rules.networks.x.hashtagLimit = 2;
  await saveRules(rules);
  const user = await openOptions();
  const goals = section('Goals');
  await user.selectOptions(goals.getByLabelText('Default goals and network purposes in'), 'Swedish');
  await user.click(goals.getByRole('button', { name: 'Use these defaults' }));
  // Nothing changes before the person confirms.
  const dialog = within(screen.getByRole('dialog', { name: 'Replace your goals and purposes?' }));
  expect(dialog.getByText(/become the defaults in Swedish/)).toBeTruthy();
  expect((await loadRules()).goals.map((g) => g.text)).toEqual(['My own goal']);
  await user.click(dialog.getByRole('button', { name: 'Replace them' }));
  await waitForStored((stored) => {
    expect(stored.goals.map((g) => g.text)).toEqual([
      'Bygga och stärka personliga relationer',
      'Marknadsföra mitt arbete eller min sak på ett sätt som ger andra något',
      'Bygga mitt personliga varumärke',
    ]);
    expect(stored.networks.linkedin.purpose).toMatch(/^Nya och befintliga yrkesmässiga relationer/);
    expect(stored.networks.x.hashtagLimit).toBe(2);
  });
});
