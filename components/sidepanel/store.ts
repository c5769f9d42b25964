/**
 * The side panel's state: the draft it shows, the rules, and what the person is doing in the
 * panel. Filled by ./connect.ts from storage (the draft and rules are read and watched, never
 * asked for); the commands (dismiss, insert) go out as messages in ./actions.ts.
 */
import { create } from 'zustand';
import type { StoredDraft } from '../../lib/drafts/state';
import type { NetworkId, Rules } from '../../lib/settings/schema';
import type { BoxOffer } from '../../lib/drafts/offer';

/** A fix the composer did not take: what the draft would read with it, to copy by hand. */
export interface InsertFailure {
  fixId: string;
  checkId: string;
  /** the draft text the fix was made for; a newer draft makes the failure moot */
  baseText: string;
  /** the whole changed text */
  text: string;
}

export interface PanelState {
  /** false until the first read of the tab and the stored draft is done */
  loaded: boolean;
  /** the active tab of the panel's window (null when it cannot be told) */
  tabId: number | null;
  /** the network of the active tab's site, when the browser lets the panel see its address */
  tabNetwork: NetworkId | null;
  /** the draft shown: the active tab's, else the most recently edited one (or the record that its review failed) */
  draft: StoredDraft | null;
  rules: Rules | null;
  /** the check the person points at or focuses: its evidence is highlighted in the draft */
  focusedCheck: string | null;
  insertFailure: InsertFailure | null;
  /** a check whose dismiss/restore did not go through */
  dismissFailed: string | null;
  /** the goal chosen (or cleared) in the panel did not reach the background */
  goalFailed: boolean;
  /** a box the person typed into that no adapter recognises, offered for review (this tab's, else the last) */
  offer: BoxOffer | null;
  /** "Review this box" did not reach the box (it is gone) */
  offerFailed: boolean;
}

export const initialPanelState: PanelState = {
  loaded: false,
  tabId: null,
  tabNetwork: null,
  draft: null,
  rules: null,
  focusedCheck: null,
  insertFailure: null,
  dismissFailed: null,
  goalFailed: false,
  offer: null,
  offerFailed: false,
};

export const usePanelStore = create<PanelState>()(() => ({ ...initialPanelState }));

/** Show a (possibly different) draft; UI state that belonged to another draft goes. */
export function showDraft(draft: StoredDraft | null): void {
  usePanelStore.setState((s) => {
    const same = s.draft && draft && s.draft.tabId === draft.tabId && s.draft.composerId === draft.composerId;
    return same ? { draft } : { draft, focusedCheck: null, insertFailure: null, dismissFailed: null, goalFailed: false };
  });
}

/** Show a (possibly different) offered box; a failure to adopt another box is no longer news. */
export function showOffer(offer: BoxOffer | null): void {
  usePanelStore.setState((s) => (s.offer?.boxId === offer?.boxId ? { offer } : { offer, offerFailed: false }));
}

export const focusCheck = (id: string | null) => usePanelStore.setState({ focusedCheck: id });
