/** facebook adapter selectors on the real pages: see ./table.ts. */
import type { SelectorTable } from './table';

export const facebook: SelectorTable = {
  pages: ['facebook-feed-2022-03-es', 'facebook-feed-2022-04', 'facebook-photo-2024-03-ar', 'facebook-profile-2024-08-fr', 'facebook-feed-2025-07', 'facebook-photo-2022-01'],
  counts: {
    '[data-lexical-editor="true"][contenteditable="true"]': [2, 2, 1, 1, 1, 0],
    '[id="focused-state-composer-submit"]': [0, 0, 1, 0, 0, 0],
    '[role="article"]': [4, 4, 3, 0, 2, 6],
    '[data-ad-rendering-role="story_message"]': [0, 0, 0, 0, 1, 0],
    '[data-ad-preview="message"]': [1, 1, 4, 0, 1, 0],
    '.shared-attachment': [0, 0, 0, 0, 0, 0],
    '[role="dialog"]': [1, 1, 1, 0, 0, 2],
    '[role="button"]': [97, 143, 64, 201, 111, 165],
    '[role="button"]:has([data-ad-rendering-role="share_button"])': [0, 0, 0, 0, 1, 0],
    '[role="button"][data-ad-rendering-role="share_button"]': [0, 0, 0, 0, 0, 0],
    '.fb-share': [0, 0, 0, 0, 0, 0],
    '.fb-share-now': [0, 0, 0, 0, 0, 0],
    '.fb-share-feed': [0, 0, 0, 0, 0, 0],
  },
  fragments: {
    '.shared-attachment': '',
    '[role="button"][data-ad-rendering-role="share_button"]': '',
    '.fb-share': '',
    '.fb-share-now': '',
    '.fb-share-feed': '',
  },
};
