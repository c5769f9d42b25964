// @vitest-environment happy-dom
// The panel never shows an older verdict for a draft it could not review: a failure record says so and
// what to do; a review stopped for time says so; a draft stored in part says how much is shown.
import { expect, test } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { draftItem, lastDraftTab } from '../../../lib/drafts/state';
import type { FailedDraft } from '../../../lib/drafts/state';
import { LINKEDIN_TEXT, linkedinDraft } from './drafts';
import { findCheck, panelRoot, startPanel, storeDraft, usePanelTestEnvironment } from './panel';

usePanelTestEnvironment();

test('a draft whose review could not be stored replaces the old verdict with what to do', async () => {
  await storeDraft(linkedinDraft());
  startPanel();
  await waitFor(() => expect(panelRoot().dataset.verdict).toBe('fix'));
  const failed: FailedDraft = {
    tabId: 7,
    composerId: 'c1',
    network: 'linkedin',
    kind: 'post',
    host: 'www.linkedin.com',
    updatedAt: 1,
    failed: true,
  };
  await draftItem(7).setValue(failed);
  await lastDraftTab.setValue(7);
  await waitFor(() => expect(panelRoot().dataset.state).toBe('failed'));
  expect(panelRoot().dataset.verdict).toBe('error');
  expect(panelRoot().dataset.network).toBe('linkedin');
  expect(screen.getByRole('heading', { name: 'Could not update the review' })).toBeTruthy();
  expect(screen.getByRole('alert').textContent).toMatch(/close tabs with long drafts you no longer need/);
  expect(document.querySelectorAll('[data-check]')).toHaveLength(0);
  expect(screen.queryByText('Fix before posting')).toBeNull();
});

test('a review stopped for time says so, and lists the checks it had no time for', async () => {
  const draft = linkedinDraft();
  draft.review = {
    ...draft.review,
    verdict: 'consider',
    incomplete: 'budget',
    checks: draft.review.checks.slice(0, 2),
    skipped: [...draft.review.skipped, { id: 'length', why: 'over-budget' }, { id: 'privacy', why: 'over-budget' }],
  };
  await storeDraft(draft);
  startPanel();
  expect((await screen.findByText(/^Review stopped: this draft is too long to check in time/)).getAttribute('data-incomplete')).toBe(
    'budget',
  );
  expect(screen.getByText('Not checked in time: Length, Personal data')).toBeTruthy();
});

test('a draft stored in part shows its start, says so, and offers no fix that would drop the rest', async () => {
  const full = 70_000;
  const draft = linkedinDraft({ text: LINKEDIN_TEXT, fullLength: full });
  draft.review.checks = draft.review.checks.map((c) => (c.id === 'crosspost' ? { ...c, evidenceMore: 12 } : c));
  await storeDraft(draft);
  startPanel();
  expect(await screen.findByText(/^Showing the first .* of 70,000 characters/)).toBeTruthy();
  const crosspost = await findCheck('crosspost');
  expect(crosspost.textContent).toContain('12 more places not highlighted');
  // The removal fix rewrites the whole draft from the stored start: not offered. Appending a call to action is.
  expect(crosspost.querySelector('button.button--fix')).toBeNull();
  expect((await findCheck('cta')).querySelector('button.button--fix')).not.toBeNull();
});
