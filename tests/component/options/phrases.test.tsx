// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { waitFor, within } from '@testing-library/react';
import { DEFAULT_PHRASES } from '../../../lib/review/phrases';
import { expectFieldError, openOptions, section, settle, storageDump, useOptionsTestEnvironment, waitForStored } from './options';

useOptionsTestEnvironment();

const phrases = () => section('Phrase lists');
const inEffect = () => within(phrases().getByRole('list', { name: /^Calls to action · English$/ }));

describe('phrase lists', () => {
  test('shows the built-in list in effect and removes a phrase from it', async () => {
    const user = await openOptions();
    expect(inEffect().getAllByRole('listitem')).toHaveLength(DEFAULT_PHRASES.en.cta.length);
    await user.click(inEffect().getByRole('button', { name: 'Remove what do you think' }));
    await waitForStored((rules) => expect(rules.phrases.en.cta).toEqual({ add: [], remove: ['what do you think'] }));
    expect(inEffect().queryByText('what do you think')).toBeNull();
  });

  test('restores a removed built-in phrase', async () => {
    const user = await openOptions();
    await user.click(inEffect().getByRole('button', { name: 'Remove let me know' }));
    const removed = within(await phrases().findByRole('list', { name: 'Removed built-in phrases' }));
    await user.click(removed.getByRole('button', { name: 'Restore let me know' }));
    await waitForStored((rules) => expect(rules.phrases.en.cta).toEqual({ add: [], remove: [] }));
    expect(inEffect().getByText('let me know')).toBeTruthy();
    expect(phrases().queryByRole('list', { name: 'Removed built-in phrases' })).toBeNull();
  });

  test('adds a phrase of its own to another language and list, and removes it again', async () => {
    const user = await openOptions();
    await user.selectOptions(phrases().getByLabelText('Language'), 'German');
    await user.selectOptions(phrases().getByLabelText('List'), 'Value signals');
    await user.type(phrases().getByLabelText('New phrase'), 'mein Fazit{Enter}');
    await waitForStored((rules) => expect(rules.phrases.de.value).toEqual({ add: ['mein Fazit'], remove: [] }));
    const list = within(phrases().getByRole('list', { name: 'Value signals · German' }));
    expect(list.getByText('mein Fazit').parentElement!.textContent).toContain('yours');

    await user.click(list.getByRole('button', { name: 'Remove mein Fazit' }));
    await waitForStored((rules) => expect(rules.phrases.de.value).toEqual({ add: [], remove: [] }));
  });

  test('the default goals’ signal phrases are lists like the others: in effect, removable, and a phrase of one’s own added', async () => {
    const user = await openOptions();
    await user.selectOptions(phrases().getByLabelText('Language'), 'Swedish');
    await user.selectOptions(phrases().getByLabelText('List'), 'Goal: personal brand');
    const list = () => within(phrases().getByRole('list', { name: 'Goal: personal brand · Swedish' }));
    expect(list().getAllByRole('listitem')).toHaveLength(DEFAULT_PHRASES.sv['goal-brand'].length);
    expect(phrases().getByText(/what you learned, your experience, your view/)).toBeTruthy();
    await user.click(list().getByRole('button', { name: 'Remove jag tror' }));
    await user.type(phrases().getByLabelText('New phrase'), 'min poäng{Enter}');
    await waitForStored((rules) => expect(rules.phrases.sv['goal-brand']).toEqual({ add: ['min poäng'], remove: ['jag tror'] }));
    expect(list().getByText('min poäng').parentElement!.textContent).toContain('yours');
    // The lists of the other goals and languages are untouched.
    await waitForStored((rules) => expect(rules.phrases.en['goal-brand']).toEqual({ add: [], remove: [] }));
    expect(section('Goals').getByText(/recognises the three default goals by their signal phrases/)).toBeTruthy();
  });

  test('a phrase already in effect is not added twice', async () => {
    const user = await openOptions();
    await settle();
    const before = await storageDump();
    await user.type(phrases().getByLabelText('New phrase'), 'Let Me Know{Enter}');
    expect(await phrases().findByText('“Let Me Know” is already in the list.')).toBeTruthy();
    await settle();
    expect(await storageDump()).toBe(before);
  });

  test('a phrase too long or empty is refused by the field; storage stays as it was', async () => {
    const user = await openOptions();
    await settle();
    const before = await storageDump();
    const input = phrases().getByLabelText('New phrase');
    await user.click(phrases().getByRole('button', { name: 'Add' }));
    await waitFor(() => expectFieldError(input, 'Must not be empty.'));

    await user.type(input, `${'very '.repeat(17)}long{Enter}`);
    await waitFor(() => expectFieldError(input, 'Must be at most 80 characters.'));
    expect((input as HTMLInputElement).value).toBe(`${'very '.repeat(17)}long`);
    await settle();
    expect(await storageDump()).toBe(before);
  });
});
