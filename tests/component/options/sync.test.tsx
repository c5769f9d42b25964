// @vitest-environment happy-dom
/** What the options page says about rules from (or kept from) the person's other browsers. */
import { describe, expect, test } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultRules } from '../../../lib/settings/defaults';
import { loadStoredRules, saveRules } from '../../../lib/settings/storage';
import { META_KEY, TOO_LARGE_KEY, chunkKey, syncItemsFor } from '../../../lib/settings/chunks';
import { openOptions, section, storedRules, useOptionsTestEnvironment } from './options';
import { hugeRules } from '../../unit/settings/largest-rules';

useOptionsTestEnvironment();

const goalText = (n: number) =>
  within(section('Goals').getByRole('group', { name: `Goal ${n}` })).getByLabelText('Text') as HTMLInputElement;
const notice = () => document.querySelector('[data-sync-notice]');

/** Rules another browser wrote, over one sync item, as the sync items it wrote. */
function fromOtherBrowser(goal: string, later = 60_000) {
  const rules = defaultRules();
  rules.goals[0]!.text = goal;
  rules.phrases.en.value.add = Array.from({ length: 200 }, (_, i) => `lesson number ${i} from the other browser`);
  return { rules, items: syncItemsFor(JSON.stringify(rules), { t: Date.now() + later, d: 'other-browser' }).items };
}

describe('rules from another browser', () => {
  test('not fully arrived: says so and changes nothing; once complete, shows them', async () => {
    expect((await saveRules(defaultRules())).ok).toBe(true);
    await openOptions();
    const { rules, items } = fromOtherBrowser('Goal from the laptop');
    expect(Object.keys(items)).toContain(chunkKey(1));
    // The meta and the first chunk are here; the rest is still on its way.
    await fakeBrowser.storage.sync.set({ [META_KEY]: items[META_KEY], [chunkKey(0)]: items[chunkKey(0)] });

    await waitFor(() => expect(notice()?.textContent).toContain('Rules from another browser have not fully arrived yet.'));
    expect(goalText(1).value).toBe(defaultRules().goals[0]!.text);
    expect(await storedRules()).toEqual(defaultRules());

    const rest = Object.fromEntries(Object.entries(items).filter(([key]) => key !== META_KEY && key !== chunkKey(0)));
    await fakeBrowser.storage.sync.set(rest);
    await waitFor(() => expect(goalText(1).value).toBe('Goal from the laptop'));
    expect(notice()).toBeNull();
    expect(await storedRules()).toEqual(rules);
  });

  test('too large to sync there: says this browser keeps its own', async () => {
    expect((await saveRules(defaultRules())).ok).toBe(true);
    await openOptions();
    await fakeBrowser.storage.sync.set({ [TOO_LARGE_KEY]: { format: 1, stamp: { t: Date.now() + 60_000, d: 'other-browser' } } });
    await waitFor(() =>
      expect(notice()?.textContent).toBe('Your rules in another browser are too large to sync; this browser keeps its own.'),
    );
    expect(await storedRules()).toEqual(defaultRules());
  });

  test('too large to sync here: says sync is paused for them, and takes the synced rules only when asked', async () => {
    const huge = hugeRules();
    expect((await saveRules(huge)).ok).toBe(true);
    const user = await openOptions();
    await waitFor(() => expect(notice()?.textContent).toContain("Sync is paused for this browser's rules because of their size"));
    expect(screen.queryByRole('button', { name: 'Use the rules from my other browser instead' })).toBeNull();

    const { rules, items } = fromOtherBrowser('Goal from the laptop');
    await fakeBrowser.storage.sync.set(items);
    const use = await screen.findByRole('button', { name: 'Use the rules from my other browser instead' });
    // Newer rules in sync do not replace this browser's large ones of themselves.
    expect(goalText(1).value).toBe(defaultRules().goals[0]!.text);
    expect((await storedRules()).phrases).toEqual(huge.phrases);

    await user.click(use);
    await waitFor(() => expect(goalText(1).value).toBe('Goal from the laptop'));
    await waitFor(() => expect(notice()).toBeNull());
    expect(await storedRules()).toEqual(rules);
    expect((await loadStoredRules()).sync).toBeNull();
  });
});
