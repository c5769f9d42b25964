// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { waitFor, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultRules } from '../../../lib/settings/defaults';
import { DEVICE_KEY, loadRules, rulesStorage, saveRules } from '../../../lib/settings/storage';
import {
  expectFieldError,
  openOptions,
  section,
  settle,
  storageDump,
  storedRules,
  useOptionsTestEnvironment,
  waitForStored,
} from './options';

useOptionsTestEnvironment();

const goalText = (n: number) =>
  within(section('Goals').getByRole('group', { name: `Goal ${n}` })).getByLabelText('Text') as HTMLInputElement;

describe('saved as you go', () => {
  test('follows rules changed elsewhere (another browser, through sync) without a reload', async () => {
    await openOptions();
    const elsewhere = defaultRules();
    elsewhere.goals[0]!.text = 'Changed on the laptop';
    elsewhere.postGate = 'nudge';
    await saveRules(elsewhere);
    await waitFor(() => expect(goalText(1).value).toBe('Changed on the laptop'));
    expect((section('Before you post').getByLabelText('Ask first') as HTMLInputElement).checked).toBe(true);
  });

  test('a field left invalid does not hold back changes elsewhere, and keeps what was typed', async () => {
    const user = await openOptions();
    await user.clear(goalText(1));
    await waitFor(() => expectFieldError(goalText(1), 'Must not be empty.'));

    await user.click(section('Before you post').getByLabelText('Ask first'));
    await waitForStored((rules) => expect(rules.postGate).toBe('nudge'));
    expect((await storedRules()).goals[0]!.text).toBe('Build and strengthen personal relationships');

    // A change from elsewhere does not overwrite what the person is still fixing.
    const elsewhere = await storedRules();
    elsewhere.goals[1]!.text = 'Changed elsewhere';
    await saveRules(elsewhere);
    await waitFor(() => expect(goalText(2).value).toBe('Changed elsewhere'));
    expect(goalText(1).value).toBe('');
    expectFieldError(goalText(1), 'Must not be empty.');
    await settle();
    expect((await storedRules()).goals[1]!.text).toBe('Changed elsewhere');
  });

  test('a change from elsewhere to the field being typed leaves the text under the cursor; the next key saves it whole', async () => {
    const user = await openOptions();
    await user.click(goalText(1));
    await user.keyboard('{Control>}a{/Control}Written here');
    await waitForStored((rules) => expect(rules.goals[0]!.text).toBe('Written here'));

    // Another tab imports rules that say something else in this field and in another one.
    const elsewhere = await storedRules();
    elsewhere.goals[0]!.text = 'Imported';
    elsewhere.goals[1]!.text = 'Imported too';
    await saveRules(elsewhere);
    await waitFor(() => expect(goalText(2).value).toBe('Imported too'));
    expect(goalText(1).value).toBe('Written here');

    await user.keyboard(', and more');
    await waitForStored((rules) => expect(rules.goals[0]!.text).toBe('Written here, and more'));
    expect((await storedRules()).goals[1]!.text).toBe('Imported too');

    // Left without another key, the field shows what is stored.
    elsewhere.goals[0]!.text = 'Imported again';
    elsewhere.goals[1]!.text = 'Imported too';
    await saveRules(elsewhere);
    await settle();
    expect(goalText(1).value).toBe('Written here, and more');
    await user.click(goalText(2));
    await waitFor(() => expect(goalText(1).value).toBe('Imported again'));
  });

  test('reads rules that are partly broken, says which parts are back at their defaults, and keeps the stored object as it was until a change', async () => {
    const stored: Record<string, any> = defaultRules();
    stored.thresholds = 'broken';
    stored.goals[0].text = 'Kept';
    await fakeBrowser.storage.sync.set({ rules: stored });
    // The first read moves the old format to this browser's copy, unchanged (sync keeps the old item,
    // which every browser reads itself).
    await loadRules();
    await rulesStorage().publish();
    expect((await fakeBrowser.storage.local.get(DEVICE_KEY))[DEVICE_KEY]).toMatchObject({ rules: stored });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ rules: stored });
    const before = await storageDump();
    await openOptions();
    const note = await waitFor(() => {
      const el = document.querySelector('[role="note"]');
      if (!el) throw new Error('no note');
      return el;
    });
    expect(note.textContent).toContain('thresholds: must be an object (got "broken")');
    expect(goalText(1).value).toBe('Kept');
    await settle();
    expect(await storageDump()).toBe(before);
  });
});
