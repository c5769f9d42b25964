// @vitest-environment happy-dom
// The background's live channel (issue 14): each review reaches the open panel at once, before its
// coalesced storage write; an older draft from storage never replaces a newer one shown; the channel is
// opened again when storage shows the worker at work.
import { beforeEach, expect, test } from 'vitest';
import { waitFor } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { draftItem, lastDraftTab } from '../../../lib/drafts/state';
import type { StoredDraft } from '../../../lib/drafts/state';
import { PANEL_PORT } from '../../../lib/messaging/panel-port';
import { linkedinDraft } from './drafts';
import { panelRoot, startPanel, usePanelTestEnvironment } from './panel';

usePanelTestEnvironment();

interface PanelEnd {
  push(tabId: number, draft: StoredDraft | null): void;
  drop(): void;
}
let ends: PanelEnd[];

beforeEach(() => {
  ends = [];
  (fakeBrowser.runtime as unknown as { connect: unknown }).connect = ({ name }: { name: string }) => {
    const listeners: ((m: unknown) => void)[] = [];
    const gone: (() => void)[] = [];
    if (name === PANEL_PORT) {
      ends.push({ push: (tabId, draft) => listeners.forEach((l) => l({ tabId, draft })), drop: () => gone.forEach((l) => l()) });
    }
    return {
      name,
      onMessage: { addListener: (l: (m: unknown) => void) => listeners.push(l) },
      onDisconnect: { addListener: (l: () => void) => gone.push(l) },
      postMessage: () => undefined,
      disconnect: () => undefined,
    };
  };
});

const shownText = () => panelRoot().querySelector('[data-draft-text], .draft-text')?.textContent ?? panelRoot().textContent;

test('a pushed review shows at once, with nothing in storage yet', async () => {
  await lastDraftTab.setValue(7);
  startPanel();
  await waitFor(() => expect(ends).toHaveLength(1));
  await waitFor(() => expect(panelRoot().dataset.state).toBe('empty'));
  ends[0]!.push(7, linkedinDraft({ updatedAt: 2000 }));
  await waitFor(() => expect(panelRoot().dataset.verdict).toBe('fix'));
  expect(await draftItem(7).getValue()).toBeNull();
  // Its removal too.
  ends[0]!.push(7, null);
  await waitFor(() => expect(panelRoot().dataset.state).toBe('empty'));
});

test('an older draft written to storage after a newer one was pushed does not replace it', async () => {
  await lastDraftTab.setValue(7);
  startPanel();
  await waitFor(() => expect(ends).toHaveLength(1));
  // Both went over the channel as they were made; the older one's storage write comes after.
  ends[0]!.push(7, linkedinDraft({ text: 'Older text from the held write.', updatedAt: 3000 }));
  ends[0]!.push(7, linkedinDraft({ text: 'Newer text, the one typed last.', updatedAt: 3000 }));
  await waitFor(() => expect(shownText()).toContain('Newer text'));
  let seen = 0;
  const unwatch = draftItem(7).watch(() => seen++);
  await draftItem(7).setValue(linkedinDraft({ text: 'Older text from the held write.', updatedAt: 3000 }));
  // The panel's own watcher has had the change by the time this one has.
  await waitFor(() => expect(seen).toBe(1));
  unwatch();
  expect(shownText()).not.toContain('Older text');
  expect(shownText()).toContain('Newer text');
  // Other tabs' pushes are not this panel's.
  ends[0]!.push(8, linkedinDraft({ tabId: 8, text: 'Another tab.', updatedAt: 4000 }));
  expect(shownText()).toContain('Newer text');
  // A draft the channel never brought (a restarted worker, a clock set back) is shown whatever its time.
  await draftItem(7).setValue(linkedinDraft({ text: 'Written by a restarted worker.', updatedAt: 1 }));
  await waitFor(() => expect(shownText()).toContain('Written by a restarted worker.'));
});

test('a channel broken by a stopped worker is opened again when storage shows a draft written', async () => {
  await lastDraftTab.setValue(7);
  startPanel();
  await waitFor(() => expect(ends).toHaveLength(1));
  ends[0]!.drop();
  await new Promise((r) => setTimeout(r, 0));
  // Not at once: that would wake an idle worker for nothing.
  expect(ends).toHaveLength(1);
  await draftItem(7).setValue(linkedinDraft({ updatedAt: 1000 }));
  await waitFor(() => expect(ends).toHaveLength(2));
  ends[1]!.push(7, linkedinDraft({ text: 'After the restart.', updatedAt: 5000 }));
  await waitFor(() => expect(shownText()).toContain('After the restart.'));
});
