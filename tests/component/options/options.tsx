/** The options page on a fresh fake browser, and what its tests read back from storage. */
import { afterEach, beforeEach, expect, onTestFinished, vi } from 'vitest';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { loadRules, rulesStorage } from '../../../lib/settings/storage';
import type { Rules } from '../../../lib/settings/schema';
import { useEnglishMessages } from '../sidepanel/i18n';

export function useOptionsTestEnvironment(): void {
  // The whole page in happy-dom, typed into key by key (about 20 ms a key), on a shared machine.
  vi.setConfig({ testTimeout: 20_000 });
  beforeEach(() => {
    fakeBrowser.reset();
    useEnglishMessages();
  });
  afterEach(() => {
    cleanup();
    // A sync write waiting for the budget belongs to the test that made it.
    rulesStorage().dispose();
  });
}

/**
 * Renders the page and waits until the stored rules are shown. `fakeKeyDelay`: for tests on fake timers
 * (useFakeClock, after this), the fake milliseconds between keys (null: none), moved by the typing itself.
 */
export async function openOptions({ fakeKeyDelay }: { fakeKeyDelay?: number | null } = {}) {
  const user = userEvent.setup(
    fakeKeyDelay === undefined ? {} : { delay: fakeKeyDelay, advanceTimers: (ms) => vi.advanceTimersByTimeAsync(ms) },
  );
  render(<OptionsApp />);
  await screen.findByRole('heading', { level: 2, name: 'Goals' });
  return user;
}

/**
 * Fake timers for this test (undone after it): the time that passes is the time the test moves with
 * vi.advanceTimersByTimeAsync, so a loaded machine changes nothing. The `jest` global is how Testing
 * Library knows timers are fake and moves them past its own zero-delay waits. Open the page with `fakeKeyDelay` first.
 */
export function useFakeClock(): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  vi.stubGlobal('jest', { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) });
  onTestFinished(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });
}

/** A section of the page, found as the landmark its heading names. */
export const section = (name: string) => within(screen.getByRole('region', { name }));

/** Everything both storage areas hold, as text, to compare byte for byte. */
export async function storageDump(): Promise<string> {
  return JSON.stringify({ sync: await fakeBrowser.storage.sync.get(), local: await fakeBrowser.storage.local.get() });
}

/** The rules as the review reads them. */
export const storedRules = (): Promise<Rules> => loadRules();

/** Waits until the stored rules pass `check`. */
export async function waitForStored(check: (rules: Rules) => void, options: { timeout?: number } = {}): Promise<void> {
  await waitFor(async () => check(await storedRules()), options);
  // The page takes the written rules in a few promise steps after the write, then renders: one turn of
  // the event loop, inside act, so what the test reads next is what the page shows for them.
  await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}

/**
 * Lets every queued save run, so "nothing was written" is not just "not written yet". Saves no
 * longer wait (only sync's copy follows within its budget), so a few turns of the event loop do.
 */
export async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 5));
}

/** The field shows `message` as its error, tied to it with aria-describedby, and says it is invalid. */
export function expectFieldError(field: HTMLElement, message: string): void {
  expect(field.getAttribute('aria-invalid')).toBe('true');
  const ids = (field.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  const described = ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
  expect(described).toContain(message);
}

export function expectFieldValid(field: HTMLElement): void {
  expect(field.hasAttribute('aria-invalid')).toBe(false);
}
