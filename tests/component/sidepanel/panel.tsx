/** Start the panel as the entrypoint does (connect, then render) on a fresh fake browser. */
import { afterEach, beforeEach } from 'vitest';
import { cleanup, render, waitFor } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SidePanel } from '../../../components/sidepanel/SidePanel';
import { connectPanel } from '../../../components/sidepanel/connect';
import { initialPanelState, usePanelStore } from '../../../components/sidepanel/store';
import { draftItem, lastDraftTab } from '../../../lib/drafts/state';
import type { TabDraft } from '../../../lib/drafts/state';
import { useEnglishMessages } from './i18n';

let disconnect: (() => void) | undefined;

export function usePanelTestEnvironment(): void {
  beforeEach(() => {
    fakeBrowser.reset();
    usePanelStore.setState({ ...initialPanelState }, true);
    useEnglishMessages();
  });
  afterEach(() => {
    disconnect?.();
    disconnect = undefined;
    cleanup();
  });
}

export function startPanel() {
  disconnect = connectPanel();
  return render(<SidePanel />);
}

/** What the background does after a review: store the draft and mark its tab as the last edited. */
export async function storeDraft(draft: TabDraft): Promise<void> {
  await draftItem(draft.tabId).setValue(draft);
  await lastDraftTab.setValue(draft.tabId);
}

export const panelRoot = () => document.querySelector<HTMLElement>('main.panel')!;

/** The element of one check (data-check), once the panel shows it. */
export function findCheck(id: string): Promise<HTMLElement> {
  return waitFor(() => {
    const el = document.querySelector<HTMLElement>(`[data-check="${id}"]`);
    if (!el) throw new Error(`no check "${id}" shown`);
    return el;
  });
}
