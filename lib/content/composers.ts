/**
 * The composers tracked on a page: each one found is marked, badged and watched for changes; its draft
 * goes to the background through a send scheduler once the person engaged with it (./engagement.ts); the
 * badge state the background tells is applied by composer id; a composer that leaves the page is
 * forgotten. A quote composer opened through the share prompt gets the comment starter, and a reply or
 * comment composer opened through its "Reply" the reply starter.
 * Time (the send scheduler's, the starter's window, the resend after a broken port) is the injected clock.
 */
import type { ComposerKind, InsertMode } from '../ids';
import type { SiteAdapter } from '../sites/types';
import { sendToBackground } from '../messaging/client';
import type { PagePort } from './port';
import type { BadgeState, DraftAnswer } from '../messaging/protocol';
import { guard, logOnce } from '../log';
import { createBadge } from './badge';
import type { Badge } from './badge';
import { watchRemoval } from './observe';
import type { GatedComposer } from './gate';
import { fieldValue, insertIntoField } from './boxes';
import { sendScheduler } from './send-scheduler';
import { realClock } from './clock';
import type { Clock } from './clock';
import { untilEngaged } from './engagement';
import { newId } from './page-id';

/** A composer opened through the share prompt gets its starter if it appears (or takes focus) within this time. */
export const STARTER_WINDOW_MS = 8000;

export interface Tracked extends GatedComposer {
  id: string;
  badge: Badge;
  /** the kind and text last sent */
  lastSent: string | null;
  /** when the last send went (clock.now) */
  sentAt: number;
  /** fails the last send (its failure told by the background) */
  failed: ((error: Error) => void) | null;
  /** the person has engaged with this composer (or we acted in it for them): only then is it reviewed */
  engaged: boolean;
  /** marks it engaged and sends its draft */
  engage: () => void;
}

export interface Composers {
  /** boxes the person chose that no adapter recognises, for as long as each element lives: tracked as posts unless the adapter knows their kind */
  readonly adopted: WeakSet<HTMLElement>;
  readonly tracked: ReadonlyMap<HTMLElement, Tracked>;
  readonly byId: ReadonlyMap<string, Tracked>;
  /** an editor appeared or got focus: tracked from now on, if it is a composer */
  found(editor: HTMLElement): void;
  /** something left the page: composers no longer in it are forgotten */
  removed(): void;
  /** every composer forgotten and unmarked (Postcheck stands down) */
  forgetAll(): void;
  /** a composer's badge state (or the failure of its review) as the background told it */
  told(id: string, answer: DraftAnswer | null, error: string | undefined): void;
  /** the drafts sent within `ms` (all: Infinity) sent again, for a background that may not hold them */
  resend(ms: number): void;
  /** text into a composer, which the person's action makes theirs; false if it is not tracked or the text did not go in */
  insert(id: string, text: string, mode: InsertMode): Promise<boolean>;
  /** the next quote composer to appear gets this starter (text before its "…" marker) */
  expectQuote(template: string): void;
  /** the next reply or comment composer to appear, or one already there that takes focus, gets this starter */
  expectReply(template: string): void;
}

/** The composer kinds a pending starter is for. */
const QUOTE: readonly ComposerKind[] = ['quote'];
const REPLY: readonly ComposerKind[] = ['reply', 'comment'];

/** Text before the "…" marker of a starter template: the caret goes where the marker was. */
export function starterText(template: string): string {
  const at = template.indexOf('…');
  return at === -1 ? `${template.trimEnd()} ` : template.slice(0, at);
}

/** The draft in a composer: an adopted field's value, else as the site's editor holds it. */
export const draftOf = (adapter: SiteAdapter, editor: HTMLElement): string => fieldValue(editor) ?? adapter.readDraft(editor);

/** The badge of a draft whose review could not be had: it claims no verdict. */
const FAILED: BadgeState = { verdict: 'error', open: 0, empty: false };

/** What a send that sent nothing (not engaged, no kind, text as sent) reports to the scheduler. */
const NOT_SENT = { went: false, done: Promise.resolve() };

/** `enabled`: false while the network is switched off (nothing is tracked then). */
export function trackComposers(
  adapter: SiteAdapter,
  port: Pick<PagePort, 'post' | 'request'>,
  enabled: () => boolean,
  clock: Clock = realClock,
): Composers {
  const adopted = new WeakSet<HTMLElement>();
  /** The composer kind of an editor: the adapter's, else 'post' for a box the person adopted. */
  const kindOf = (editor: HTMLElement): ComposerKind | null => adapter.composerOf(editor)?.kind ?? (adopted.has(editor) ? 'post' : null);
  const tracked = new Map<HTMLElement, Tracked>();
  const byId = new Map<string, Tracked>();
  let pendingStarter: { text: string; until: number; kinds: readonly ComposerKind[] } | null = null;
  // A side panel is open (the last answer said so): it follows every key, so every key is sent.
  let panelOpen = false;

  const show = (t: Tracked, state: BadgeState | null) => {
    t.state = state;
    t.badge.set(state);
  };

  const send = (t: Tracked): { went: boolean; done: Promise<void> } => {
    // Not engaged: nothing of this composer leaves the page's tab, and its badge stays neutral.
    if (!t.engaged) return NOT_SENT;
    const kind = kindOf(t.editor);
    if (!kind) return NOT_SENT;
    const text = draftOf(adapter, t.editor);
    const key = `${kind}\u0000${text}`;
    if (key === t.lastSent) return NOT_SENT;
    t.lastSent = key;
    const mark = `${adapter.network}:${kind}`;
    if (t.editor.getAttribute('data-postcheck') !== mark) t.editor.setAttribute('data-postcheck', mark);
    try {
      port.post('draft:update', { composerId: t.id, network: adapter.network, kind, text }, t.id);
    } catch (e) {
      // Not delivered: this text is still to be sent, and no older verdict stands meanwhile ("reviewing…").
      t.lastSent = null;
      show(t, null);
      return { went: true, done: Promise.reject(e instanceof Error ? e : new Error(String(e))) };
    }
    t.sentAt = clock.now();
    // Settled only by a failure the background tells (the scheduler then sends once more): success is silent.
    const done = new Promise<void>((_resolve, reject) => {
      t.failed = reject;
    });
    return { went: true, done };
  };

  const forget = (t: Tracked) => {
    t.abort.abort();
    t.badge.host.remove();
    tracked.delete(t.editor);
    byId.delete(t.id);
    port.request('draft:gone', { composerId: t.id }).catch((e) => logOnce('gone', e));
  };

  const removed = guard('removed', () => {
    for (const t of tracked.values()) if (!t.editor.isConnected) forget(t);
  });

  /** The pending starter into `t` if it is for its kind and still in time: once, into an empty editor. */
  const startIn = (t: Tracked, kind: ComposerKind) => {
    if (!pendingStarter || !pendingStarter.kinds.includes(kind) || pendingStarter.until <= clock.now()) return;
    const starter = pendingStarter.text;
    pendingStarter = null;
    // The person chose to quote or reply (a trusted click on our prompt or the site's repost):
    // the composer it opens is theirs.
    t.engage();
    // Let the site finish opening its composer before we type into it.
    requestAnimationFrame(
      guard('starter', async () => {
        if (!adapter.readDraft(t.editor).trim()) await adapter.insertText(t.editor, starter, 'replace');
      }),
    );
  };

  const found = guard('found', (editor: HTMLElement) => {
    const known = tracked.get(editor);
    // A comment box already under the post (LinkedIn's classic feed keeps it): its Comment button focuses it.
    if (known && pendingStarter?.kinds === REPLY && editor.matches(':focus')) {
      const kind = kindOf(editor);
      if (kind) startIn(known, kind);
    }
    // An editor already gone again (a late animation event, a batched record) must not be tracked:
    // nothing would ever see it leave, and it would be kept alive with its badge and listeners.
    if (known || !editor.isConnected || !enabled()) return;
    const kind = kindOf(editor);
    if (!kind) return;
    editor.setAttribute('data-postcheck', `${adapter.network}:${kind}`);
    const t: Tracked = {
      id: newId(),
      editor,
      badge: createBadge(guard('open-panel', () => sendToBackground('panel:open', {}))),
      abort: new AbortController(),
      lastSent: null,
      sentAt: Number.NEGATIVE_INFINITY,
      failed: null,
      state: null,
      nudgedFor: null,
      engaged: false,
      engage: () => undefined,
    };
    tracked.set(editor, t);
    byId.set(t.id, t);
    adapter.badgeAnchor(editor).after(t.badge.host);

    const scheduler = sendScheduler(
      {
        send: () => send(t),
        live: () => panelOpen,
        failed: (e) => logOnce('send', e),
        // Sent again and failed again (and nothing newer sent since): no verdict for this draft.
        failedTwice: () => show(t, FAILED),
      },
      clock,
    );
    const changed = guard('changed', scheduler.changed);
    // Editors re-render their own DOM on every keystroke (Draft.js, Quill, Lexical): one observer on
    // the editor alone sees typing, pastes and our own inserts alike.
    const observer = new MutationObserver(changed);
    observer.observe(editor, { childList: true, subtree: true, characterData: true });
    // A textarea or input (a box the person adopted) changes its value without a mutation: its input events.
    if (fieldValue(editor) !== null) editor.addEventListener('input', changed, { signal: t.abort.signal });
    const engaging = new AbortController();
    t.abort.signal.addEventListener(
      'abort',
      () => {
        scheduler.stop();
        observer.disconnect();
        engaging.abort();
      },
      { once: true },
    );
    watchRemoval(editor, removed, t.abort.signal);
    t.engage = () => {
      if (t.engaged) return;
      t.engaged = true;
      engaging.abort();
      t.badge.set(t.state);
      changed();
    };
    untilEngaged(editor, t.engage, engaging.signal);

    startIn(t, kind);
  });

  return {
    adopted,
    tracked,
    byId,
    found,
    removed,
    forgetAll() {
      for (const t of [...tracked.values()]) {
        forget(t);
        t.editor.removeAttribute('data-postcheck');
      }
    },
    // Applied by id: a composer already gone is not brought back.
    told(id, answer, error) {
      const t = byId.get(id);
      if (error !== undefined) {
        // As a send that did not go: no older verdict stands ("reviewing…"), and it is sent again.
        if (!t) return;
        t.lastSent = null;
        show(t, null);
        t.failed?.(new Error(error));
        t.failed = null;
        return;
      }
      if (!answer) return;
      const { panel, ...badge } = answer;
      panelOpen = panel === true;
      if (t) show(t, badge);
    },
    resend(ms) {
      const now = clock.now();
      for (const t of tracked.values()) {
        if (now - t.sentAt > ms) continue;
        t.lastSent = null;
        send(t).done.catch((e: unknown) => logOnce('send', e));
      }
    },
    insert(id, text, mode) {
      const t = byId.get(id);
      if (!t) return Promise.resolve(false);
      t.engage();
      // The site's editor path, or the field's own for an adopted textarea or input.
      const { editor } = t;
      return editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement
        ? insertIntoField(editor, text, mode)
        : adapter.insertText(editor, text, mode);
    },
    expectQuote(template) {
      pendingStarter = { text: starterText(template), until: clock.now() + STARTER_WINDOW_MS, kinds: QUOTE };
    },
    expectReply(template) {
      pendingStarter = { text: starterText(template), until: clock.now() + STARTER_WINDOW_MS, kinds: REPLY };
    },
  };
}
