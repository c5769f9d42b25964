// @vitest-environment happy-dom
// "Review this box": the panel offers a box the person typed into that no adapter recognises, and only
// their click there asks the box's content script to adopt it.
import { describe, expect, test, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { lastOfferTab, offerItem } from '../../../lib/drafts/offer';
import type { BoxOffer } from '../../../lib/drafts/offer';
import { startPanel, storeDraft, usePanelTestEnvironment } from './panel';
import { linkedinDraft } from './drafts';

usePanelTestEnvironment();

const OFFER: BoxOffer = { tabId: 9, frameId: 0, boxId: 'cbox1', network: 'linkedin', host: 'www.linkedin.com', at: 1 };

/** What the background does when a content script reports typing in an unrecognised box. */
async function storeOffer(offer: BoxOffer = OFFER): Promise<void> {
  await offerItem(offer.tabId).setValue(offer);
  await lastOfferTab.setValue(offer.tabId);
}

/** Stands in for the content script: answers with `reply` and records what it was sent, and where. */
function contentAnswers(reply: { ok: boolean }) {
  const answer = () => Promise.resolve(reply);
  return vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(answer as unknown as typeof fakeBrowser.tabs.sendMessage);
}

describe('Review this box', () => {
  test('nothing is offered while no box is', async () => {
    startPanel();
    await screen.findByText('No draft yet');
    expect(screen.queryByRole('button', { name: 'Review this box' })).toBeNull();
  });

  test('the offered box is adopted only when the person chooses it, in its own tab and frame', async () => {
    const sent = contentAnswers({ ok: true });
    await storeOffer({ ...OFFER, frameId: 3 });
    startPanel();
    const button = await screen.findByRole('button', { name: 'Review this box' });
    expect(screen.getByText(/You are typing in a box on LinkedIn that Postcheck does not recognise/)).toBeTruthy();
    expect(sent).not.toHaveBeenCalled();

    fireEvent.click(button);
    await waitFor(() => expect(sent).toHaveBeenCalledTimes(1));
    expect(sent).toHaveBeenCalledWith(9, { type: 'box:adopt', payload: { boxId: 'cbox1' } }, { frameId: 3 });
    expect(screen.queryByRole('alert')).toBeNull();

    // The content script withdraws the offer once it adopted the box; the panel follows storage.
    await offerItem(9).removeValue();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Review this box' })).toBeNull());
  });

  test('a box already gone says what to do instead', async () => {
    contentAnswers({ ok: false });
    await storeOffer();
    startPanel();
    fireEvent.click(await screen.findByRole('button', { name: 'Review this box' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/That box is gone\. Right-click .* “Review with Postcheck”/);
  });

  test('shown above the review of another draft, and gone with its offer', async () => {
    await storeDraft(linkedinDraft());
    await storeOffer();
    startPanel();
    await screen.findByRole('button', { name: 'Review this box' });
    expect(document.querySelector('main')!.dataset.verdict).toBeTruthy();
    await offerItem(9).removeValue();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Review this box' })).toBeNull());
  });
});
