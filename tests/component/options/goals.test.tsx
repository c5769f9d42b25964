// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { screen, waitFor, within } from '@testing-library/react';
import {
  expectFieldError,
  expectFieldValid,
  openOptions,
  section,
  settle,
  useFakeClock,
  storageDump,
  storedRules,
  useOptionsTestEnvironment,
  waitForStored,
} from './options';
import { TYPING_SAVE_BURST, TYPING_SAVE_SPACING_MS } from '../../../components/options/store';

useOptionsTestEnvironment();

const goal = (n: number) => within(section('Goals').getByRole('group', { name: `Goal ${n}` }));

describe('goals', () => {
  test('shows the stored goals and saves an edit as it is typed', async () => {
    const user = await openOptions();
    const text = goal(2).getByLabelText('Text');
    expect((text as HTMLInputElement).value).toBe('Promote my work or cause in a way that is valuable to others');
    await user.clear(text);
    await user.type(text, 'Find my next customers ');
    await waitForStored((rules) => expect(rules.goals[1]!.text).toBe('Find my next customers'));
    // The trailing space is the person's, still being typed: the field keeps it.
    expect((text as HTMLInputElement).value).toBe('Find my next customers ');
  });

  test('switches a goal off, adds one and removes one', async () => {
    const user = await openOptions();
    await user.click(goal(3).getByLabelText('Active'));
    await waitForStored((rules) => expect(rules.goals[2]!.enabled).toBe(false));

    await user.type(section('Goals').getByLabelText('New goal'), 'Help other founders{Enter}');
    await waitForStored((rules) =>
      expect(rules.goals.at(-1)).toEqual({ id: 'help-other-founders', text: 'Help other founders', enabled: true }),
    );
    expect((section('Goals').getByLabelText('New goal') as HTMLInputElement).value).toBe('');

    await user.click(section('Goals').getByRole('button', { name: 'Remove goal 1' }));
    await waitForStored((rules) => expect(rules.goals.map((g) => g.id)).toEqual(['promote', 'brand', 'help-other-founders']));
    expect(section('Goals').queryByRole('group', { name: 'Goal 4' })).toBeNull();
  });

  test('an emptied goal shows why by the field and keeps the last valid text stored', async () => {
    const user = await openOptions();
    await settle();
    const before = await storageDump();
    const text = goal(1).getByLabelText('Text');
    await user.clear(text);
    await waitFor(() => expectFieldError(text, 'Must not be empty.'));
    await settle();
    expect(await storageDump()).toBe(before);
    expect((await storedRules()).goals[0]!.text).toBe('Build and strengthen personal relationships');

    await user.type(text, 'Keep in touch with old colleagues');
    await waitForStored((rules) => expect(rules.goals[0]!.text).toBe('Keep in touch with old colleagues'));
    expectFieldValid(text);
  });

  test('a goal with no text is not added', async () => {
    const user = await openOptions();
    await settle();
    const before = await storageDump();
    await user.click(section('Goals').getByRole('button', { name: 'Add goal' }));
    const input = section('Goals').getByLabelText('New goal');
    await waitFor(() => expectFieldError(input, 'Must not be empty.'));
    expect(await storageDump()).toBe(before);
    expect(screen.queryByRole('group', { name: 'Goal 4' })).toBeNull();
  });
});

describe('saving while typing', () => {
  test('a long text typed key by key is saved whole, in no more writes than storage.sync allows (120 a minute)', async () => {
    // A key every 50 ms: the burst is spent within the first half second, then the budget refills.
    const user = await openOptions({ fakeKeyDelay: 50 });
    await settle();
    useFakeClock();
    const sync = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const typed = 'Share what we learn building in public, every week, with the people who follow along';
    const text = goal(2).getByLabelText('Text');
    const started = Date.now();
    await user.clear(text);
    await user.type(text, typed);
    // This browser's copy as soon as the last key is typed.
    await vi.advanceTimersByTimeAsync(0);
    expect((await storedRules()).goals[1]!.text).toBe(typed);
    // Sync's copy follows within its budget: time moves a spacing at a time until the last write holds the whole text.
    const lastSync = () => JSON.stringify(sync.mock.calls.at(-1)?.[0] ?? null);
    for (let i = 0; i < 100 && !lastSync().includes(typed); i++) await vi.advanceTimersByTimeAsync(TYPING_SAVE_SPACING_MS);
    expect(lastSync()).toContain(typed);
    // A burst at once, then one write per spacing: never more than the burst plus the refills.
    const elapsed = Date.now() - started;
    expect(sync.mock.calls.length).toBeLessThanOrEqual(TYPING_SAVE_BURST + Math.floor(elapsed / TYPING_SAVE_SPACING_MS));
    expect(sync.mock.calls.length).toBeLessThan(typed.length / 2);
  });

  test('what was typed last is stored at once, also past the burst (a closing page has no time to wait)', async () => {
    const user = await openOptions({ fakeKeyDelay: null });
    await settle();
    useFakeClock();
    const text = goal(2).getByLabelText('Text');
    await user.clear(text);
    // More keystrokes than the burst allows at once: sync's copy waits for the spacing, this browser's does not.
    const typed = 'x'.repeat(TYPING_SAVE_BURST + 4);
    await user.type(text, typed);
    await vi.advanceTimersByTimeAsync(0);
    expect((await storedRules()).goals[1]!.text).toBe(typed);
  });
});
