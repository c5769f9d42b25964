// @vitest-environment happy-dom
// A check dismissed M times on one network within 14 days (issue 15): the panel offers, once, to make it a
// warning or switch it off on that network; only the click changes the rules, and Undo takes it back.
// Dismissing a check in the panel is what counts.
import { describe, expect, test } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readDismissals } from '../../../lib/habits/dismissals';
import { dismissalsItem, loadDismissals } from '../../../lib/habits/store';
import { defaultRules } from '../../../lib/settings/defaults';
import { loadRules, saveRules } from '../../../lib/settings/storage';
import { linkedinDraft } from './drafts';
import { findCheck, startPanel, storeDraft, usePanelTestEnvironment } from './panel';

usePanelTestEnvironment();

const OFFER = 'You often dismiss “Call to action” on LinkedIn — make it a warning or switch it off here?';

async function dismissedTimes(n: number, key = 'linkedin:cta') {
  await dismissalsItem.setValue(readDismissals({ times: { [key]: Array.from({ length: n }, () => Date.now() - 1000) }, offered: [] }));
}

describe('the offer to ease a check dismissed often', () => {
  test('at M dismissals: "Make it a warning" changes the rules for that network only; Undo restores them', async () => {
    await dismissedTimes(5);
    await storeDraft(linkedinDraft());
    startPanel();
    expect(await screen.findByText(OFFER)).toBeTruthy();
    expect((await loadRules()).networks.linkedin.severity.cta).toBe('fail');
    fireEvent.click(screen.getByRole('button', { name: 'Make it a warning' }));
    await waitFor(async () => expect((await loadRules()).networks.linkedin.severity.cta).toBe('warn'));
    expect((await loadRules()).networks.x.severity.cta).toBe(defaultRules().networks.x.severity.cta);
    expect(await screen.findByText('“Call to action” is now a warning on LinkedIn.')).toBeTruthy();
    await waitFor(async () => expect((await loadDismissals()).offered).toEqual(['linkedin:cta']));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await loadRules()).networks.linkedin.severity.cta).toBe('fail'));
    // Offered once: not again, whatever the answer was.
    await waitFor(() => expect(screen.queryByText(OFFER)).toBeNull());
  });

  test('"Switch it off here" sets it off; "Not now" changes nothing and the offer is not made again', async () => {
    await dismissedTimes(5);
    await storeDraft(linkedinDraft());
    const { unmount } = startPanel();
    await screen.findByText(OFFER);
    fireEvent.click(screen.getByRole('button', { name: 'Switch it off here' }));
    await waitFor(async () => expect((await loadRules()).networks.linkedin.severity.cta).toBe('off'));
    expect(await screen.findByText('“Call to action” is now off on LinkedIn.')).toBeTruthy();
    unmount();

    await saveRules(defaultRules());
    await dismissedTimes(5, 'linkedin:value');
    startPanel();
    await screen.findByText('You often dismiss “Value for readers” on LinkedIn — make it a warning or switch it off here?');
    // "value" warns on LinkedIn by default: there is no warning to make it, only off.
    expect(screen.queryByRole('button', { name: 'Make it a warning' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Not now' }));
    await waitFor(() => expect(screen.queryByText(/You often dismiss/)).toBeNull());
    expect(await loadRules()).toEqual(defaultRules());
  });

  test('below M, or M set higher in the rules: no offer', async () => {
    await dismissedTimes(4);
    await storeDraft(linkedinDraft());
    startPanel();
    await findCheck('cta');
    expect(screen.queryByText(OFFER)).toBeNull();
    await dismissedTimes(5);
    expect(await screen.findByText(OFFER)).toBeTruthy();
    const rules = defaultRules();
    rules.nudges.dismissAfter = 6;
    await saveRules(rules);
    await waitFor(() => expect(screen.queryByText(OFFER)).toBeNull());
  });

  test('dismissing a check in the panel counts it for its network', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve(null));
    await storeDraft(linkedinDraft());
    startPanel();
    const cta = await findCheck('cta');
    fireEvent.click(cta.querySelector('.check__dismiss')!);
    await waitFor(async () => expect((await loadDismissals()).times['linkedin:cta']).toHaveLength(1));
  });
});
