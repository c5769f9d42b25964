// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { waitFor, within } from '@testing-library/react';
import { saveRules } from '../../../lib/settings/storage';
import { defaultRules } from '../../../lib/settings/defaults';
import {
  expectFieldError,
  expectFieldValid,
  openOptions,
  section,
  settle,
  storageDump,
  storedRules,
  useOptionsTestEnvironment,
  waitForStored,
} from './options';

useOptionsTestEnvironment();

const custom = () => section('Custom rules');
const newRule = () => within(custom().getByRole('form', { name: 'New rule' }));
const rule = (n: number) => within(custom().getByRole('group', { name: `Rule ${n}` }));

async function storeOneRule() {
  const rules = defaultRules();
  rules.custom = [
    {
      id: 'no-crypto',
      enabled: true,
      mode: 'avoid',
      pattern: 'crypto',
      regex: false,
      networks: [],
      message: 'No crypto talk.',
      severity: 'warn',
    },
  ];
  expect((await saveRules(rules)).ok).toBe(true);
}

describe('custom rules', () => {
  test('adds a rule from the form with what a rule needs', async () => {
    const user = await openOptions();
    await user.selectOptions(newRule().getByLabelText('Rule type'), 'Flag the post when it lacks this');
    await user.type(newRule().getByLabelText('Word, phrase or pattern'), '#\\w+');
    await user.click(newRule().getByLabelText('Regular expression'));
    await user.type(newRule().getByLabelText('Message shown'), 'Add a hashtag.');
    await user.click(newRule().getByRole('button', { name: 'Add rule' }));
    await waitForStored((rules) =>
      expect(rules.custom).toEqual([
        {
          id: 'add-a-hashtag',
          enabled: true,
          mode: 'require',
          pattern: '#\\w+',
          regex: true,
          networks: [],
          message: 'Add a hashtag.',
          severity: 'warn',
        },
      ]),
    );
    expect((newRule().getByLabelText('Word, phrase or pattern') as HTMLInputElement).value).toBe('');
  });

  test('edits every field of a stored rule and removes it', async () => {
    await storeOneRule();
    const user = await openOptions();
    await user.click(rule(1).getByLabelText('Active'));
    await user.selectOptions(rule(1).getByLabelText('Counts as'), 'Must fix');
    await user.click(rule(1).getByLabelText('LinkedIn'));
    const message = rule(1).getByLabelText('Message shown');
    await user.clear(message);
    await user.type(message, 'Keep crypto off LinkedIn.');
    await waitForStored((rules) =>
      expect(rules.custom[0]).toEqual({
        id: 'no-crypto',
        enabled: false,
        mode: 'avoid',
        pattern: 'crypto',
        regex: false,
        networks: ['linkedin'],
        message: 'Keep crypto off LinkedIn.',
        severity: 'fail',
      }),
    );
    await user.click(custom().getByRole('button', { name: 'Remove rule 1' }));
    await waitForStored((rules) => expect(rules.custom).toEqual([]));
    expect(custom().getByText('No custom rules yet.')).toBeTruthy();
  });

  test('a broken regular expression is refused with the reason; the rule stays as stored', async () => {
    await storeOneRule();
    const user = await openOptions();
    await settle();
    const before = await storageDump();
    const pattern = rule(1).getByLabelText('Word, phrase or pattern');
    await user.clear(pattern);
    await user.paste('(crypto|nft');
    // As a phrase it is fine: saved.
    await waitForStored((rules) => expect(rules.custom[0]!.pattern).toBe('(crypto|nft'));
    const asPhrase = await storageDump();
    expect(asPhrase).not.toBe(before);

    const regex = rule(1).getByLabelText('Regular expression');
    await user.click(regex);
    await waitFor(() => expectFieldError(regex, 'Is not a valid regular expression'));
    await settle();
    expect(await storageDump()).toBe(asPhrase);
    expect((await storedRules()).custom[0]!.regex).toBe(false);

    // Fixing the pattern makes the waiting "regular expression" tick valid: both are saved.
    await user.type(pattern, ')');
    await waitForStored((rules) => expect(rules.custom[0]).toMatchObject({ pattern: '(crypto|nft)', regex: true }));
    await waitFor(() => expectFieldValid(regex));
  });

  test('a new rule without a message is not added, and says which field is missing', async () => {
    const user = await openOptions();
    await settle();
    const before = await storageDump();
    await user.type(newRule().getByLabelText('Word, phrase or pattern'), 'synergy');
    await user.click(newRule().getByRole('button', { name: 'Add rule' }));
    await waitFor(() => expectFieldError(newRule().getByLabelText('Message shown'), 'Must not be empty.'));
    expectFieldValid(newRule().getByLabelText('Word, phrase or pattern'));
    await settle();
    expect(await storageDump()).toBe(before);
  });
});
