/**
 * Wires the panel to the browser: which tab it belongs to, that tab's draft, the most recently
 * edited draft, and the rules. Everything is read once and then followed with storage `watch()`
 * and tab events, so the panel changes as soon as the background writes a new review.
 */
import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import { draftItem, isFailed, lastDraftTab } from '../../lib/drafts/state';
import type { StoredDraft } from '../../lib/drafts/state';
import { loadRules, watchRules } from '../../lib/settings/storage';
import { networkOfUrl } from '../../lib/networks';
import { lastOfferTab, offerItem } from '../../lib/drafts/offer';
import type { BoxOffer } from '../../lib/drafts/offer';
import { showDraft, showOffer, usePanelStore } from './store';
import { PANEL_PORT, isPanelPush } from '../../lib/messaging/panel-port';
import type { PanelPush } from '../../lib/messaging/panel-port';
import { onPortClosed } from '../../lib/messaging/port-closed';

interface Followable<T> {
  getValue(): Promise<T>;
  watch(cb: (value: T) => void): () => void;
}

/**
 * The item's value now and after every change. A read that finishes after a change was seen
 * (or after `stop`) is dropped, so an older value never overwrites a newer one.
 */
function follow<T>(item: Followable<T>, onValue: (value: T) => void | Promise<void>) {
  let live = true;
  let changed = false;
  const unwatch = item.watch((value) => {
    changed = true;
    if (live) void onValue(value);
  });
  const ready = item.getValue().then(
    (value) => (live && !changed ? onValue(value) : undefined),
    () => undefined,
  );
  return {
    ready,
    stop() {
      live = false;
      unwatch();
    },
  };
}

/**
 * A tab's item (its draft, its offered box), followed; pointed at another tab when the panel's tab
 * changes. `fresher` says whether a value may replace the one shown: a draft from the live channel can
 * arrive before the storage write of an older one.
 */
function tabSlot<T>(
  itemOf: (tabId: number) => Followable<T | null>,
  onChange: () => void,
  fresher: (next: T | null, shown: T | null) => boolean = () => true,
) {
  let tabId: number | null = null;
  let value: T | null = null;
  let current: ReturnType<typeof follow<T | null>> | null = null;
  const take = (next: T | null) => {
    if (!fresher(next, value)) return;
    value = next;
    onChange();
  };
  return {
    get value() {
      return value;
    },
    /** A value of tab `id` from elsewhere than storage (the background's live channel). */
    offer(id: number, next: T | null) {
      if (id === tabId) take(next);
    },
    follow(id: number | null): Promise<void> {
      if (id === tabId && current) return current.ready;
      current?.stop();
      current = null;
      tabId = id;
      value = null;
      if (id === null) {
        onChange();
        return Promise.resolve();
      }
      current = follow(itemOf(id), take);
      return current.ready;
    },
    stop() {
      current?.stop();
    },
  };
}

/** Start following; returns the function that stops it all. */
/**
 * The order of the drafts the live channel brought. Every draft is pushed before its (possibly held)
 * storage write, in order, so a draft from storage that was pushed before the one shown is stale. The
 * order is the channel's own, not the clock's: a clock set back does not freeze the panel.
 */
function pushOrder() {
  const order = new Map<string, number>();
  let n = 0;
  const keyOf = (d: StoredDraft) => `${d.tabId}\u0000${d.composerId}\u0000${d.updatedAt}\u0000${isFailed(d) ? '\u0001' : d.text}`;
  return {
    pushed(d: StoredDraft | null) {
      if (!d) return;
      order.set(keyOf(d), ++n);
      // Only the latest few matter: a held write is at most a quarter second behind.
      if (order.size > 64) order.delete(order.keys().next().value!);
    },
    /** Whether `next` may replace the draft shown: a removal always; a draft unless pushed before the shown one. */
    fresher(next: StoredDraft | null, shown: StoredDraft | null) {
      if (!next || !shown) return true;
      const a = order.get(keyOf(next));
      const b = order.get(keyOf(shown));
      return a === undefined || b === undefined || a >= b;
    },
  };
}

/**
 * The background's live channel (lib/messaging/panel-port.ts): each review as it is made. It breaks
 * when Chromium stops an idle worker; it is opened again when storage shows the worker at work (a draft
 * written), not at once, which would wake a worker with nothing to do.
 */
function liveDrafts(onPush: (push: PanelPush) => void) {
  let port: Browser.runtime.Port | null = null;
  let stopped = false;
  const connect = () => {
    if (port || stopped) return;
    try {
      const opened = browser.runtime.connect({ name: PANEL_PORT });
      opened.onMessage.addListener((message: unknown) => {
        if (isPanelPush(message)) onPush(message);
      });
      onPortClosed(opened, () => {
        if (port === opened) port = null;
      });
      port = opened;
    } catch {
      // No background to talk to right now: storage still brings every draft.
    }
  };
  connect();
  return {
    connect,
    stop() {
      stopped = true;
      port?.disconnect();
      port = null;
    },
  };
}

export function connectPanel(): () => void {
  let stopped = false;
  // The panel's own tab's draft wins; without one (an extension page, a site not written on
  // yet, or the panel opened as a page of its own) the most recently edited draft is shown.
  const publish = () => {
    if (!stopped) showDraft(own.value ?? recent.value);
  };
  // Each draft seen in storage also says the worker is up: the live channel is opened again if it broke.
  const stored = (tabId: number) => {
    const item = draftItem(tabId);
    const watch = (cb: (v: StoredDraft | null) => void) =>
      item.watch((v) => {
        live.connect();
        cb(v);
      });
    return { getValue: () => item.getValue(), watch };
  };
  const order = pushOrder();
  const own = tabSlot<StoredDraft>(stored, publish, order.fresher);
  const recent = tabSlot<StoredDraft>(stored, publish, order.fresher);
  const live = liveDrafts(({ tabId, draft }) => {
    order.pushed(draft);
    own.offer(tabId, draft);
    recent.offer(tabId, draft);
  });
  // The box offered in the panel's own tab; a panel with no site tab of its own (opened as a page)
  // offers the last one offered anywhere, as it shows the last draft.
  const publishOffer = () => {
    if (!stopped) showOffer(ownOffer.value ?? (usePanelStore.getState().tabNetwork ? null : recentOffer.value));
  };
  const ownOffer = tabSlot<BoxOffer>(offerItem, publishOffer);
  const recentOffer = tabSlot<BoxOffer>(offerItem, publishOffer);

  let windowId: number | undefined;
  let asked = 0;
  const showTab = (tab: Browser.tabs.Tab | undefined) => {
    // tab.url is only there where the browser lets the extension see the address (its content-script sites).
    usePanelStore.setState({ tabId: tab?.id ?? null, tabNetwork: networkOfUrl(tab?.url) });
    return Promise.all([own.follow(tab?.id ?? null), ownOffer.follow(tab?.id ?? null)]).then(publishOffer);
  };
  const activeTab = async () => {
    const ask = ++asked;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    windowId = tab?.windowId;
    // A newer question (another tab switch) may have been answered first.
    if (ask === asked && !stopped) await showTab(tab);
  };

  const onActivated = (info: Browser.tabs.OnActivatedInfo) => {
    if (info.windowId === windowId) void activeTab();
  };
  const onUpdated = (_id: number, change: Browser.tabs.OnUpdatedInfo, tab: Browser.tabs.Tab) => {
    // Navigation in the shown tab can take it to another network, or off one.
    if (tab.active && tab.windowId === windowId && change.url !== undefined) void activeTab();
  };
  browser.tabs.onActivated.addListener(onActivated);
  browser.tabs.onUpdated.addListener(onUpdated);

  const last = follow(lastDraftTab, (tabId) => recent.follow(tabId));
  const lastOffer = follow(lastOfferTab, (tabId) => recentOffer.follow(tabId));

  let rulesChanged = false;
  const unwatchRules = watchRules((rules) => {
    rulesChanged = true;
    usePanelStore.setState({ rules });
  });
  loadRules().then(
    (rules) => {
      if (!rulesChanged && !stopped) usePanelStore.setState({ rules });
    },
    () => undefined,
  );

  void Promise.all([activeTab().catch(() => showTab(undefined)), last.ready, lastOffer.ready]).then(() => {
    if (!stopped) usePanelStore.setState({ loaded: true });
  });

  return () => {
    stopped = true;
    live.stop();
    browser.tabs.onActivated.removeListener(onActivated);
    browser.tabs.onUpdated.removeListener(onUpdated);
    last.stop();
    own.stop();
    recent.stop();
    lastOffer.stop();
    ownOffer.stop();
    recentOffer.stop();
    unwatchRules();
  };
}
