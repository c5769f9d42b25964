/**
 * A text box offered for review: the person typed into a multi-line box on a supported site that no
 * adapter recognises (the site changed its markup, or a box we never knew). One per tab, in
 * `storage.session` beside the drafts; the background writes it, the side panel follows it and offers
 * "Review this box". It names the box only by an id its content script gave it: no text, no selector.
 */
import { storage } from 'wxt/utils/storage';
import type { NetworkId } from '../settings/schema';

export interface BoxOffer {
  tabId: number;
  /** the frame whose content script knows the box */
  frameId: number;
  /** the content script's id for the box (it holds the element, weakly) */
  boxId: string;
  network: NetworkId;
  host: string;
  /** epoch ms of the first typing noticed */
  at: number;
}

export const offerKey = (tabId: number) => `session:offer:${tabId}` as const;

export function offerItem(tabId: number) {
  return storage.defineItem<BoxOffer | null>(offerKey(tabId), { fallback: null });
}

/** The tab offered last: what a panel with no site tab of its own (opened as a page) follows. */
export const lastOfferTab = storage.defineItem<number | null>('session:lastOfferTab', { fallback: null });
