/** The panel's commands: they go out as messages; the result comes back through storage. */
import { sendToBackground, sendToTab } from '../../lib/messaging/client';
import { applyFix } from '../../lib/review/fixes';
import type { Fix } from '../../lib/review/fixes';
import { isFailed } from '../../lib/drafts/state';
import { recordDismissed } from '../../lib/habits/store';
import { usePanelStore } from './store';

/** Dismiss or restore a check for the shown draft; the background re-reviews and writes the draft. */
export async function setDismissed(checkId: string, dismissed: boolean): Promise<void> {
  const { draft } = usePanelStore.getState();
  if (!draft || isFailed(draft)) return;
  try {
    await sendToBackground('draft:dismiss', { tabId: draft.tabId, composerId: draft.composerId, checkId, dismissed });
    usePanelStore.setState({ dismissFailed: null });
    // Counted per network (never the text): a check dismissed often is offered to be eased (./DismissOffer.tsx).
    if (dismissed) await recordDismissed(draft.network, checkId).catch(() => undefined);
  } catch {
    usePanelStore.setState({ dismissFailed: checkId });
  }
}

/**
 * Choose the goal the shown draft serves (null: none). The background keeps it with the draft for the
 * session, reviews the draft again with it and writes it; the panel follows through storage.
 */
export async function chooseGoal(goal: string | null): Promise<void> {
  const { draft } = usePanelStore.getState();
  if (!draft || isFailed(draft)) return;
  try {
    await sendToBackground('draft:goal', { tabId: draft.tabId, composerId: draft.composerId, goal });
    usePanelStore.setState({ goalFailed: false });
  } catch {
    usePanelStore.setState({ goalFailed: true });
  }
}

/**
 * Put a fix into the composer through the content script. If the composer did not take it
 * (the tab went away, the site's editor refused), keep the changed text for copying by hand.
 */
export async function insertFix(fix: Fix): Promise<boolean> {
  const { draft } = usePanelStore.getState();
  if (!draft || isFailed(draft)) return false;
  let ok = false;
  try {
    const reply = await sendToTab(draft.tabId, 'composer:insert', { composerId: draft.composerId, text: fix.text, mode: fix.mode });
    ok = reply?.ok === true;
  } catch {
    ok = false;
  }
  usePanelStore.setState({
    insertFailure: ok ? null : { fixId: fix.id, checkId: fix.checkId, baseText: draft.text, text: applyFix(draft.text, fix) },
  });
  return ok;
}

export const clearInsertFailure = () => usePanelStore.setState({ insertFailure: null });

/**
 * "Review this box": the person chose the offered box. Its content script adopts it and withdraws the
 * offer; the draft's review then arrives through storage like any other. A box already gone says so.
 */
export async function adoptOfferedBox(): Promise<boolean> {
  const { offer } = usePanelStore.getState();
  if (!offer) return false;
  let ok = false;
  try {
    const reply = await sendToTab(offer.tabId, 'box:adopt', { boxId: offer.boxId }, offer.frameId);
    ok = reply?.ok === true;
  } catch {
    ok = false;
  }
  usePanelStore.setState({ offerFailed: !ok });
  return ok;
}
