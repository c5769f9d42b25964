/**
 * Facebook (www.facebook.com, web.facebook.com). Every editor is Lexical. Class names are
 * obfuscated per deploy and every label is localized, so kinds come from structure: the
 * "Create post" dialog, the share-to-feed dialog with the shared post attached, and comment
 * forms under a post. Lowest confidence of the three sites: the share menu has no known
 * language-independent hook for its items (see `repost`).
 */
import type { Composer, SiteAdapter } from './types';
import { insertThrough, lastOutside, menuBySelectors, nearest, precedes, readBlocks, composerFrom } from './dom';

const EDITOR = '[data-lexical-editor="true"][contenteditable="true"]';

/** The comment composer's send button container (present while the box is focused); its child is the button. */
const COMMENT_SUBMIT = '[id="focused-state-composer-submit"]';

/** A post shown beside the editor: above it, the post being commented on; below it, the post being shared. */
const OTHER_POST = [
  '[role="article"]', // a feed post (in 2025 feeds it may no longer wrap the post's text)
  '[data-ad-rendering-role="story_message"]', // a post's text, 2024+ feed
  '[data-ad-preview="message"]', // a post's text, older comet feed
  '.shared-attachment', // the attachment our fixture pages draw in the share-to-feed composer
].join(', ');

function kindOf(editor: HTMLElement): Composer['kind'] | null {
  const form = editor.closest('form');
  if (form?.querySelector(COMMENT_SUBMIT)) return 'comment';
  if (editor.closest('[role="article"]')) return 'comment';
  const dialog = editor.closest('[role="dialog"]');
  if (dialog) {
    // A non-modal dialog without a form is a chat tab, whatever it shows (a shared post too): not ours.
    if (!form && dialog.getAttribute('aria-modal') !== 'true') return null;
    const others = [...dialog.querySelectorAll(OTHER_POST)].filter((el) => !el.contains(editor));
    if (others.some((el) => precedes(el, editor))) return 'comment'; // a post opened in a dialog, box below it
    if (others.length) return 'quote'; // "Share to Feed": the shared post is attached below the box
    return 'post'; // "Create post"
  }
  // A comment form under a post whose article element does not wrap it (2025 feed).
  return form ? 'comment' : null;
}

export const facebook: SiteAdapter = {
  network: 'facebook',
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*'],
  editorSelector: EDITOR,

  composerOf: (editor) => composerFrom(editor, EDITOR, kindOf),

  readDraft: readBlocks,

  // Lexical handles a pasted DataTransfer (keeping paragraphs) and execCommand('insertText').
  insertText: (editor, text, mode) => insertThrough(editor, text, mode, ['paste', 'execCommand'], readBlocks),

  postButton(editor) {
    // Only within the comment's own form: elsewhere on the page it is another comment box's button.
    const form = editor.closest('form');
    const submit = form && nearest(editor, COMMENT_SUBMIT, form);
    if (submit) return submit.querySelector<HTMLElement>('[role="button"]') ?? submit;
    const dialog = editor.closest('[role="dialog"]');
    if (!dialog) return null; // comments without a send button are submitted with Enter
    // The Post button (a div with a localized label) is the dialog's last button, below
    // "Add to your post"; on Pages the last one is "Next", the step before Post.
    return lastOutside(form ?? dialog, '[role="button"]', editor);
  },

  // Right after Lexical's root: Lexical manages only the root's children, never its siblings.
  badgeAnchor: (editor) => editor,

  repost: {
    trigger: [
      '[role="button"]:has([data-ad-rendering-role="share_button"])', // 2024+ feed: the marker sits inside the button
      '[role="button"][data-ad-rendering-role="share_button"]', // … or on it
      '.fb-share', // our fixture pages' share button
    ].join(', '),
    // "Share now" and "Share to Feed" are known only by their localized text: these are our fixture
    // pages' hooks, so on the live site the prompt finds no item and the site goes on untouched.
    menu: (doc) => menuBySelectors(doc, '.fb-share-now', '.fb-share-feed'),
  },
};
