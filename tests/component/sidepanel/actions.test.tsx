// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { draftItem } from '../../../lib/drafts/state';
import { defaultRules } from '../../../lib/settings/defaults';
import { saveRules } from '../../../lib/settings/storage';
import type { Message } from '../../../lib/messaging/protocol';
import { LINKEDIN_TEXT, linkedinDraft } from './drafts';
import { findCheck, startPanel, storeDraft, usePanelTestEnvironment } from './panel';

usePanelTestEnvironment();

/** Stands in for the background: records what the panel sends and answers null. */
function recordBackground(): Message[] {
  const received: Message[] = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    received.push(message as Message);
    return Promise.resolve(null);
  });
  return received;
}

/** Stands in for the content script: answers composer:insert with `reply`, or fails with an error. */
function composerAnswers(reply: { ok: boolean } | Error) {
  const answer = () => (reply instanceof Error ? Promise.reject(reply) : Promise.resolve(reply));
  return vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(answer as typeof fakeBrowser.tabs.sendMessage);
}

describe('dismiss and restore', () => {
  test('dismissing asks the background for this tab’s draft; restoring likewise', async () => {
    const received = recordBackground();
    await storeDraft(linkedinDraft());
    startPanel();
    const cta = await findCheck('cta');
    fireEvent.click(within(cta).getByRole('button', { name: 'Dismiss Call to action' }));
    await waitFor(() =>
      expect(received).toEqual([{ type: 'draft:dismiss', payload: { tabId: 7, composerId: 'c1', checkId: 'cta', dismissed: true } }]),
    );

    // the background re-reviews and writes the draft; the panel follows
    const dismissed = linkedinDraft({ dismissed: ['cta'] });
    dismissed.review.checks[1]!.dismissed = true;
    dismissed.review.verdict = 'consider';
    await draftItem(7).setValue(dismissed);
    const restore = await within(cta).findByRole('button', { name: 'Restore Call to action' });
    expect(document.querySelector('main')!.dataset.verdict).toBe('consider');

    fireEvent.click(restore);
    await waitFor(() =>
      expect(received[1]).toEqual({ type: 'draft:dismiss', payload: { tabId: 7, composerId: 'c1', checkId: 'cta', dismissed: false } }),
    );
  });

  test('says so when the background cannot be reached', async () => {
    // no listener: sendMessage rejects, as when the service worker is gone
    await storeDraft(linkedinDraft());
    startPanel();
    const cta = await findCheck('cta');
    fireEvent.click(within(cta).getByRole('button', { name: 'Dismiss Call to action' }));
    expect((await within(cta).findByRole('alert')).textContent).toBe("Couldn't update this check. Try again.");
  });
});

describe('fixes', () => {
  const ask = 'What do you think? Let me know in the comments.';

  test('a call-to-action fix appends the template to the composer of the draft’s tab', async () => {
    const send = composerAnswers({ ok: true });
    await storeDraft(linkedinDraft());
    startPanel();
    const cta = await findCheck('cta');
    const fixes = await within(cta).findByRole('group', { name: 'Quick fixes for Call to action' });
    expect(
      within(fixes)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(defaultRules().ctaTemplates.en.map((template) => `Add “${template}”`));
    fireEvent.click(within(fixes).getByRole('button', { name: `Add “${ask}”` }));
    await waitFor(() =>
      expect(send).toHaveBeenCalledWith(7, { type: 'composer:insert', payload: { composerId: 'c1', text: `\n\n${ask}`, mode: 'append' } }),
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('the cross-post fix replaces the text without the leftover', async () => {
    const send = composerAnswers({ ok: true });
    await storeDraft(linkedinDraft());
    startPanel();
    const crosspost = await findCheck('crosspost');
    fireEvent.click(await within(crosspost).findByRole('button', { name: 'Remove “https://lnkd.in/abc”' }));
    await waitFor(() =>
      expect(send).toHaveBeenCalledWith(7, {
        type: 'composer:insert',
        payload: { composerId: 'c1', text: LINKEDIN_TEXT.replace(' https://lnkd.in/abc', ''), mode: 'replace' },
      }),
    );
  });

  test('uses the person’s own templates, and follows when they change', async () => {
    const rules = defaultRules();
    rules.ctaTemplates.en = ['Tell me about yours below.'];
    await saveRules(rules);
    await storeDraft(linkedinDraft());
    startPanel();
    const cta = await findCheck('cta');
    expect(await within(cta).findByRole('button', { name: 'Add “Tell me about yours below.”' })).toBeTruthy();
    rules.ctaTemplates.en = ['Which one would you pick?'];
    await saveRules(rules);
    expect(await within(cta).findByRole('button', { name: 'Add “Which one would you pick?”' })).toBeTruthy();
    expect(within(cta).queryByRole('button', { name: /Tell me about yours/ })).toBeNull();
  });

  test.each([
    ['answers {ok: false}', () => composerAnswers({ ok: false })],
    ['cannot be reached', () => composerAnswers(new Error('Could not establish connection'))],
  ])('when the composer %s: says so and offers the changed text to copy', async (_, mockComposer) => {
    mockComposer();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await storeDraft(linkedinDraft());
    startPanel();
    const cta = await findCheck('cta');
    fireEvent.click(await within(cta).findByRole('button', { name: `Add “${ask}”` }));

    const alert = await within(cta).findByRole('alert');
    expect(within(alert).getByText("Couldn't change the text in the composer — copy it instead.")).toBeTruthy();
    const field = within(alert).getByLabelText<HTMLTextAreaElement>('Changed text to copy');
    expect(field.value).toBe(`${LINKEDIN_TEXT}\n\n${ask}`);

    fireEvent.click(within(alert).getByRole('button', { name: 'Copy text' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(`${LINKEDIN_TEXT}\n\n${ask}`));
    expect(await within(alert).findByText('Copied')).toBeTruthy();

    fireEvent.click(within(alert).getByRole('button', { name: 'Close message' }));
    await waitFor(() => expect(within(cta).queryByRole('alert')).toBeNull());
  });

  test('a failure notice goes once the draft has changed', async () => {
    composerAnswers({ ok: false });
    await storeDraft(linkedinDraft());
    startPanel();
    const cta = await findCheck('cta');
    fireEvent.click(await within(cta).findByRole('button', { name: `Add “${ask}”` }));
    await within(cta).findByRole('alert');
    await draftItem(7).setValue(linkedinDraft({ text: `${LINKEDIN_TEXT}!` }));
    await waitFor(() => expect(within(cta).queryByRole('alert')).toBeNull());
  });
});
