/**
 * The live channel from the background to open side panels. The background stores a tab's reviewed
 * draft in storage.session at most a few times a second while the person types (see
 * lib/background/drafts.ts); each review also goes at once to every panel connected here, so the
 * panel follows the keys within its 100 ms while storage stays the truth after a worker restart.
 */
import type { StoredDraft } from '../drafts/state';

export const PANEL_PORT = 'postcheck:panel';

/** A tab's latest draft and review (null: its draft went). */
export interface PanelPush {
  tabId: number;
  draft: StoredDraft | null;
}

export const isPanelPush = (v: unknown): v is PanelPush =>
  typeof v === 'object' && v !== null && typeof (v as PanelPush).tabId === 'number' && 'draft' in v;
