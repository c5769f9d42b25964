/**
 * One adapter per site behind one interface. Every selector and quirk of a site
 * lives in its adapter file (x.ts, linkedin.ts, facebook.ts) and nowhere else.
 * Adapters touch the DOM but never `browser.*`: the content runtime wires them.
 */
import type { ComposerKind, InsertMode, NetworkId } from '../ids';

export type { InsertMode };

export interface Composer {
  /** the contenteditable (or textarea) the person types into */
  editor: HTMLElement;
  kind: ComposerKind;
}

/** An opened repost/share menu, recognised for sure: where the prompt goes and the two items it may click. */
export interface RepostMenu {
  /** the menu (or dialog) element the prompt is placed beside */
  element: HTMLElement;
  /** the plain repost / "Share now" item */
  plain: HTMLElement;
  /** the quote / "with your thoughts" / "Share to Feed" item, which opens a composer with the post attached */
  quote: HTMLElement;
}

/** The site's repost/share control and its menu, for the share-with-comment prompt. */
export interface RepostControls {
  /** selector for the button that opens the site's repost/share menu (never the undo control) */
  trigger: string;
  /**
   * The menu the trigger opened, or null while there is none or it is not recognised for sure (an
   * unknown UI language, an item missing): then there is no prompt and the site's menu is untouched.
   * Items are found by a language-independent hook where the site has one, else by icon or by their
   * visible text in the languages Postcheck speaks.
   */
  menu(doc: Document): RepostMenu | null;
  /**
   * The site's own reply/comment button of the post this trigger belongs to, for "Reply to say why you
   * liked it"; null where it is not found for sure (then the prompt does not offer the reply). Absent on
   * a site whose reply hook is not known from real markup.
   */
  reply?(trigger: HTMLElement): HTMLElement | null;
}

export interface SiteAdapter {
  network: NetworkId;
  /** match patterns for the manifest's content_scripts */
  matches: string[];
  /** matches every editor of the site (any composer kind); used with `Element.matches` on focus and on added nodes */
  editorSelector: string;
  /** the composer an editor belongs to, with its kind; null if this element is not a composer we support */
  composerOf(editor: HTMLElement): Composer | null;
  /** shadow roots (open) the site renders composers into, to observe besides the document */
  shadowHosts?: string;
  /**
   * Containers the site opens composers in (modal and portal roots, quiet next to the timeline):
   * watched with a MutationObserver so a composer there is marked at once. Elsewhere the runtime's
   * stylesheet detects a new composer within a frame or two, at no cost per mutation.
   */
  composerRoots?: string;
  /** the draft as the person sees it: line breaks kept; mentions, hashtags and links as text; emoji images as their emoji */
  readDraft(editor: HTMLElement): string;
  /**
   * Put text into the editor through the editor framework's own input path
   * (paste / beforeinput / execCommand), then read back to verify. Resolves true if the text took.
   */
  insertText(editor: HTMLElement, text: string, mode: InsertMode): Promise<boolean>;
  /** the site's Post/Reply/Comment button for this editor, if it can be found */
  postButton(editor: HTMLElement): HTMLElement | null;
  /** where the badge goes: an element near the editor to insert the badge after (must not shift layout) */
  badgeAnchor(editor: HTMLElement): HTMLElement;
  repost?: RepostControls;
}
