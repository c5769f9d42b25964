// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { waitFor } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
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

describe('post gate', () => {
  test('switches between posting right away and asking first', async () => {
    const user = await openOptions();
    const gate = section('Before you post');
    expect((gate.getByLabelText('Post right away') as HTMLInputElement).checked).toBe(true);
    await user.click(gate.getByLabelText('Ask first'));
    await waitForStored((rules) => expect(rules.postGate).toBe('nudge'));
    await user.click(gate.getByLabelText('Post right away'));
    await waitForStored((rules) => expect(rules.postGate).toBe('off'));
  });

  test('a choice the browser refuses to store says so, and stays unsaved', async () => {
    const user = await openOptions();
    await settle();
    const before = await storageDump();
    // This browser's own copy is the one the review uses: a refusal there is the person's to know.
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await user.click(section('Before you post').getByLabelText('Ask first'));
    expect(await section('Before you post').findByText('The browser refused to store the rules: QUOTA_BYTES quota exceeded.')).toBeTruthy();
    await settle();
    expect(await storageDump()).toBe(before);
    expect((await storedRules()).postGate).toBe('off');
  });
});

describe('thresholds', () => {
  test('saves each threshold', async () => {
    const user = await openOptions();
    const thresholds = section('Thresholds');
    const words = thresholds.getByLabelText('Fewest words for a post with something to read');
    await user.clear(words);
    await user.type(words, '12');
    const similarity = thresholds.getByLabelText('Similarity from which two drafts count as the same text');
    await user.clear(similarity);
    await user.paste('0.9');
    const days = thresholds.getByLabelText('Days a draft is remembered for the cross-post check');
    await user.clear(days);
    await user.type(days, '30');
    const comment = thresholds.getByLabelText('Fewest words in a comment on a share');
    await user.clear(comment);
    await user.type(comment, '6');
    await waitForStored((rules) =>
      expect(rules.thresholds).toEqual({ valueMinWords: 12, shareCommentMinWords: 6, crosspostSimilarity: 0.9, crosspostDays: 30 }),
    );
  });

  test('a value out of range or not whole is refused with the reason', async () => {
    const user = await openOptions();
    await settle();
    const before = await storageDump();
    const thresholds = section('Thresholds');
    const similarity = thresholds.getByLabelText('Similarity from which two drafts count as the same text');
    await user.clear(similarity);
    await user.paste('0.3');
    await waitFor(() => expectFieldError(similarity, 'Must be at least 0.5.'));
    const days = thresholds.getByLabelText('Days a draft is remembered for the cross-post check');
    await user.clear(days);
    await user.paste('2.5');
    await waitFor(() => expectFieldError(days, 'Must be a whole number.'));
    await settle();
    expect(await storageDump()).toBe(before);

    await user.clear(similarity);
    await user.paste('0.75');
    await waitForStored((rules) => expect(rules.thresholds.crosspostSimilarity).toBe(0.75));
    expectFieldValid(similarity);
  });
});
