/**
 * The background's answers to messages from the content scripts and our own pages: one handler per
 * message type. A payload comes over the wire as unknown, so each handler first reads its own (null:
 * not one to answer) and then answers with the payload's type; the compiler checks every message the
 * background takes has a handler and each reply its type. Runtime messages and requests over a page's
 * port (./page-ports.ts) are answered alike.
 */
import type { Browser } from 'wxt/browser';
import { isMessage } from '../messaging/client';
import type { BadgeState, MessageType, NudgeEvent, Payload, Reply } from '../messaging/protocol';
import type { NudgeLimits, Nudges } from '../habits/nudges';
import { loadNudges } from '../habits/store';
import type { Lang, NetworkId, Rules } from '../settings/schema';
import { logOnce } from '../log';
import { contentConfig } from './content-config';
import type { DraftService } from './drafts';
import type { createBoxOffers } from './context-menu';
import type { Answer } from './page-ports';
import { networkOfUrl, parseDraftUpdate } from './validate';

/** The messages the background answers; the others go to content scripts. */
export type ToBackground =
  | 'draft:update'
  | 'content:config'
  | 'habit:count'
  | 'draft:gone'
  | 'box:offer'
  | 'box:gone'
  | 'panel:open'
  | 'draft:dismiss'
  | 'draft:goal';

/** Who sent a message, as far as the background can tell. */
export interface From {
  /** the sender's tab (a content script's, or one of our pages opened as a tab) */
  tabId: number | undefined;
  frameId: number;
  url: string | undefined;
  /** our own pages (side panel, options), also when opened as a tab; a content script's URL is the site's */
  extensionPage: boolean;
}

export interface Handler<T extends MessageType> {
  /** The payload as this message needs it, or null when it does not have that shape. */
  read(payload: unknown, from: From): Payload<T> | null;
  /** The reply, or undefined when this sender is not one to answer. */
  answer(payload: Payload<T>, from: From): Promise<Reply<T>> | undefined;
}

export type Handlers = { [T in ToBackground]: Handler<T> };

export interface HandlerDeps {
  rules(): Promise<Rules>;
  locale: Lang;
  service: Pick<DraftService, 'update' | 'gone' | 'dismiss' | 'chooseGoal'>;
  offers: Pick<ReturnType<typeof createBoxOffers>, 'offer' | 'withdraw'>;
  /** Counts a share or a post's outcome; the nudges' back-off follows `limits` (the rules'). */
  recordHabit(network: NetworkId, kind: NudgeEvent, limits: NudgeLimits): Promise<void>;
  /** The nudges' back-off as counted (storage.local by default). */
  nudges?: () => Promise<Nudges>;
  /** Opens the side panel on the tab; called at once, as the click's user gesture carries only this far. */
  openPanel(tabId: number): void;
  /** Whether a side panel is open: a draft's answer says so, and its content script then sends every key. */
  panelOpen(): boolean;
  /** Tells a composer's badge its new state (a check dismissed or a goal chosen in the panel). */
  tellBadge(tabId: number, composerId: string, state: BadgeState): void;
}

/** One field of a payload that came over the wire (undefined when the payload is not an object). */
const field = (payload: unknown, name: string): unknown =>
  typeof payload === 'object' && payload !== null ? Reflect.get(payload, name) : undefined;

/** A payload this message ignores: anything is taken, as before (the sender's URL and tab say what is asked). */
const noPayload = (): Record<string, never> => ({});

function readBoxId(payload: unknown): { boxId: string } | null {
  const boxId = field(payload, 'boxId');
  return typeof boxId === 'string' ? { boxId } : null;
}

/** The host of a content script's page (its URL was checked to be a network's by the handler). */
const hostOf = (url: string) => new URL(url).host;

export function backgroundHandlers(deps: HandlerDeps): Handlers {
  const { service, offers } = deps;
  return {
    'draft:update': {
      read: (payload, from) => parseDraftUpdate(payload, from.url),
      answer: (update, { tabId, url, extensionPage }) => {
        if (tabId === undefined || extensionPage || !url) return undefined;
        return service.update(tabId, hostOf(url), update).then((state) => (state && deps.panelOpen() ? { ...state, panel: true } : state));
      },
    },
    'content:config': {
      read: (_payload, from) => {
        const network = networkOfUrl(from.url);
        return network ? { network } : null;
      },
      // The network is the sender's page's, never the one it names.
      answer: ({ network }, { tabId }) =>
        tabId === undefined
          ? undefined
          : Promise.all([deps.rules(), (deps.nudges ?? loadNudges)()]).then(([rules, nudges]) =>
              contentConfig(rules, network, deps.locale, nudges[network]),
            ),
    },
    'habit:count': {
      read: (payload, from) => {
        const network = networkOfUrl(from.url);
        const kind = field(payload, 'kind');
        return network && (kind === 'plain' || kind === 'comment' || kind === 'ready' || kind === 'unready') ? { network, kind } : null;
      },
      answer: ({ network, kind }, { tabId }) =>
        tabId === undefined
          ? undefined
          : deps
              .rules()
              .then((rules) => deps.recordHabit(network, kind, rules.nudges))
              .then(() => null),
    },
    'draft:gone': {
      read: (payload) => {
        const composerId = field(payload, 'composerId');
        return typeof composerId === 'string' ? { composerId } : null;
      },
      answer: ({ composerId }, { tabId }) => (tabId === undefined ? undefined : service.gone(tabId, composerId).then(() => null)),
    },
    'box:offer': {
      read: readBoxId,
      answer: ({ boxId }, { tabId, frameId, url, extensionPage }) => {
        const network = networkOfUrl(url);
        if (tabId === undefined || extensionPage || !network || !url) return undefined;
        return offers.offer(tabId, frameId, network, hostOf(url), boxId).catch(answerNull('box:offer'));
      },
    },
    'box:gone': {
      read: readBoxId,
      answer: ({ boxId }, { tabId, url, extensionPage }) => {
        if (tabId === undefined || extensionPage || !networkOfUrl(url)) return undefined;
        return offers.withdraw(tabId, boxId).catch(answerNull('box:gone'));
      },
    },
    'panel:open': {
      read: noPayload,
      answer: (_, { tabId }) => {
        if (tabId === undefined) return undefined;
        // Nothing may be awaited before open(): the click's user gesture carries only this far.
        deps.openPanel(tabId);
        return Promise.resolve(null);
      },
    },
    'draft:dismiss': {
      read: (payload) => {
        const [tabId, composerId, checkId] = ['tabId', 'composerId', 'checkId'].map((name) => field(payload, name));
        if (typeof tabId !== 'number' || typeof composerId !== 'string' || typeof checkId !== 'string') return null;
        return { tabId, composerId, checkId, dismissed: field(payload, 'dismissed') === true };
      },
      answer: ({ tabId, composerId, checkId, dismissed }, { extensionPage }) => {
        if (!extensionPage) return undefined;
        return service.dismiss(tabId, composerId, checkId, dismissed).then((done) => {
          if (done) deps.tellBadge(tabId, done.composerId, done.state);
          return null;
        });
      },
    },
    'draft:goal': {
      read: (payload) => {
        const [tabId, composerId, goal] = ['tabId', 'composerId', 'goal'].map((name) => field(payload, name));
        if (typeof tabId !== 'number' || typeof composerId !== 'string') return null;
        // A goal id is a slug of the rules (at most 40 characters); anything else is not one.
        if (goal !== null && (typeof goal !== 'string' || goal.length > 40)) return null;
        return { tabId, composerId, goal };
      },
      answer: ({ tabId, composerId, goal }, { extensionPage }) => {
        if (!extensionPage) return undefined;
        return service.chooseGoal(tabId, composerId, goal).then((done) => {
          if (done) deps.tellBadge(tabId, done.composerId, done.state);
          return null;
        });
      },
    },
  };
}

/** An offer that could not be stored or withdrawn is logged; the content script is answered all the same. */
const answerNull = (where: string) => (error: unknown) => {
  logOnce(where, error);
  return null;
};

function fromOf(sender: Browser.runtime.MessageSender, ownOrigin: string): From {
  return {
    tabId: sender.tab?.id,
    frameId: sender.frameId ?? 0,
    url: sender.url,
    extensionPage: sender.url?.startsWith(ownOrigin) === true,
  };
}

const handles = (handlers: Handlers, type: string): type is ToBackground => Object.prototype.hasOwnProperty.call(handlers, type);

/**
 * Runs one handler. What it throws or rejects with is logged once (per message type and error) and goes
 * back to the sender as the failed reply, as a thrown error in a listener would.
 */
function dispatch<T extends ToBackground>(handlers: Handlers, type: T, payload: unknown, from: From): Promise<Reply<T>> | undefined {
  const handler: Handler<T> = handlers[type];
  const failed = (error: unknown): never => {
    logOnce(type, error);
    throw error;
  };
  try {
    const read = handler.read(payload, from);
    return read === null ? undefined : handler.answer(read, from)?.catch(failed);
  } catch (error) {
    return Promise.reject(error).catch(failed);
  }
}

/**
 * The listener for runtime messages and a page port's requests: only this extension's own content
 * scripts and pages are answered (`ownId`; `ownOrigin`, the extension's base URL, tells its pages apart).
 */
export function createAnswer(handlers: Handlers, ownId: string, ownOrigin: string): Answer {
  return (message, sender) => {
    if (sender.id !== ownId || !isMessage(message) || !handles(handlers, message.type)) return undefined;
    return dispatch(handlers, message.type, message.payload, fromOf(sender, ownOrigin));
  };
}
