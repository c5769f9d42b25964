/**
 * LinkedIn (www.linkedin.com). Two DOMs coexist in 2025–2026: the classic Ember feed (BEM classes
 * `share-box-*`, `comments-*`, `artdeco-*`) and the React rewrite (few classes: `data-view-name`,
 * `role`, svg ids). Post composer: Quill in the share modal; comments: Quill (classic) or Tiptap (2026).
 * In 2026 some overlays render inside an open shadow root on `#interop-outlet`: `closest()` and
 * `querySelector()` stay inside that root, which holds the whole modal, so they work unchanged.
 * Every label, placeholder and button text is localized (e.g. Swedish): none is used here.
 */
import type { Composer, SiteAdapter } from './types';
import { insertThrough, lastOutside, menuBySelectors, nearest, readBlocks, composerFrom } from './dom';

const EDITOR = [
  // Quill: share modal and classic comment boxes. Quill's hidden `.ql-clipboard` is also
  // contenteditable but lacks `.ql-editor`, so it never matches.
  '.ql-editor[contenteditable="true"]',
  // Tiptap/ProseMirror: the 2026 React feed's comment box.
  '.ProseMirror[contenteditable="true"]',
].join(', ');

const TIPTAP_WRAPPER = '[data-testid="ui-core-tiptap-text-editor-wrapper"]';

const COMMENT_BOX = [
  '.comments-comment-box', // classic: wraps form.comments-comment-box__form
  '.comments-comment-texteditor', // classic: the editor's own wrapper inside the form
  '[data-view-name="comment-box"]', // 2026 React feed: Tiptap box, no form
  // 2026 React feed: the Tiptap comment editor's wrapper, rendered under the post after its Comment
  // button is clicked. Seen live 2026-06-24..29 (linkedin-beacon's capture; real-pages composite
  // linkedin-2026-comment, on a feed saved 2026-04/05).
  TIPTAP_WRAPPER,
].join(', ');

const SHARE_MODAL = [
  '.share-box-v2__modal', // classic share modal in #artdeco-modal-outlet
  '[role="dialog"]', // the same modal in the 2026 shadow-root overlay, and any later rename of the class
].join(', ');

/** The original post attached to the share modal by "Repost with your thoughts". */
const RESHARE_PREVIEW = [
  '.share-creation-state__reshare-preview', // fixture's hook for the attached post
  '.update-components-mini-update-v2', // classic: the mini update LinkedIn renders for a reshared post
  '.feed-shared-mini-update-v2', // the same before the update-components rename
].join(', ');

/** The share modal's Post button: disabled until Quill reports text. */
const SHARE_BUTTON = 'button.share-actions__primary-action';

const COMMENT_BUTTON = [
  'button.comments-comment-box__submit-button', // classic: appears once there is text
  'button[type="submit"]', // a comment box's own submit (the 2026 Tiptap box has no known class for it)
].join(', ');

/**
 * The Tiptap box's submit: a plain `<button>` (no class, no type=submit, no aria-label; its text
 * "Comment" is localized) beside the wrapper, in the wrapper's parent. The emoji and image buttons
 * there carry aria-labels. Only that parent is searched: one level up is the post, whose own
 * Comment button (the one that opened this box) has no aria-label either. Seen as for TIPTAP_WRAPPER.
 */
const TIPTAP_SUBMIT = 'button:not([aria-label])';

/** The outermost element of a comment box: its submit button sits beside the editor's wrapper. */
const commentBoxOf = (editor: HTMLElement) =>
  editor.closest('.comments-comment-box, [data-view-name="comment-box"]') ?? editor.closest(COMMENT_BOX);

function kindOf(editor: HTMLElement): Composer['kind'] | null {
  if (editor.closest(COMMENT_BOX)) return 'comment';
  const modal = editor.closest(SHARE_MODAL);
  if (!modal) return null; // messaging, article editor, … : not a composer we review
  return modal.querySelector(RESHARE_PREVIEW) ? 'quote' : 'post';
}

export const linkedin: SiteAdapter = {
  network: 'linkedin',
  matches: ['https://www.linkedin.com/*'],
  editorSelector: EDITOR,
  // 2026: overlays (likely the composer) render in an open shadow root on the interop outlet.
  shadowHosts: ':is(#interop-outlet, [data-testid="interop-shadowdom"])',
  // The classic share modal is rendered into this outlet (the 2026 one into the shadow root above).
  composerRoots: '#artdeco-modal-outlet',

  composerOf: (editor) => composerFrom(editor, EDITOR, kindOf),

  readDraft: readBlocks,

  // Quill and Tiptap both pick up execCommand('insertText') (a trusted beforeinput/input pair)
  // and enable Post; LinkedIn's Trusted Types rule out any HTML insertion anyway.
  insertText: (editor, text, mode) => insertThrough(editor, text, mode, ['execCommand'], readBlocks),

  postButton(editor) {
    const tiptap = editor.closest(TIPTAP_WRAPPER);
    if (tiptap) return tiptap.parentElement ? lastOutside(tiptap.parentElement, TIPTAP_SUBMIT, tiptap) : null;
    const box = commentBoxOf(editor);
    if (box) return nearest(editor, COMMENT_BUTTON, box);
    const modal = editor.closest(SHARE_MODAL);
    return modal ? nearest(editor, SHARE_BUTTON, modal) : null;
  },

  // After Quill's container (beside `.ql-clipboard`), never inside the contenteditable.
  badgeAnchor: (editor) => editor.closest<HTMLElement>('.ql-container') ?? editor.parentElement ?? editor,

  // Classic feed only. The 2026 feed's repost button (`button:has(svg[id^="repost"])`) opens a
  // `[role="menu"]` whose two items are known only by their (localized) text: without a hook for
  // "Repost instantly" we leave that menu alone rather than guess which item to click.
  repost: {
    trigger: 'button.social-reshare-button', // artdeco dropdown trigger (svg data-test-icon="repost-medium")
    menu: (doc) =>
      menuBySelectors(
        doc,
        [
          '.social-reshare-button__sharing-as-is-dropdown-item', // "Repost"
          '.social-reshare-button__instant-repost', // the same item under the name our fixture page uses
        ].join(', '),
        '.social-reshare-button__sharebox-action', // "Repost with your thoughts": opens the share modal
      ),
  },
};
