/** linkedin adapter selectors on the real pages: see ./table.ts. */
import type { SelectorTable } from './table';

/** LinkedIn's own stylesheet in the interop shadow root of the saved 2026 feed (our linkedin-2026-* pages). */
const STYLESHEET_2026 =
  "sravanpusuluri02/portfolio · Feed _ LinkedIn.html · e96a21b7 (2026-05-07, feed of 2026-04): a rule of LinkedIn's own stylesheet (interop shadow root), no element on the page";

export const linkedin: SelectorTable = {
  pages: ['linkedin-feed-2022-05', 'linkedin-2026-sharebox', 'linkedin-2026-comment'],
  counts: {
    '.ql-editor[contenteditable="true"]': [1, 1, 0],
    '.ProseMirror[contenteditable="true"]': [0, 0, 1],
    '[data-testid="ui-core-tiptap-text-editor-wrapper"]': [0, 0, 1],
    '.comments-comment-box': [1, 0, 0],
    '.comments-comment-texteditor': [1, 0, 0],
    '.share-box-v2__modal': [0, 1, 0],
    '[role="dialog"]': [1, 5, 4],
    'button.share-actions__primary-action': [0, 1, 0],
    'button.comments-comment-box__submit-button': [0, 0, 0],
    'button[type="submit"]': [0, 1, 1],
    'button:not([aria-label])': [35, 64, 64],
    '.update-components-mini-update-v2--composition': [0, 0, 0],
    '.share-creation-state__preview-container .feed-shared-update-v2__content--simplification': [0, 0, 0],
    '.social-reshare-button__share-dropdown-content': [0, 0, 0],
    '.artdeco-dropdown__item': [0, 0, 0],
    '.social-reshare-button__sharing-as-is-dropdown-item': [0, 0, 0],
    ':is(a[tabindex]:not([href]), [role="button"], button):not([aria-expanded])': [69, 85, 84],
    ':is(#interop-outlet, [data-testid="interop-shadowdom"])': [0, 1, 1],
    '#artdeco-modal-outlet': [1, 1, 1],
    '.ql-container': [1, 1, 0],
    'button.social-reshare-button': [5, 0, 0],
    'button[aria-expanded]:has(svg[id^="repost"])': [0, 7, 7],
    'button.comment-button': [5, 0, 0],
    'button:has(svg[id="comment-small"])': [0, 8, 8],
  },
  fragments: {
    // Classic comment submit: shown only once the box has text (no saved page has a draft in it).
    'button.comments-comment-box__submit-button':
      'joeygoesgrey/Linkedln-Automation-Framework · ui_selectors.py · 8d28e15a (2026-05-13); socinatoradmin/socinator · LinkedDominatorCore/LDUtility/LDClassesConstant.cs · fff71641 (2025-12); styled by LinkedIn in the saved 2026-04 feed',
    // The attached post in the "Repost with your thoughts" share modal (never saved open).
    '.update-components-mini-update-v2--composition': STYLESHEET_2026,
    '.share-creation-state__preview-container .feed-shared-update-v2__content--simplification': STYLESHEET_2026,
    // The classic repost dropdown, filled only while open (saved pages have it closed or predate it).
    '.social-reshare-button__share-dropdown-content': `${STYLESHEET_2026}; joeygoesgrey/Linkedln-Automation-Framework · ui_selectors.py · 8d28e15a (2026-05-13)`,
    '.artdeco-dropdown__item': `${STYLESHEET_2026}; socinatoradmin/socinator · LinkedDominatorCore/LDUtility/LDClassesConstant.cs · fff71641 (2025-12)`,
    '.social-reshare-button__sharing-as-is-dropdown-item': `${STYLESHEET_2026}; socinatoradmin/socinator · LinkedDominatorCore/LDUtility/LDClassesConstant.cs · fff71641 (2025-12)`,
  },
};
