// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDraftService } from '../../../lib/background/drafts';
import { draftItem } from '../../../lib/drafts/state';
import type { Message } from '../../../lib/messaging/protocol';
import { defaultRules } from '../../../lib/settings/defaults';
import { saveRules } from '../../../lib/settings/storage';
import { noBudget } from '../../support/budget';
import { linkedinDraft, xReplyDraft } from './drafts';
import { findCheck, startPanel, storeDraft, usePanelTestEnvironment } from './panel';

usePanelTestEnvironment();

const RELATIONSHIPS = 'Build and strengthen personal relationships';
const PROMOTE = 'Promote my work or cause in a way that is valuable to others';
const BRAND = 'Build my personal brand';

/** Stands in for the background: records what the panel sends and answers null. */
function recordBackground(): Message[] {
  const received: Message[] = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    received.push(message as Message);
    return Promise.resolve(null);
  });
  return received;
}

/** A LinkedIn draft with the goal check as the engine gives it at its default: passing, asking. */
function withGoalCheck(over: { goal?: string; seen?: string } = {}) {
  const draft = linkedinDraft(over.goal ? { goal: over.goal } : {});
  draft.review.checks.push({
    id: 'goal',
    status: 'pass',
    severity: 'off',
    title: 'Your goals',
    reason: over.seen ? 'Serves your goal: …' : 'Which of your goals does this serve? None is chosen, and the draft shows none.',
    hint: '',
    evidence: over.seen ? [{ start: 0, end: 10, label: `goal-${over.seen}` }] : [],
  });
  return draft;
}

const goalButton = (goal: HTMLElement, name: string | RegExp) => within(goal).getByRole('button', { name });
const pressed = (goal: HTMLElement) =>
  within(goal)
    .getAllByRole('button')
    .filter((b) => b.getAttribute('aria-pressed') === 'true')
    .map((b) => b.textContent);

describe('the goal choice under the goal check', () => {
  test('shows the active goals as one-tap choices; a tap chooses one for this tab’s draft', async () => {
    const received = recordBackground();
    const rules = defaultRules('en');
    rules.goals[1]!.enabled = false;
    await saveRules(rules);
    await storeDraft(withGoalCheck());
    startPanel();
    const goal = await findCheck('goal');
    const group = await within(goal).findByRole('group', { name: 'Which of your goals does this serve?' });
    expect(
      within(group)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([RELATIONSHIPS, BRAND]);
    expect(pressed(goal)).toEqual([]);

    fireEvent.click(goalButton(goal, BRAND));
    await waitFor(() => expect(received).toEqual([{ type: 'draft:goal', payload: { tabId: 7, composerId: 'c1', goal: 'brand' } }]));
  });

  test('the chosen goal is pressed; a tap on it clears the choice', async () => {
    const received = recordBackground();
    await saveRules(defaultRules('en'));
    await storeDraft(withGoalCheck({ goal: 'promote' }));
    startPanel();
    const goal = await findCheck('goal');
    await waitFor(() => expect(pressed(goal)).toEqual([PROMOTE]));
    fireEvent.click(goalButton(goal, PROMOTE));
    await waitFor(() => expect(received).toEqual([{ type: 'draft:goal', payload: { tabId: 7, composerId: 'c1', goal: null } }]));
  });

  test('with none chosen, the goal the draft shows is pressed and marked as seen; a tap makes it the choice', async () => {
    const received = recordBackground();
    await saveRules(defaultRules('en'));
    await storeDraft(withGoalCheck({ seen: 'relationships' }));
    startPanel();
    const goal = await findCheck('goal');
    await waitFor(() => expect(pressed(goal)).toEqual([`${RELATIONSHIPS} (seen in the draft)`]));
    fireEvent.click(goalButton(goal, /^Build and strengthen/));
    await waitFor(() => expect(received).toEqual([{ type: 'draft:goal', payload: { tabId: 7, composerId: 'c1', goal: 'relationships' } }]));
  });

  test('says so when the choice does not reach the background', async () => {
    // no listener: sendMessage rejects, as when the service worker is gone
    await saveRules(defaultRules('en'));
    await storeDraft(withGoalCheck());
    startPanel();
    const goal = await findCheck('goal');
    fireEvent.click(await within(goal).findByRole('button', { name: BRAND }));
    expect((await within(goal).findByRole('alert')).textContent).toBe("Couldn't save your choice. Try again.");
  });

  test('no choice where the goal check did not run (a reply), nor with no active goals', async () => {
    const rules = defaultRules('en');
    await saveRules(rules);
    await storeDraft(xReplyDraft());
    startPanel();
    await findCheck('value');
    expect(screen.queryByRole('group', { name: 'Which of your goals does this serve?' })).toBeNull();

    for (const g of rules.goals) g.enabled = false;
    await saveRules(rules);
    await storeDraft(withGoalCheck());
    const goal = await findCheck('goal');
    expect(within(goal).queryByRole('button', { name: BRAND })).toBeNull();
  });
});

describe('the choice, through the background', () => {
  test('a tapped goal makes the check pass, is kept for the draft when the panel opens again, and the value hint follows it', async () => {
    const rules = defaultRules('en');
    rules.networks.linkedin.severity.goal = 'warn';
    await saveRules(rules);
    const service = createDraftService({
      rules: async () => rules,
      locale: 'en',
      now: () => new Date(2026, 10, 23, 10, 0),
      budget: noBudget,
    });
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      const { type, payload } = message as Message<'draft:goal'>;
      if (type !== 'draft:goal') return undefined;
      return service.chooseGoal(payload.tabId, payload.composerId, payload.goal).then(() => null);
    });
    const draft = { composerId: 'c1', network: 'linkedin' as const, kind: 'post' as const, text: 'Lovely day' };
    await service.update(7, 'www.linkedin.com', draft);
    await fakeBrowser.tabs.create({ url: 'https://www.linkedin.com/feed/' });

    const view = startPanel();
    const goal = await findCheck('goal');
    expect(goal.dataset.status).toBe('warn');
    const value = await findCheck('value');
    await waitFor(() => expect(within(value).getByText(/^Add a sentence or two of your own/).textContent).not.toMatch(/Your goal is/));

    fireEvent.click(await within(goal).findByRole('button', { name: RELATIONSHIPS }));
    await waitFor(() => expect(goal.dataset.status).toBe('pass'));
    expect(within(goal).getByText(`Serves your goal: “${RELATIONSHIPS}” (your choice).`)).toBeTruthy();
    expect(
      within(value).getByText(/Your goal is “Build and strengthen personal relationships”: invite an answer or a memory\.$/),
    ).toBeTruthy();
    expect(pressed(goal)).toEqual([RELATIONSHIPS]);

    // The panel closes and opens again in the same session: the choice is the draft's, in storage.session.
    view.unmount();
    startPanel();
    const again = await findCheck('goal');
    await waitFor(() => expect(pressed(again)).toEqual([RELATIONSHIPS]));
    expect((await draftItem(7).getValue()) as { goal?: string }).toMatchObject({ goal: 'relationships' });

    // A new draft in another composer starts with none chosen.
    await service.update(7, 'www.linkedin.com', { ...draft, composerId: 'c2' });
    await waitFor(() => expect(pressed(document.querySelector<HTMLElement>('[data-check="goal"]')!)).toEqual([]));
  });
});
