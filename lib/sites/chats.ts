/**
 * Direct messages on the three sites, for boxes no adapter recognises. An adapter knows its composers;
 * a chat box it also recognises (Facebook's Lexical chat tab) it excludes itself (`composerOf` → null).
 * But a box the adapters do not match at all (a redesign renamed the hooks, or a chat editor of its own
 * kind) is offered for review when the person types in it, and a direct message must never be offered
 * unasked: only the person's explicit "Review with Postcheck" on it may adopt one. These are the places
 * that are chats whatever their editor: language-independent hooks, and the messaging pages' paths.
 */
import type { NetworkId } from '../ids';

const CHAT_AREAS: Record<NetworkId, string> = {
  x: [
    '[data-testid="DMDrawer"]', // the DM drawer on every page (real page x-home-2024-12)
    '[data-testid="dmComposerTextInput"]', // the DM box itself (x.ts: "DMs use dmComposerTextInput")
  ].join(', '),
  linkedin: [
    '.msg-form', // the messaging form, in the overlay and on /messaging (real pages linkedin-2026-*, CSS)
    '.msg-overlay-conversation-bubble', // a conversation open in the overlay (linkedin-feed-2022-05)
    '#msg-overlay', // the overlay that holds them
  ].join(', '),
  facebook: [
    '[data-testid="mwchat-tab"]', // a Messenger chat tab (facebook-feed-2022-04)
    // Messenger's own box: its placeholder is "Aa" in every UI language, and it sits in no post, form or
    // dialog (facebook-feed-2025-07, a chat docked on the feed; its aria-label "Message" is localized).
    '[aria-placeholder="Aa"]',
    // A non-modal dialog holding no form is a chat tab (facebook.ts's rule; facebook-feed-2025-07).
    '[role="dialog"]:not([aria-modal="true"]):not(:has(form))',
  ].join(', '),
};

/** Pages that are all messaging: any box there is a direct message. */
const CHAT_PATHS: Record<NetworkId, RegExp> = {
  x: /^\/(?:messages|i\/chat)(?:\/|$)/,
  linkedin: /^\/messaging(?:\/|$)/,
  facebook: /^\/(?:messages|t)(?:\/|$)/,
};

/** Whether `box` (on a page at `path`) is a direct-message box of `network`. */
export function isChatBox(network: NetworkId, box: Element, path: string): boolean {
  return CHAT_PATHS[network].test(path) || box.closest(CHAT_AREAS[network]) !== null;
}
