/** facebook adapter selectors on the real pages: see ./table.ts. */
import type { SelectorTable } from './table';

/** The share bot that quotes Facebook's share menu: Share button label, menu, items and their text. */
const BG_NEWS = 'pkirklewski/bgNews · src/bg_fb_share.py · 16e91afc (2026-02-07)';

export const facebook: SelectorTable = {
  pages: [
    'facebook-feed-2022-03-es',
    'facebook-feed-2022-04',
    'facebook-photo-2024-03-ar',
    'facebook-profile-2024-08-fr',
    'facebook-feed-2025-07',
    'facebook-photo-2022-01',
  ],
  counts: {
    '[data-lexical-editor="true"][contenteditable="true"]': [2, 2, 1, 1, 1, 0],
    '[id="focused-state-composer-submit"]': [0, 0, 1, 0, 0, 0],
    '[role="article"]': [4, 4, 3, 0, 2, 6],
    '[data-ad-rendering-role="story_message"]': [0, 0, 0, 0, 1, 0],
    '[data-ad-preview="message"]': [1, 1, 4, 0, 1, 0],
    '[role="menu"]': [0, 0, 0, 0, 0, 0],
    '[role="menuitem"]': [0, 0, 0, 0, 0, 0],
    '[role="button"]': [97, 143, 64, 201, 111, 165],
    '[role="dialog"]': [1, 1, 1, 0, 0, 2],
    '[role="button"]:has([data-ad-rendering-role="share_button"])': [0, 0, 0, 0, 1, 0],
    '[role="button"][aria-label="Send this to friends or post it on your Timeline."]': [0, 0, 0, 0, 0, 2],
    '[role="button"][aria-label="Send this to friends or post it on your profile."]': [0, 0, 0, 0, 1, 0],
    '[role="button"]:has([data-ad-rendering-role="comment_button"])': [0, 0, 0, 0, 1, 0],
  },
  fragments: {
    // The share menu opened by the post's Share button: `//div[@role='menu']//div[@role='button']` and
    // `//div[@role='menuitem']`, items "Share now (Public)" and "Share to Feed" (text only, see SHARE_ITEMS).
    '[role="menu"]': BG_NEWS,
    '[role="menuitem"]': BG_NEWS,
  },
};
