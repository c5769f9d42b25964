/**
 * A page's drafts live as long as the page. Each page with a content script holds a port to the
 * background, named after a per-page id that prefixes its composers' ids; when the page goes
 * (reload, navigation, back/forward cache, closed tab) the browser disconnects the port and the
 * background drops that page's drafts. A message sent from `pagehide` cannot do this: Firefox cuts it
 * off as the page is torn down and logs "Promise rejected after context unloaded".
 *
 * The drafts themselves travel over the same port as requests with an id, answered by id: a reply
 * still on its way when the page goes settles a promise of the content script's own, not one Firefox
 * rejects (and logs) after the page's context is gone.
 */
const PREFIX = 'postcheck:page:';

/** A new page id: unique enough per browser session (time and randomness), short, no separator in it. */
export function newPageId(): string {
  return `p${Date.now().toString(36)}${Math.floor(Math.random() * 36 ** 6).toString(36)}`;
}

export const portName = (pageId: string) => `${PREFIX}${pageId}`;

/** The page id a port name carries, or null for another port. */
export function pageOfPort(name: string): string | null {
  const id = name.startsWith(PREFIX) ? name.slice(PREFIX.length) : '';
  return /^[a-z0-9]{1,32}$/.test(id) ? id : null;
}

/** A composer id on page `pageId`: the page id, a hyphen, a counter (also the ids of offered boxes). */
export const composerIdOn = (pageId: string, n: number) => `${pageId}-${n.toString(36)}`;

/** The shape the background accepts for a composer or box id from a content script. */
export const COMPOSER_ID = /^[\w:-]{1,80}$/;

/** Whether a composer id belongs to the page `pageId` (page ids hold no hyphen). */
export const onPage = (composerId: string, pageId: string) => composerId.startsWith(`${pageId}-`);

/**
 * A request over the page's port: `rpc` is the page's own sequence number. A post (`rpc` 0) has no
 * answer of its own: the background tells the page its answer for `key` only when it differs from the
 * last one it told (a draft's badge changes on few keys, and each message costs the page).
 */
export interface PortRequest {
  rpc: number;
  type: string;
  payload: unknown;
  /** a post's key (a composer id): answers are told per key */
  key?: string;
}
/** Its answer: the reply, or the error's message; for a post (`rpc` 0), with its key. */
export interface PortReply {
  rpc: number;
  key?: string;
  reply?: unknown;
  error?: string;
}

/** The `rpc` of a post. */
export const POST = 0;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
export const isPortRequest = (v: unknown): v is PortRequest => isObject(v) && typeof v.rpc === 'number' && typeof v.type === 'string';
export const isPortReply = (v: unknown): v is PortReply => isObject(v) && typeof v.rpc === 'number' && !('type' in v);
