/**
 * The content script's answers to the messages the background and the side panel send the page: one
 * handler per message type, as the background has its own (lib/background/messages.ts). A payload comes
 * over the wire as unknown, so each handler first reads its own (one of another shape gets no answer) and
 * then answers; the compiler checks every message here has a handler and each reply its type, with no casts.
 */
import { INSERT_MODES, isOneOf } from '../ids';
import type { BadgeState, DraftAnswer, Reply } from '../messaging/protocol';
import { isMessage } from '../messaging/client';
import { logOnce } from '../log';
import type { Adoption } from './adoption';
import type { Composers } from './composers';
import type { PageLife } from './page-life';

/** The messages a page's content script answers. */
export type ToContent = 'composer:insert' | 'composer:adopt' | 'box:adopt' | 'config:changed' | 'badge:set';

/** Each message's handler: it reads its payload (one of another shape gets no answer), then answers it, typed. */
export type PageHandlers = { [T in ToContent]: (payload: unknown) => Promise<Reply<T>> | undefined };

/** Fields of a payload that came over the wire (undefined where the payload is not an object). */
const fields = (payload: unknown, ...names: string[]): unknown[] =>
  names.map((name): unknown => (typeof payload === 'object' && payload !== null ? Reflect.get(payload, name) : undefined));

const VERDICTS = ['ready', 'consider', 'fix', 'error'] as const satisfies readonly BadgeState['verdict'][];

/** A badge state as the background tells it (null: it names no verdict). */
export function readBadgeState(value: unknown): BadgeState | null {
  const [verdict, open, empty, incomplete, failing] = fields(value, 'verdict', 'open', 'empty', 'incomplete', 'failing');
  if (!isOneOf(VERDICTS, verdict)) return null;
  const state: BadgeState = { verdict, open: Number(open) || 0, empty: empty === true, incomplete: incomplete === true };
  if (Array.isArray(failing) && failing.every((id) => typeof id === 'string')) state.failing = failing;
  return state;
}

/** A draft's answer as the background tells it over the page's port (null: none, or it names no verdict). */
export function readDraftAnswer(value: unknown): DraftAnswer | null {
  const state = readBadgeState(value);
  return state && fields(value, 'panel')[0] === true ? { ...state, panel: true } : state;
}

const ok = (done: boolean) => Promise.resolve({ ok: done });

export function pageHandlers(
  composers: Pick<Composers, 'byId' | 'insert'>,
  boxes: Pick<Adoption, 'adoptMenuTarget' | 'adoptOffered'>,
  life: Pick<PageLife, 'reload'>,
): PageHandlers {
  return {
    // The person's own action in the panel: the composer is theirs to have reviewed.
    'composer:insert': (payload) => {
      const [composerId, text, mode] = fields(payload, 'composerId', 'text', 'mode');
      if (typeof composerId !== 'string' || typeof text !== 'string' || !isOneOf(INSERT_MODES, mode)) return undefined;
      return composers.insert(composerId, text, mode).then(ok, (e: unknown) => {
        logOnce('insert', e);
        return { ok: false };
      });
    },
    // Firefox's handle for the element, where it has one; elsewhere the content script remembers the box.
    'composer:adopt': (payload) => {
      const [id] = fields(payload, 'targetElementId');
      return ok(boxes.adoptMenuTarget(typeof id === 'number' ? id : undefined));
    },
    'box:adopt': (payload) => {
      const [boxId] = fields(payload, 'boxId');
      return typeof boxId === 'string' ? ok(boxes.adoptOffered(boxId)) : undefined;
    },
    'config:changed': () => {
      void life.reload();
      return Promise.resolve(null);
    },
    'badge:set': (payload) => {
      const [composerId, told] = fields(payload, 'composerId', 'state');
      const state = readBadgeState(told);
      if (typeof composerId !== 'string' || !state) return undefined;
      composers.byId.get(composerId)?.badge.set(state);
      return Promise.resolve(null);
    },
  };
}

const handles = (handlers: PageHandlers, type: string): type is ToContent => Object.hasOwn(handlers, type);

/**
 * The runtime.onMessage listener: a message this page answers gets its handler's promise (the polyfill
 * takes it as the reply), any other undefined (another listener's, or none).
 */
export function answerPage(handlers: PageHandlers): (message: unknown) => Promise<unknown> | undefined {
  return (message) => (isMessage(message) && handles(handlers, message.type) ? handlers[message.type](message.payload) : undefined);
}
