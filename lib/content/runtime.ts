/**
 * The content-script runtime the three sites share: find composers, mark them, read the
 * draft as it is typed, send it to the background, show the badge, and apply text the side
 * panel asks for. No React, zod or engine here: the background reviews.
 * Nothing may reach the page: every callback is guarded and logs once.
 *
 * A composer is reviewed only once the person has engaged with it through an event a page script
 * cannot make (see `engagedBy`): otherwise any script on the site could plant a hidden composer, fill
 * it, and read the verdict off the badge to learn the person's private rules or pause topics.
 */
import { browser } from 'wxt/browser';
import type { InsertMode, SiteAdapter } from '../sites/types';
import { sendToBackground, isMessage } from '../messaging/client';
import { composerIdOn, newPageId } from '../messaging/page-port';
import { pagePort } from './port';
import type { BadgeState, ContentConfig, DraftAnswer, HabitKind, Message } from '../messaging/protocol';
import { guard, logOnce } from '../log';
import { createBadge } from './badge';
import type { Badge } from './badge';
import { observeComposers, watchRemoval } from './observe';
import { watchReposts } from './repost';
import { watchPostClicks } from './gate';
import { classifyBox, editableBox, fieldValue, insertIntoField, watchUnrecognised } from './boxes';
import { sendScheduler } from './send-scheduler';

/** A quote composer opened through the share prompt gets its starter if it appears within this time. */
const STARTER_WINDOW_MS = 8000;

interface Tracked {
  id: string;
  editor: HTMLElement;
  badge: Badge;
  abort: AbortController;
  lastSent: string | null;
  /** when the last send went (performance.now) */
  sentAt: number;
  /** fails the last send (its failure told by the background) */
  failed: ((error: Error) => void) | null;
  state: BadgeState | null;
  /** the post gate already nudged for this text */
  nudgedFor: string | null;
  /** the person has engaged with this composer (or we acted in it for them): only then is it reviewed */
  engaged: boolean;
  /** marks it engaged and sends its draft */
  engage: () => void;
}

/**
 * The person's own pointer, keys, paste or drop inside the composer. Not focus (a script's
 * element.focus() fires a trusted focus event) nor input (document.execCommand('insertText') fires a
 * trusted one): a page script can cause both, but none of these.
 */
const ENGAGING = ['pointerdown', 'mousedown', 'keydown', 'paste', 'drop'] as const;

/**
 * The composer can be seen where the person is: laid out, not transparent or hidden, and in the
 * viewport. A page that moves focus into an off-screen composer while the person types elsewhere
 * does not get those keystrokes counted as engagement.
 */
function inSight(editor: HTMLElement): boolean {
  if (typeof editor.checkVisibility === 'function' && !editor.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
    return false;
  const r = editor.getBoundingClientRect();
  return r.width >= 4 && r.height >= 4 && r.bottom > 0 && r.right > 0 && r.top < window.innerHeight && r.left < window.innerWidth;
}

/** A trusted engaging event inside a composer that is in sight. */
export function engagedBy(event: Event, editor: HTMLElement): boolean {
  if (!event.isTrusted) return false;
  const target = event.composedPath()[0];
  return target instanceof Node && editor.contains(target) && inSight(editor);
}

/** How long after the right-click on a box "Review with Postcheck" still adopts it. */
const MENU_WINDOW_MS = 5 * 60_000;

/**
 * Firefox's context-menu target lookup (menus.getTargetElement, in content scripts under the `menus`
 * permission): it names the right-clicked element even where the page stopped the contextmenu event.
 */
type TargetLookup = (id: number) => Element | null;
const targetElement = (): TargetLookup | undefined =>
  (browser as unknown as { menus?: { getTargetElement?: TargetLookup } }).menus?.getTargetElement;

/** Text before the "…" marker of a starter template: the caret goes where the marker was. */
export function starterText(template: string): string {
  const at = template.indexOf('…');
  return at === -1 ? `${template.trimEnd()} ` : template.slice(0, at);
}

// Composer ids carry the page's id: the background drops a page's drafts when its port closes.
const pageId = newPageId();
let counter = 0;
const newId = () => composerIdOn(pageId, counter++);

/** A port broken this soon after a send has the latest drafts sent again (the background writes a held draft within 250 ms). */
const RESEND_WITHIN_MS = 1000;

/** The badge of a draft whose review could not be had: it claims no verdict. */
const FAILED: BadgeState = { verdict: 'error', open: 0, empty: false };

/** What a send that sent nothing (not engaged, no kind, text as sent) reports to the scheduler. */
const NOT_SENT = { went: false, done: Promise.resolve() };

export function startContent(adapter: SiteAdapter, signal: AbortSignal): void {
  const tracked = new Map<HTMLElement, Tracked>();
  const byId = new Map<string, Tracked>();
  let config: ContentConfig | null = null;
  let pendingStarter: { text: string; until: number } | null = null;
  // Boxes the person chose (context menu, "Review this box") that no adapter recognises, for as long as
  // each element lives: reviewed as posts unless the adapter knows their kind.
  const adopted = new WeakSet<HTMLElement>();
  // The box of the person's last right-click: what "Review with Postcheck" means where the browser
  // cannot name the element (Chrome).
  let rightClicked: { box: WeakRef<HTMLElement>; at: number } | null = null;
  // The unrecognised box offered for review (one at a time), by the id the background and panel know it by.
  let offered: { id: string; box: WeakRef<HTMLElement>; abort: AbortController } | null = null;
  // A side panel is open (the last answer said so): it follows every key, so every key is sent.
  let panelOpen = false;

  /** The composer kind of a tracked editor: the adapter's, else 'post' for a box the person adopted. */
  const kindOf = (editor: HTMLElement) => adapter.composerOf(editor)?.kind ?? (adopted.has(editor) ? 'post' : null);
  const readOf = (editor: HTMLElement) => fieldValue(editor) ?? adapter.readDraft(editor);

  // Every request to the background goes over the page's port (all but panel:open, whose click must
  // carry its user gesture in a message): the port closes as the page goes, which takes the page's
  // drafts away, and an answer still on its way then settles a promise of ours, never one Firefox logs.
  // A port that breaks within moments of a send (the worker stopped or crashed mid-typing, before it
  // wrote the draft it was holding) has the latest drafts sent again; one that breaks after a quiet
  // spell (Chromium stopping an idle worker) does not, or it would wake the worker for nothing.
  // Drafts are posts: the background tells a composer's badge state only when it changed (./port.ts).
  const toBackground = pagePort(pageId, {
    broken: () => {
      const now = performance.now();
      for (const t of tracked.values()) {
        if (now - t.sentAt > RESEND_WITHIN_MS) continue;
        t.lastSent = null;
        send(t).done.catch((e: unknown) => logOnce('send', e));
      }
    },
    told: (id, reply, error) => told(id, reply as DraftAnswer | null, error),
  });

  const loadConfig = () =>
    toBackground.request('content:config', { network: adapter.network }).then(
      (c) => {
        // No answer (no background listening yet): keep watching as before.
        if (!c) return;
        config = c;
        if (c.enabled) standUp();
        else standDown();
      },
      (e) => logOnce('config', e),
    );
  const count = (kind: HabitKind): void => {
    toBackground.request('habit:count', { network: adapter.network, kind }).catch((e) => logOnce('habit', e));
  };

  const send = (t: Tracked): { went: boolean; done: Promise<void> } => {
    // Not engaged: nothing of this composer leaves the page's tab, and its badge stays neutral.
    if (!t.engaged) return NOT_SENT;
    const kind = kindOf(t.editor);
    if (!kind) return NOT_SENT;
    const text = readOf(t.editor);
    const key = `${kind}\u0000${text}`;
    if (key === t.lastSent) return NOT_SENT;
    t.lastSent = key;
    const mark = `${adapter.network}:${kind}`;
    if (t.editor.getAttribute('data-postcheck') !== mark) t.editor.setAttribute('data-postcheck', mark);
    try {
      toBackground.post('draft:update', { composerId: t.id, network: adapter.network, kind, text }, t.id);
    } catch (e) {
      // Not delivered: this text is still to be sent, and no older verdict stands meanwhile ("reviewing…").
      t.lastSent = null;
      show(t, null);
      return { went: true, done: Promise.reject(e instanceof Error ? e : new Error(String(e))) };
    }
    t.sentAt = performance.now();
    // Settled only by a failure the background tells (the scheduler then sends once more): success is silent.
    const done = new Promise<void>((_resolve, reject) => {
      t.failed = reject;
    });
    return { went: true, done };
  };

  /**
   * A composer's badge state as the background told it (only when it changed), applied by id: a composer
   * already gone is not brought back. A review that failed in the background is said so on the badge.
   */
  const told = (id: string, state: DraftAnswer | null, error: string | undefined) => {
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
    if (!state) return;
    const { panel, ...badge } = state;
    panelOpen = panel === true;
    if (t) show(t, badge);
  };
  const show = (t: Tracked, state: BadgeState | null) => {
    t.state = state;
    t.badge.set(state);
  };

  const found = guard('found', (editor: HTMLElement) => {
    // An editor already gone again (a late animation event, a batched record) must not be tracked:
    // nothing would ever see it leave, and it would be kept alive with its badge and listeners.
    if (tracked.has(editor) || !editor.isConnected || config?.enabled === false) return;
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

    const scheduler = sendScheduler({
      send: () => send(t),
      live: () => panelOpen,
      failed: (e) => logOnce('send', e),
      // Sent again and failed again (and nothing newer sent since): no verdict for this draft.
      failedTwice: () => show(t, FAILED),
    });
    t.abort.signal.addEventListener('abort', () => scheduler.stop(), { once: true });
    const changed = guard('changed', scheduler.changed);
    // Editors re-render their own DOM on every keystroke (Draft.js, Quill, Lexical): one observer on
    // the editor alone sees typing, pastes and our own inserts alike.
    const observer = new MutationObserver(changed);
    observer.observe(editor, { childList: true, subtree: true, characterData: true });
    // A textarea or input (a box the person adopted) changes its value without a mutation: its input events.
    if (fieldValue(editor) !== null) editor.addEventListener('input', changed, { signal: t.abort.signal });
    t.abort.signal.addEventListener('abort', () => observer.disconnect(), { once: true });
    watchRemoval(editor, removed, t.abort.signal);
    // Engaged once, engaged for good: its listeners go, and the person's keys call none of them.
    const engaging = new AbortController();
    t.abort.signal.addEventListener('abort', () => engaging.abort(), { once: true });
    t.engage = () => {
      if (t.engaged) return;
      t.engaged = true;
      engaging.abort();
      t.badge.set(t.state);
      changed();
    };
    const onEngaging = guard('engage', (event: Event) => {
      if (!t.engaged && engagedBy(event, editor)) t.engage();
    });
    for (const type of ENGAGING) editor.addEventListener(type, onEngaging, { capture: true, signal: engaging.signal });

    if (kind === 'quote' && pendingStarter && pendingStarter.until > Date.now()) {
      const starter = pendingStarter.text;
      pendingStarter = null;
      // The person chose "quote with a comment" (a trusted click on our prompt or the site's repost):
      // the quote composer it opens is theirs.
      t.engage();
      // Let the site finish opening its composer before we type into it.
      requestAnimationFrame(
        guard('starter', async () => {
          if (!adapter.readDraft(editor).trim()) await adapter.insertText(editor, starter, 'replace');
        }),
      );
    }
  });

  const forget = (t: Tracked) => {
    t.abort.abort();
    t.badge.host.remove();
    tracked.delete(t.editor);
    byId.delete(t.id);
    toBackground.request('draft:gone', { composerId: t.id }).catch((e) => logOnce('gone', e));
  };

  const removed = guard('removed', () => {
    for (const t of tracked.values()) if (!t.editor.isConnected) forget(t);
  });

  /** Text into a composer: the site's editor path, or the field's own for an adopted textarea or input. */
  const insertInto = (editor: HTMLElement, text: string, mode: InsertMode): Promise<boolean> =>
    fieldValue(editor) === null
      ? adapter.insertText(editor, text, mode)
      : insertIntoField(editor as HTMLTextAreaElement | HTMLInputElement, text, mode);

  const withdraw = () => {
    if (!offered) return;
    const { id, abort } = offered;
    offered = null;
    abort.abort();
    toBackground.request('box:gone', { boxId: id }).catch((e) => logOnce('box-gone', e));
  };

  /**
   * The person chose this box (the context menu, or "Review this box" in the panel): marked, badged and
   * reviewed as a composer the adapter found, of the adapter's kind if it knows the box, else a post.
   * Their choice is their engagement: its draft so far is reviewed at once.
   */
  const adopt = (box: HTMLElement | null): boolean => {
    if (!box?.isConnected || !watching || config?.enabled === false) return false;
    if (offered?.box.deref() === box) withdraw();
    adopted.add(box);
    found(box);
    const t = tracked.get(box);
    t?.engage();
    return !!t;
  };

  const onContextMenu = guard('contextmenu', (event: MouseEvent) => {
    if (!event.isTrusted) return;
    const box = editableBox(event.composedPath()[0]);
    rightClicked = box ? { box: new WeakRef(box), at: Date.now() } : null;
  });

  /** The box "Review with Postcheck" was opened on: the browser's handle for it, else the last right-click. */
  const menuTarget = (targetElementId: number | undefined): HTMLElement | null => {
    const lookup = targetElement();
    const named = lookup && typeof targetElementId === 'number' ? editableBox(lookup(targetElementId)) : null;
    if (named) return named;
    if (!rightClicked || Date.now() - rightClicked.at > MENU_WINDOW_MS) return null;
    return rightClicked.box.deref() ?? null;
  };

  /** The person typed into a box no adapter knows: offer it (the toolbar icon says so, the panel asks). */
  const offer = guard('offer', (box: HTMLElement) => {
    withdraw();
    const abort = new AbortController();
    offered = { id: newId(), box: new WeakRef(box), abort };
    const { id } = offered;
    watchRemoval(box, () => offered?.id === id && withdraw(), abort.signal);
    toBackground.request('box:offer', { boxId: id }).catch((e) => logOnce('box-offer', e));
  });

  const onFocused = guard('focused', (target: HTMLElement) => {
    // An adopted box the site took out and put back (a re-render that keeps the element) is tracked again.
    const box = editableBox(target);
    if (box && adopted.has(box) && !tracked.has(box)) {
      found(box);
      return;
    }
    unrecognised?.(target);
  });
  let unrecognised: ((target: Element) => void) | null = null;

  const answer = (message: unknown): Promise<unknown> | undefined => {
    if (!isMessage(message)) return undefined;
    if (message.type === 'composer:insert') {
      const { composerId, text, mode } = (message as Message<'composer:insert'>).payload;
      const t = byId.get(composerId);
      if (!t) return Promise.resolve({ ok: false });
      // The person's own action in the panel: the composer is theirs to have reviewed.
      t.engage();
      return insertInto(t.editor, text, mode).then(
        (ok) => ({ ok }),
        (e: unknown) => {
          logOnce('insert', e);
          return { ok: false };
        },
      );
    }
    if (message.type === 'composer:adopt') {
      const { targetElementId } = (message as Message<'composer:adopt'>).payload;
      let ok = false;
      try {
        ok = adopt(menuTarget(targetElementId));
      } catch (e) {
        logOnce('adopt', e);
      }
      return Promise.resolve({ ok });
    }
    if (message.type === 'box:adopt') {
      const { boxId } = (message as Message<'box:adopt'>).payload;
      let ok = false;
      try {
        ok = offered?.id === boxId && adopt(offered.box.deref() ?? null);
      } catch (e) {
        logOnce('adopt', e);
      }
      return Promise.resolve({ ok });
    }
    if (message.type === 'config:changed') {
      void loadConfig();
      return Promise.resolve(null);
    }
    if (message.type === 'badge:set') {
      const { composerId, state } = (message as Message<'badge:set'>).payload;
      byId.get(composerId)?.badge.set(state);
      return Promise.resolve(null);
    }
    return undefined;
  };
  // The browser's own API (no polyfill in the content scripts): an answer goes through sendResponse, the
  // listener returning true to keep it open; a message this page does not answer is left to others.
  const onMessage = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void): true | undefined => {
    let answering: Promise<unknown> | undefined;
    try {
      answering = answer(message);
    } catch (e) {
      // Unanswered: the sender's promise fails, as it did when the polyfill caught a listener's throw.
      logOnce('answer', e);
    }
    if (!answering) return undefined;
    answering.then(sendResponse, (e: unknown) => {
      logOnce('answer', e);
      sendResponse(undefined);
    });
    return true;
  };
  browser.runtime.onMessage.addListener(onMessage);

  // A reload, a navigation or the back/forward cache removes no composer from the DOM: the page's port
  // closes as it goes (Chromium) or the tab starts loading another document (Firefox, which keeps the
  // port of a page in its back/forward cache), and the background drops the page's drafts and offered
  // box. Nothing is sent or closed from here as the page goes: Firefox cuts such work off and logs it.
  // A page restored from the back/forward cache sends its drafts again.
  window.addEventListener(
    'pageshow',
    guard('pageshow', (event: PageTransitionEvent) => {
      if (!event.persisted) return;
      for (const t of tracked.values()) {
        t.lastSent = null;
        send(t).done.catch((e: unknown) => logOnce('send', e));
      }
    }),
    { signal },
  );

  // Postcheck watches the site only while its network is switched on. Switched off, it stands down
  // entirely (no stylesheet, observer, listener, badge or mark is left on the page) and comes back,
  // without a reload, when the network is switched on again. Until the rules arrive it watches, so a
  // composer on a page still loading is not missed.
  let watching: AbortController | null = null;
  function standUp() {
    if (watching || signal.aborted) return;
    watching = new AbortController();
    const on = watching.signal;
    // A click on a composer's Post button: the post gate, and the share-with-comment habit.
    watchPostClicks(
      {
        composers: () => tracked.values(),
        postButton: (editor) => adapter.postButton(editor),
        read: readOf,
        gate: () => config?.postGate ?? 'off',
        commented: () => count('comment'),
      },
      on,
    );
    document.addEventListener('contextmenu', onContextMenu, { capture: true, signal: on });
    unrecognised = watchUnrecognised(
      { engagedBy, classify: (box) => classifyBox(adapter, box, location.pathname), offer: (box) => offer(box) },
      on,
    );
    // Each on its own: a failure in one leaves the other working.
    try {
      observeComposers(adapter, { found, removed, focused: onFocused }, on);
    } catch (e) {
      logOnce('observe', e);
    }
    try {
      watchReposts(
        adapter,
        {
          config: () => config,
          expectQuote: (starter) => {
            pendingStarter = { text: starterText(starter), until: Date.now() + STARTER_WINDOW_MS };
          },
          count,
        },
        on,
      );
    } catch (e) {
      logOnce('repost', e);
    }
  }
  function standDown() {
    if (!watching) return;
    watching.abort();
    watching = null;
    unrecognised = null;
    rightClicked = null;
    withdraw();
    for (const t of [...tracked.values()]) {
      forget(t);
      t.editor.removeAttribute('data-postcheck');
    }
  }

  signal.addEventListener(
    'abort',
    () => {
      browser.runtime.onMessage.removeListener(onMessage);
      standDown();
      for (const t of [...tracked.values()]) forget(t);
      toBackground.close();
    },
    { once: true },
  );

  standUp();
  void loadConfig();
}
