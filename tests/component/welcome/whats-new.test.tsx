// @vitest-environment happy-dom
// What an update added, in the side panel once: shown while unseen, gone for good (and in every panel) when dismissed.
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WhatsNewNotice } from '../../../components/sidepanel/WhatsNewNotice';
import { WHATS_NEW, WHATS_NEW_SEEN_KEY } from '../../../lib/settings/whats-new';
import { useEnglishMessages } from '../sidepanel/i18n';

beforeEach(() => {
  fakeBrowser.reset();
  useEnglishMessages();
});
afterEach(cleanup);

/** Renders `ui` and waits until it has read storage.local and rendered what it read: "nothing shown" is then final. */
async function renderRead(ui: ReactElement): Promise<void> {
  const get = vi.spyOn(fakeBrowser.storage.local, 'get');
  render(ui);
  await waitFor(() => expect(get).toHaveBeenCalled());
  await act(() => Promise.all(get.mock.results.map((r) => r.value)));
}

describe('what is new, in the panel', () => {
  test('after an update: shown until dismissed, then remembered in storage.local and gone from every panel', async () => {
    const user = userEvent.setup();
    // Two panels (two windows).
    render(
      <>
        <WhatsNewNotice />
        <WhatsNewNotice />
      </>,
    );
    await waitFor(() => expect(screen.getAllByRole('region', { name: 'New in Postcheck' })).toHaveLength(2));
    const notices = screen.getAllByRole('region', { name: 'New in Postcheck' });
    expect(notices[0]!.textContent).toContain('A one-minute setup for your networks');
    await user.click(screen.getAllByRole('button', { name: 'Got it' })[0]!);
    await waitFor(() => expect(screen.queryAllByRole('region', { name: 'New in Postcheck' })).toHaveLength(0));
    expect((await fakeBrowser.storage.local.get(WHATS_NEW_SEEN_KEY))[WHATS_NEW_SEEN_KEY]).toEqual(WHATS_NEW.map((n) => n.id));

    cleanup();
    await renderRead(<WhatsNewNotice />);
    expect(screen.queryByRole('region', { name: 'New in Postcheck' })).toBeNull();
  });

  test('nothing once every note is seen (an install marks them so)', async () => {
    await fakeBrowser.storage.local.set({ [WHATS_NEW_SEEN_KEY]: WHATS_NEW.map((n) => n.id) });
    await renderRead(<WhatsNewNotice />);
    expect(screen.queryByRole('region', { name: 'New in Postcheck' })).toBeNull();
  });
});
