/**
 * Every message between the content scripts, the background and the extension pages,
 * each paired with its payload and its reply. State that pages need (drafts, reviews, rules)
 * is read from storage and watched; messages are for commands and events only.
 */
import type { ComposerKind, Verdict } from '../review/types';
import type { NetworkId, RepostMode } from '../settings/schema';
import type { InsertMode } from '../sites/types';

/** What a content script knows about the draft in one composer. */
export interface DraftUpdate {
  /** stable for the life of the composer on the page */
  composerId: string;
  network: NetworkId;
  kind: ComposerKind;
  text: string;
}

/** The badge's share of the review: the verdict and how many points are open. */
export interface BadgeState {
  /**
   * The review's verdict, or 'error': this draft's review could not be made or stored (storage.session
   * full, say), so the badge claims no verdict rather than keep an older draft's.
   */
  verdict: Verdict | 'error';
  /** checks that warn or fail and are not dismissed */
  open: number;
  /** the ids of the checks that fail and are not dismissed, sorted: the post gate nudges once per set */
  failing?: string[];
  /** nothing written yet: the badge stays neutral rather than say "ready" */
  empty: boolean;
  /** the review stopped before every check had run (its time budget ran out): never "ready" */
  incomplete?: boolean;
}

/** The answer to a draft: its badge state, and whether a side panel is open (the content script then sends every key). */
export interface DraftAnswer extends BadgeState {
  /** a side panel is open and follows the drafts key by key (absent: none is) */
  panel?: true;
}

/** What a content script needs of the rules; it never parses the rules itself. */
export interface ContentConfig {
  /** the network is switched on in the rules */
  enabled: boolean;
  repostMode: RepostMode;
  /** the comment starter for a quote, in the UI language; "…" marks where the caret goes */
  starter: string;
  /** the reply starter for "Reply to say why you liked it", in the UI language; "…" as above */
  replyStarter: string;
  postGate: 'off' | 'nudge';
  /** the repost prompt is a quiet one-line hint until then (ms since the epoch; 0: the full prompt) */
  quietUntil?: number;
  /** the last posts on this network went out ready: the post gate rests (lib/habits/nudges.ts) */
  gateRests?: boolean;
}

export type HabitKind = 'plain' | 'comment';
/** A post went out with the verdict "ready", or not. */
export type PostOutcome = 'ready' | 'unready';
/** What the nudges' back-off counts: a share, or a post's outcome. */
export type NudgeEvent = HabitKind | PostOutcome;

export interface Protocol {
  /** content → background: the content script's share of the rules */
  'content:config': { payload: { network: NetworkId }; reply: ContentConfig };
  /** background → content: the rules changed; ask for `content:config` again */
  'config:changed': { payload: Record<string, never>; reply: null };
  /** content → background: a plain repost, a share with a comment, or a post ready or not happened (counted, never the text) */
  'habit:count': { payload: { network: NetworkId; kind: NudgeEvent }; reply: null };
  /** content → background: the draft changed; its answer is the badge state (null for a tab already closed), told over the page's port only when it changed (lib/content/port.ts) */
  'draft:update': { payload: DraftUpdate; reply: DraftAnswer | null };
  /** content → background: the composer went away (posted, closed, navigated) */
  'draft:gone': { payload: { composerId: string }; reply: null };
  /** content → background: the person asked for the side panel (badge click, shortcut) */
  'panel:open': { payload: Record<string, never>; reply: null };
  /** page (side panel) → background: dismiss or restore a check for this tab's draft */
  'draft:dismiss': { payload: { tabId: number; composerId: string; checkId: string; dismissed: boolean }; reply: null };
  /** page (side panel) → background: the goal (a goal id of the rules) the person chose for this tab's draft, or none */
  'draft:goal': { payload: { tabId: number; composerId: string; goal: string | null }; reply: null };
  /** page/background → content: put text into the composer through the site's editor */
  'composer:insert': { payload: { composerId: string; text: string; mode: InsertMode }; reply: { ok: boolean } };
  /** background → content: the badge state changed without an edit (rules changed, check dismissed) */
  'badge:set': { payload: { composerId: string; state: BadgeState }; reply: null };
  /**
   * background → content (the frame the person right-clicked in): "Review with Postcheck" was chosen
   * from the context menu; adopt the text box it was opened on. `targetElementId`: Firefox's handle for
   * that element (menus.getTargetElement); elsewhere the content script remembers the box itself.
   */
  'composer:adopt': { payload: { targetElementId?: number | undefined }; reply: { ok: boolean } };
  /** content → background: the person typed into a multi-line box no adapter recognises; offer it (toolbar, panel) */
  'box:offer': { payload: { boxId: string }; reply: null };
  /** content → background: that box went (removed, adopted, the page left): withdraw the offer */
  'box:gone': { payload: { boxId: string }; reply: null };
  /** page (side panel) → content: the person chose "Review this box" for the offered box */
  'box:adopt': { payload: { boxId: string }; reply: { ok: boolean } };
}

export type MessageType = keyof Protocol;
export type Payload<T extends MessageType> = Protocol[T]['payload'];
export type Reply<T extends MessageType> = Protocol[T]['reply'];

export interface Message<T extends MessageType = MessageType> {
  type: T;
  payload: Payload<T>;
}
