/**
 * The live drafts, one per tab, in `storage.session`: in memory only, gone when the
 * browser closes, readable by extension pages and the background but not by content
 * scripts (the default access level). The background writes; the side panel watches.
 */
import { storage } from 'wxt/utils/storage';
import type { DraftUpdate } from '../messaging/protocol';
import type { Review } from '../review/types';

export interface TabDraft extends DraftUpdate {
  tabId: number;
  /** the page's host, for the panel's heading */
  host: string;
  review: Review;
  /** check ids the person dismissed for this draft */
  dismissed: string[];
  /** epoch ms of the last edit */
  updatedAt: number;
}

export const draftKey = (tabId: number) => `session:draft:${tabId}` as const;

export function draftItem(tabId: number) {
  return storage.defineItem<TabDraft | null>(draftKey(tabId), { fallback: null });
}

/** The tab whose draft changed last: what a panel with no tab of its own follows. */
export const lastDraftTab = storage.defineItem<number | null>('session:lastDraftTab', { fallback: null });
