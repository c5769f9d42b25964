/**
 * LinkedIn (www.linkedin.com). Two DOMs coexist in 2025–2026: the classic Ember feed (BEM classes
 * `share-box-*`, `comments-*`, `artdeco-*`) and the React rewrite (hashed classes; `componentkey`,
 * `data-testid`, `role`, svg ids). Post composer: Quill in the share modal; comments: Quill (classic) or
 * Tiptap (2026). In 2026 some overlays render inside an open shadow root on `#interop-outlet`:
 * `closest()` and `querySelector()` stay inside that root, which holds the whole modal, so they work
 * unchanged. Labels, placeholders and button texts are localized and are not used to find composers;
 * only the 2026 repost menu, which has no other hook, is read by its words (MENU_TITLES).
 * Every selector here is on a saved real page (tests/sites/selectors/linkedin.ts counts them) or
 * named with the dated public fragment that shows it.
 */
import type { Composer, RepostMenu, SiteAdapter } from './types';
import { insertThrough, keptComposerOf, lastOutside, nearest, quoteByOpening, readBlocks } from './dom';
import { replyBeside } from './reply';
import { MATCHES } from '../networks/linkedin';

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
  // 2026 React feed: the Tiptap comment editor's wrapper, rendered under the post after its Comment
  // button is clicked. Seen live 2026-06-24..29 (linkedin-beacon's capture; real-pages composite
  // linkedin-2026-comment, on a feed saved 2026-04/05).
  TIPTAP_WRAPPER,
].join(', ');

const SHARE_MODAL = [
  '.share-box-v2__modal', // classic share modal in #artdeco-modal-outlet
  '[role="dialog"]', // the same modal in the 2026 shadow-root overlay, and any later rename of the class
].join(', ');

/** The share modal's Post button: disabled until Quill reports text. */
const SHARE_BUTTON = 'button.share-actions__primary-action';

const COMMENT_BUTTON = [
  // Classic: appears once there is text. On no saved page (none has text in a comment box); named by
  // joeygoesgrey/Linkedln-Automation-Framework · ui_selectors.py · 8d28e15a (2026-05-13) and
  // socinatoradmin/socinator · LinkedDominatorCore/LDUtility/LDClassesConstant.cs · fff71641 (2025-12).
  'button.comments-comment-box__submit-button',
  'button[type="submit"]', // a comment box's own submit
].join(', ');

/**
 * The Tiptap box's submit: a plain `<button>` (no class, no type=submit, no aria-label; its text
 * "Comment" is localized) beside the wrapper, in the wrapper's parent. The emoji and image buttons
 * there carry aria-labels. Only that parent is searched: one level up is the post, whose own
 * Comment button (the one that opened this box) has no aria-label either. Seen as for TIPTAP_WRAPPER.
 */
const TIPTAP_SUBMIT = 'button:not([aria-label])';

/** The outermost element of a comment box: its submit button sits beside the editor's wrapper. */
const commentBoxOf = (editor: HTMLElement) => editor.closest('.comments-comment-box') ?? editor.closest(COMMENT_BOX);

/**
 * The original post attached to the share modal by "Repost with your thoughts". No saved page has that
 * modal open, but LinkedIn's own stylesheet in the saved 2026 feed (the interop shadow root's styles;
 * sravanpusuluri02/portfolio · Feed _ LinkedIn.html · e96a21b7, 2026-05-07, our linkedin-2026-* pages)
 * styles a post shown in a composition (`update-components-mini-update-v2--composition`) and a post's
 * content inside the share box's preview (`share-creation-state__preview-container
 * .feed-shared-update-v2__content--simplification`, hiding its buttons). Styled, never seen as markup:
 * so the modal is also known by how it opened, right after a click on the recognised "with your
 * thoughts" item (ours through the prompt, or the person's own, prompt on or off).
 */
const RESHARE_PREVIEW = [
  '.update-components-mini-update-v2--composition',
  '.share-creation-state__preview-container .feed-shared-update-v2__content--simplification',
].join(', ');

/** "Repost with your thoughts" opens the share modal: known by its attached post, or by how it opened. */
const withThoughts = quoteByOpening();

function kindOf(editor: HTMLElement): Composer['kind'] | null {
  if (editor.closest(COMMENT_BOX)) return 'comment';
  const modal = editor.closest(SHARE_MODAL);
  if (!modal) return null; // messaging, article editor, … : not a composer we review
  if (modal.querySelector(RESHARE_PREVIEW) || withThoughts.isQuote(editor)) return 'quote';
  return 'post';
}

/** Rendered: an open menu's items have a box; a closed dropdown's leftovers (display: none) do not. */
const shown = (el: Element) => el.getClientRects().length > 0;

/**
 * Classic (Ember) repost dropdown: `button.social-reshare-button` (an artdeco dropdown trigger, on the
 * saved 2022 feed) renders into its `.social-reshare-button__share-dropdown-content` two
 * `.artdeco-dropdown__item`s: "Repost with your thoughts" and "Repost", the latter (only) with the class
 * `social-reshare-button__sharing-as-is-dropdown-item`. Both hooks are language-independent, so the
 * menu is known in every UI language: the hooked item is the plain repost, the other one the quote.
 * Any other count of items (a menu we have not seen) is not recognised.
 * Sources: LinkedIn's own stylesheet in the saved 2026 feed (as for RESHARE_PREVIEW) styles all three
 * classes, so the dropdown still ships in 2026-04; joeygoesgrey/Linkedln-Automation-Framework ·
 * ui_selectors.py · 8d28e15a (2026-05-13) opens the dropdown content; socinatoradmin/socinator ·
 * LinkedDominatorCore/LDUtility/LDClassesConstant.cs · fff71641 (2025-12) names the plain item's classes
 * "artdeco-dropdown__item artdeco-dropdown__item--is-dropdown ember-view
 * social-reshare-button__sharing-as-is-dropdown-item". Compatibility with the Ember feed: may go once
 * LinkedIn serves it no more (its styles were still shipped 2026-04).
 */
const CLASSIC_MENU = '.social-reshare-button__share-dropdown-content';
const CLASSIC_ITEM = '.artdeco-dropdown__item';
const CLASSIC_PLAIN = '.social-reshare-button__sharing-as-is-dropdown-item';

function classicMenu(doc: Document): RepostMenu | null {
  for (const element of doc.querySelectorAll<HTMLElement>(CLASSIC_MENU)) {
    if (!shown(element)) continue;
    const items = [...element.querySelectorAll<HTMLElement>(CLASSIC_ITEM)];
    const plain = items.filter((item) => item.matches(CLASSIC_PLAIN));
    if (items.length !== 2 || plain.length !== 1) continue;
    const quote = items.find((item) => item !== plain[0])!;
    withThoughts.watch(quote);
    return { element, plain: plain[0]!, quote };
  }
  return null;
}

/**
 * The 2026 React feed's repost menu has no hook at all: its items are bare `<a tabindex="0">` (no href,
 * no role) in `[data-display-contents]` / `[role="listitem"]` wrappers, with no `[role="menu"]` around
 * them (bystritskiy/LinkedInActivityTracker · tests/selectors.test.ts · b2d76e2e, live 2026-07-03/04),
 * or `div[role="button"]` entries (ShredFred/linkedin-mcp-server · mivia_repost.py · 13fae7b6, measured
 * 2026-10-02). Their icons are not known from any source, so they are recognised by the first line of
 * their visible text (the title above a one-line description), in the UI languages below only: both
 * items, once each, in the same UI language, or no menu. The trigger (`aria-expanded`) is never an item.
 */
const REACT_ITEM = ':is(a[tabindex]:not([href]), [role="button"], button):not([aria-expanded])';

/** Item titles per UI language. Kept apart from the selectors: these are words, not hooks. */
const MENU_TITLES: readonly { lang: string; plain: string; quote: string }[] = [
  // en: bystritskiy/LinkedInActivityTracker · tests/selectors.test.ts · b2d76e2e (2026-07-04), "mirrors
  // the live chain": "Repost" (+ "Instantly bring …'s post to others' feeds") and "Repost with your
  // thoughts" (+ "Create a new post with …'s post attached"); the same titles in the classic dropdown.
  { lang: 'en', plain: 'Repost', quote: 'Repost with your thoughts' },
  // de: ShredFred/linkedin-mcp-server · linkedin_mcp_server/linkedin/mivia_repost.py · 13fae7b6
  // ("Measured 2026-10-02: the entries ("Sofort teilen", "Mit Kommentar teilen")").
  { lang: 'de', plain: 'Sofort teilen', quote: 'Mit Kommentar teilen' },
  // sv: LinkedIn's own sv_SE strings (i18nLocale sv_SE) in Bremmster/JinLIA100p · LinkedIn_files/
  // c0yc6f7mx5d7435fhq4o92wqp.js · 8d4365f9 (saved 2023-11-29), module repost-dropdown-options: "Lägg upp
  // igen" (+ "Lägg upp …s inlägg direkt i andras nyhetsflöden") and "Repost with your thoughts", left
  // untranslated (+ "Skapa ett nytt inlägg med …s inlägg bifogat"). That module's en strings are the
  // 2026 menu's titles and descriptions above (sravanpusuluri02/portfolio · Feed _ LinkedIn_files/
  // cuktlbximxfmvwa3wmv8crtsc · e96a21b7, feed of 2026-04). Not yet seen on a 2026 Swedish menu: if
  // LinkedIn has reworded it since, as it did in German, that menu gets no prompt.
  { lang: 'sv', plain: 'Lägg upp igen', quote: 'Repost with your thoughts' },
];

/** The first line of text an element shows (its title), whitespace collapsed; svg text is not shown. */
function titleOf(el: Element): string {
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.nodeValue ?? '').replace(/\s+/g, ' ').trim();
    if (text && !node.parentElement?.closest('svg')) return text;
  }
  return '';
}

/** The nearest element holding both, climbed past wrappers without a box of their own (display: contents). */
function commonBox(a: Element, b: Element): HTMLElement | null {
  let el: Element | null = a;
  while (el && !el.contains(b)) el = el.parentElement;
  while (el && !shown(el)) el = el.parentElement;
  return el instanceof HTMLElement ? el : null;
}

/** Every title of the table: most buttons of a feed have none of them and are dropped at once. */
const KNOWN_TITLES = new Set(MENU_TITLES.flatMap((row) => [row.plain, row.quote]));

function reactMenu(doc: Document): RepostMenu | null {
  const titled = [...doc.querySelectorAll<HTMLElement>(REACT_ITEM)]
    .map((el) => ({ el, title: titleOf(el) }))
    .filter(({ el, title }) => KNOWN_TITLES.has(title) && shown(el));
  if (titled.length < 2) return null;
  // The innermost item only: a role="button" wrapping a button is one item, not two.
  const leaves = titled.filter(({ el }) => !titled.some((other) => other.el !== el && el.contains(other.el)));
  for (const row of MENU_TITLES) {
    const plain = leaves.filter(({ title }) => title === row.plain);
    const quote = leaves.filter(({ title }) => title === row.quote);
    if (plain.length !== 1 || quote.length !== 1) continue;
    const element = commonBox(plain[0]!.el, quote[0]!.el);
    if (!element) continue;
    withThoughts.watch(quote[0]!.el);
    return { element, plain: plain[0]!.el, quote: quote[0]!.el };
  }
  return null;
}

const REPOST_TRIGGER = [
  'button.social-reshare-button', // classic: artdeco dropdown trigger (saved 2022 feed)
  // 2026 React feed: the action bar's button with the repost icon (svg id "repost-small" and
  // aria-expanded on the saved 2026-04 feed). Only the one that opens a menu (aria-expanded): an item
  // of that menu with the same icon is not the trigger.
  'button[aria-expanded]:has(svg[id^="repost"])',
].join(', ');

/**
 * A post's own Comment button, in the action bar beside its repost button: it opens (or focuses) the
 * post's comment box. Classic: `button.social-actions-button.comment-button`, one per post on the saved
 * 2022-05 feed (linkedin-feed-2022-05). 2026 React feed: the `<button>` holding the svg `comment-small`,
 * one per post on the saved 2026-04 feed (linkedin-2026-*); the live capture of 2026-06 (linkedin-beacon,
 * see real-pages SOURCES.md) renders the Tiptap comment box under the post after that button.
 */
const COMMENT_ACTION = ['button.comment-button', 'button:has(svg[id="comment-small"])'].join(', ');

export const linkedin: SiteAdapter = {
  network: 'linkedin',
  matches: MATCHES, // lib/networks/linkedin.ts
  editorSelector: EDITOR,
  // 2026: overlays (likely the composer) render in an open shadow root on the interop outlet.
  shadowHosts: ':is(#interop-outlet, [data-testid="interop-shadowdom"])',
  // The classic share modal is rendered into this outlet (the 2026 one into the shadow root above).
  composerRoots: '#artdeco-modal-outlet',

  // Kept per editor: a comment box is one by its ancestors; in the share modal, decided again when an attached post comes or goes.
  composerOf: keptComposerOf(EDITOR, kindOf, {
    scope: (editor) => (editor.closest(COMMENT_BOX) ? null : editor.closest(SHARE_MODAL)),
    decisive: RESHARE_PREVIEW,
  }),

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

  repost: {
    trigger: REPOST_TRIGGER,
    menu: (doc) => classicMenu(doc) ?? reactMenu(doc),
    reply: (trigger) => replyBeside(trigger, REPOST_TRIGGER, COMMENT_ACTION),
  },
};
