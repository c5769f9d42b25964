/**
 * X (x.com, twitter.com). The editor is Draft.js (still in 2026): the element with
 * `data-testid="tweetTextarea_N"` is the contenteditable itself. One modal in `#layers`
 * serves new posts, replies and quotes; the home timeline and status pages have inline boxes.
 * Every `aria-label`, placeholder and button text is localized: none is used here.
 */
import type { Composer, SiteAdapter } from './types';
import { insertThrough, keptComposerOf, menuBySelectors, nearest, precedes, readBlocks } from './dom';
import { replyBeside } from './reply';
import { MATCHES } from '../networks/x';

/**
 * Draft.js editors: `tweetTextarea_0`, and `_1`, `_2`… for the further posts of a thread. The prefix
 * also matches the wrapper `tweetTextarea_0RichTextInputContainer`, which is not contenteditable.
 * DMs use `dmComposerTextInput` and stay out. (The narrow layout's plain <textarea> is not supported.)
 */
const EDITOR = ['[data-testid^="tweetTextarea_"][contenteditable="true"]'].join(', ');

/**
 * The compose modal (`/compose/post`, portalled into #layers); the nearest `role="dialog"` counts. No saved
 * page has one open: Twitter-UI-Customizer replacePostWithTweet.ts @49ed0d18 (2025-11-10) finds the compose
 * dialog's Post button as `[role="dialog"] [data-testid="tweetButton"]` and a reply by the post shown in it,
 * `[role="dialog"] [data-testid="tweet"]`; control-panel-for-twitter script.js @0962235a (2026-08-17)
 * handles the compose modal as the #layers popup open at /compose/post. (TUIC also knows a dialog-less variant after
 * `[data-testid="twc-cc-mask"]`, since 2023-08-30; not supported here.)
 */
const MODAL = '[role="dialog"]';

/** Inline boxes live in the primary column (home, status pages). */
const INLINE_SCOPE = ':is([data-testid="primaryColumn"], main, [role="main"])';

/**
 * Another post shown beside the editor. In the modal: above the editor it is the post replied to,
 * below it the quoted post's card, holding the author and text: X renders it in the composer's
 * `[data-testid="attachments"]`, without a link (DzikStar/X-SCRAPER, X's RichTextCompose bundle @fbe2e646,
 * 2025-06-25: `_renderQuoteTweet`, `withLink: !1`). No public fragment shows that card's own markup.
 * Inline: a post above the box is the status page's focal post.
 */
const OTHER_POST = [
  'article[data-testid="tweet"]', // a timeline/focal post, and the post replied to in the modal
  '[data-testid="tweetText"]', // the text of any rendered post, including the quoted card
  '[data-testid="User-Name"]', // the author line, which a post with only a photo or video has too
].join(', ');

/** A status page: `/<user>/status/<id>` (also `/i/status/<id>`), whose inline box replies to the focal post. */
const STATUS_PATH = /^\/[^/]+\/status\/\d+/;

/** The Post button: `tweetButton` in the modal, `tweetButtonInline` in inline boxes. Disabled until Draft has text. */
const POST_BUTTON = ':is([data-testid="tweetButton"], [data-testid="tweetButtonInline"])';

function kindOf(editor: HTMLElement): Composer['kind'] | null {
  const modal = editor.closest(MODAL);
  if (modal) {
    // Judged from the modal's first editor: in a thread, later editors come after the quoted card too.
    const first = modal.querySelector<HTMLElement>(EDITOR) ?? editor;
    const others = [...modal.querySelectorAll(OTHER_POST)].filter((el) => !el.contains(first));
    if (others.some((el) => precedes(el, first))) return 'reply';
    if (others.length) return 'quote';
    // The reply modal opened from a link (`/compose/post?in_reply_to=…`) before the post above it renders.
    return new URLSearchParams(location.search).has('in_reply_to') ? 'reply' : 'post';
  }
  const column = editor.closest(INLINE_SCOPE);
  if (!column) return null; // neither the modal nor a timeline box: not a composer we know
  // A post above the box: some post precedes it exactly when the column's first one does, so only the
  // first post is looked up (the search stops there, near the box), never the whole timeline of maybe
  // thousands. Decided when the box is found (and again on a new URL): see keptComposerOf.
  const first = column.querySelector('article[data-testid="tweet"]');
  return (first && precedes(first, editor)) || STATUS_PATH.test(location.pathname) ? 'reply' : 'post';
}

const REPOST_TRIGGER = '[data-testid="retweet"]';

/**
 * A post's reply button, in the action bar (`[role="group"]`) beside its repost button: opens the reply
 * modal with the post above the editor. Seen on all three saved home timelines (x-home-2021-09 as a
 * `div[role="button"]`, x-home-2024-12 and x-home-2025-02 as a `<button>`), one per post.
 */
const REPLY_BUTTON = '[data-testid="reply"]';

export const x: SiteAdapter = {
  network: 'x',
  matches: MATCHES, // lib/networks/x.ts
  editorSelector: EDITOR,

  // Kept per editor: in the modal, decided again when a post, a quoted card or another editor comes or goes there.
  composerOf: keptComposerOf(EDITOR, kindOf, { scope: (editor) => editor.closest(MODAL), decisive: `${OTHER_POST}, ${EDITOR}` }),

  readDraft: readBlocks,

  // Draft.js handles a pasted DataTransfer and keeps paragraphs; execCommand('insertText') is the
  // fallback where the paste arrives empty (Firefox's isolated world), and loses blank-line paragraphs.
  insertText: (editor, text, mode) => insertThrough(editor, text, mode, ['paste', 'execCommand'], readBlocks),

  // The toolbar with the button is a cousin of the editor, not an ancestor.
  postButton: (editor) => nearest(editor, POST_BUTTON, editor.closest(MODAL) ?? editor.closest(INLINE_SCOPE)),

  // After Draft's root wrapper, never inside it: Draft re-renders everything under DraftEditor-root.
  // Every modal (compose, reply, quote) is portalled into #layers.
  composerRoots: '#layers',

  badgeAnchor: (editor) => editor.closest<HTMLElement>('[data-testid$="RichTextInputContainer"]') ?? editor.parentElement ?? editor,

  repost: {
    // Exactly `retweet`: after a repost the same button becomes `unretweet` (undo), which we leave alone.
    trigger: REPOST_TRIGGER,
    // The menu X opens in #layers: `[role="menu"] [data-testid="Dropdown"]` holding Repost, then Quote as
    // its next sibling (control-panel-for-twitter script.js @0962235a, 2026-08-17; Twitter-UI-Customizer
    // tweetSettings/buttonHTML.tsx @49ed0d18, 2025-11-10). Any other menu is not ours to add to: X's
    // experiment sending the button straight to the quote composer (no menu), a menu without Repost
    // (`excludeRetweetAction`) or without Quote (`excludeRetweetWithCommentAction`), or a Quote item with
    // no link while a composer holds a draft (X asks "discard?" first) — X's own bundle, below.
    menu: (doc) =>
      menuBySelectors(
        doc,
        // Test id `retweetConfirm`: X's own web bundle (DzikStar/X-SCRAPER, shared/bundle/…/bund-b93f71f2.js
        // @fbe2e646, 2025-06-25) names retweet/retweetConfirm/unretweet/unretweetConfirm and no `repost*`
        // id; `[role="menuitem"][data-testid="retweetConfirm"]` in Twitter-UI-Customizer
        // replacePostWithTweet.ts @49ed0d18 (2025-11-10).
        '[role="menuitem"][data-testid="retweetConfirm"]',
        // Quote has no test id: it is the link item to the composer, `retweetWithCommentLink =
        // { pathname: "/compose/post", state: { quotedStatus } }` in the same bundle (2025-06-25); link items
        // render as `a[role="menuitem"]` (Twitter-UI-Customizer: `[role="menuitem"][href="/compose/tweet"]`,
        // `a[role="menuitem"][href$="/analytics"]`). `$=`: saved pages hold the href made absolute.
        // Compatibility: `/compose/tweet` until X moved to /compose/post (control-panel-for-twitter 3ccd191,
        // 2024-02-28); it may go after 2027-06-30.
        'a[role="menuitem"]:is([href$="/compose/post"], [href$="/compose/tweet"])',
      ),
    reply: (trigger) => replyBeside(trigger, REPOST_TRIGGER, REPLY_BUTTON),
  },
};
