/**
 * Facebook (www.facebook.com, web.facebook.com). Every editor is Lexical. Class names are
 * obfuscated per deploy and every label is localized, so kinds come from structure: the
 * "Create post" dialog, the share-to-feed composer, and comment forms under a post. Lowest
 * confidence of the three sites: the share menu's items have no language-independent hook, so
 * they are known by their visible text, in the UI languages a public source shows (`SHARE_ITEMS`).
 */
import type { Composer, RepostMenu, SiteAdapter } from './types';
import { insertThrough, keptComposerOf, lastOutside, nearest, precedes, quoteByOpening, readBlocks } from './dom';
import { replyBeside } from './reply';
import { MATCHES } from '../networks/facebook';

const EDITOR = '[data-lexical-editor="true"][contenteditable="true"]';

/** The comment composer's send button container (present while the box is focused); its child is the button. */
const COMMENT_SUBMIT = '[id="focused-state-composer-submit"]';

/** A post shown beside the editor: above it, the post being commented on; below it, the post being shared. */
const OTHER_POST = [
  '[role="article"]', // a feed post (in 2025 feeds it may no longer wrap the post's text)
  '[data-ad-rendering-role="story_message"]', // a post's text, 2024+ feed
  '[data-ad-preview="message"]', // a post's text, older comet feed
].join(', ');

/**
 * The visible text of the share menu's two items, per UI language (`<html lang>`, which Facebook sets:
 * "en", "fr", "ar" on the saved pages). "Share now (Public)" shares at once; "Share to Feed" opens a
 * composer with the post attached. The audience in brackets follows the person's default ("Public"…),
 * so the plain item is its stem, alone or followed by one bracketed word group.
 * Source of both English strings: pkirklewski/bgNews · src/bg_fb_share.py · 16e91afc (2026-02-07), whose
 * share bot clicks the Share button (aria-label "Send this to friends or post it on your profile."), then
 * `//span[text()='Share now (Public)']` (or `contains(text(), 'Share now')`) or `//span[text()='Share to Feed']`
 * in the menu, falling back to `//div[@role='menuitem'] | //div[@role='menu']//div[@role='button']`.
 * German and Swedish: no public source found shows these items' text (searched code, pages and issues,
 * 2026-12-03), so in those UIs, as in any other, there is no prompt and the menu is left alone.
 */
const SHARE_ITEMS: Readonly<Record<string, { plain: string; quote: string }>> = {
  en: { plain: 'Share now', quote: 'Share to Feed' },
};

/** The share menu and its items, as the source above queries them (no saved page has a menu open). */
const SHARE_MENU = '[role="menu"]';
const SHARE_ITEM = ['[role="menuitem"]', '[role="button"]'].join(', ');

const textOf = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

function isPlain(text: string, stem: string): boolean {
  if (text === stem) return true;
  return text.startsWith(`${stem} (`) && text.endsWith(')') && !text.slice(stem.length + 2, -1).includes('(');
}

/**
 * "Share to Feed" opens a composer whose attached post has no known hook (nothing public shows its
 * markup), so the quote composer is known by how it opened: right after a pick of the recognised
 * "Share to Feed" item (ours through the prompt, or the person's own).
 */
const shareToFeed = quoteByOpening();

function shareMenu(doc: Document): RepostMenu | null {
  const lang = (doc.documentElement.lang || '').toLowerCase().split('-')[0]!;
  const words = SHARE_ITEMS[lang];
  if (!words) return null; // a UI language without a sourced text: leave the menu alone
  const menus = [...doc.querySelectorAll<HTMLElement>(SHARE_MENU)].reverse(); // the newest first
  for (const element of menus) {
    let plain: HTMLElement | null = null;
    let quote: HTMLElement | null = null;
    for (const item of element.querySelectorAll<HTMLElement>(SHARE_ITEM)) {
      const text = textOf(item);
      if (!plain && isPlain(text, words.plain)) plain = item;
      else if (!quote && text === words.quote) quote = item;
    }
    if (plain && quote) {
      shareToFeed.watch(quote);
      return { element, plain, quote };
    }
  }
  return null;
}

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
    if (others.length) return 'quote'; // the shared post attached below the box, where it carries a post hook
    if (shareToFeed.isQuote(editor)) return 'quote'; // "Share to Feed" just opened it
    return 'post'; // "Create post"
  }
  // A comment form under a post whose article element does not wrap it (2025 feed).
  return form ? 'comment' : null;
}

const SHARE_TRIGGER = [
  // 2024+ feed: the marker sits inside the post's Share button (facebook-feed-2025-07).
  '[role="button"]:has([data-ad-rendering-role="share_button"])',
  // Older builds, English UI (the only one whose menu is recognised): the button's label, on
  // facebook-photo-2022-01 ("…Timeline.") and facebook-feed-2025-07 ("…profile.", also quoted by bgNews above).
  // "Timeline" is the 2022 wording (compatibility: may go after 2027-06-30 unless seen again).
  '[role="button"][aria-label="Send this to friends or post it on your Timeline."]',
  '[role="button"][aria-label="Send this to friends or post it on your profile."]',
].join(', ');

/**
 * A post's own Comment button, beside its Share button: the same kind of marker, seen on the saved
 * 2025-07 feed (facebook-feed-2025-07, `data-ad-rendering-role="comment_button"` inside the post's
 * `[role="button"]`). Older builds have only a localized label there: no reply is offered on them.
 */
const COMMENT_ACTION = '[role="button"]:has([data-ad-rendering-role="comment_button"])';

export const facebook: SiteAdapter = {
  network: 'facebook',
  matches: MATCHES, // lib/networks/facebook.ts
  editorSelector: EDITOR,

  // Kept per editor: outside a dialog the kind comes from the editor's ancestors alone; in one, decided
  // again when a post or a comment form's send button comes or goes there, or the dialog's modality changes.
  composerOf: keptComposerOf(EDITOR, kindOf, {
    scope: (editor) => editor.closest('[role="dialog"]'),
    decisive: `${OTHER_POST}, ${COMMENT_SUBMIT}`,
  }),

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
    trigger: SHARE_TRIGGER,
    menu: shareMenu,
    reply: (trigger) => replyBeside(trigger, SHARE_TRIGGER, COMMENT_ACTION),
  },
};
