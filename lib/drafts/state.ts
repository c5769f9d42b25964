/**
 * The live drafts, one per tab, in `storage.session`: in memory only, gone when the
 * browser closes, readable by extension pages and the background but not by content
 * scripts (the default access level). The background writes; the side panel watches.
 * What is stored is bounded (./bound.ts), and a review that could not be stored leaves a
 * small failure record in place of the old one, so nobody reads a stale verdict as current.
 */
import { storage } from 'wxt/utils/storage';
import type { DraftUpdate } from '../messaging/protocol';
import type { CheckResult, Review } from '../review/types';

/** A check as stored: its evidence capped, with a count of the places left out. */
export interface StoredCheck extends CheckResult {
  /** evidence ranges found but not stored (past the cap, or past the stored text) */
  evidenceMore?: number;
}

export interface StoredReview extends Review {
  checks: StoredCheck[];
}

export interface TabDraft extends DraftUpdate {
  tabId: number;
  /** the page's host, for the panel's heading */
  host: string;
  review: StoredReview;
  /** check ids the person dismissed for this draft */
  dismissed: string[];
  /** the goal id the person chose for this draft in the panel (absent: none chosen) */
  goal?: string;
  /** epoch ms of the last edit */
  updatedAt: number;
  /** the whole draft's length when `text` holds only its start (longer than any network takes) */
  fullLength?: number;
}

/**
 * The latest draft of a tab could not be reviewed or its review not stored (storage.session full,
 * or anything else): no verdict, only what the panel needs to say so.
 */
export interface FailedDraft extends Omit<DraftUpdate, 'text'> {
  tabId: number;
  host: string;
  updatedAt: number;
  failed: true;
}

export type StoredDraft = TabDraft | FailedDraft;

export const isFailed = (draft: StoredDraft): draft is FailedDraft => 'failed' in draft && draft.failed === true;

export const draftKey = (tabId: number) => `session:draft:${tabId}` as const;

export function draftItem(tabId: number) {
  return storage.defineItem<StoredDraft | null>(draftKey(tabId), { fallback: null });
}

/** The tab whose draft changed last: what a panel with no tab of its own follows. */
export const lastDraftTab = storage.defineItem<number | null>('session:lastDraftTab', { fallback: null });
