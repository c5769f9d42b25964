/**
 * Wires the panel to the browser: which tab it belongs to, that tab's draft, the most recently
 * edited draft, and the rules. Everything is read once and then followed with storage `watch()`
 * and tab events, so the panel changes as soon as the background writes a new review.
 */
import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import { draftItem, lastDraftTab } from '../../lib/drafts/state';
import type { StoredDraft } from '../../lib/drafts/state';
import { loadRules, watchRules } from '../../lib/settings/storage';
import { networkOfUrl } from '../../lib/background/validate';
import { showDraft, usePanelStore } from './store';

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

/** The draft of one tab, followed; pointed at another tab when the panel's tab changes. */
function draftSlot(onChange: () => void) {
  let tabId: number | null = null;
  let value: StoredDraft | null = null;
  let current: ReturnType<typeof follow<StoredDraft | null>> | null = null;
  return {
    get value() {
      return value;
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
      current = follow(draftItem(id), (draft) => {
        value = draft;
        onChange();
      });
      return current.ready;
    },
    stop() {
      current?.stop();
    },
  };
}

/** Start following; returns the function that stops it all. */
export function connectPanel(): () => void {
  let stopped = false;
  // The panel's own tab's draft wins; without one (an extension page, a site not written on
  // yet, or the panel opened as a page of its own) the most recently edited draft is shown.
  const publish = () => {
    if (!stopped) showDraft(own.value ?? recent.value);
  };
  const own = draftSlot(publish);
  const recent = draftSlot(publish);

  let windowId: number | undefined;
  let asked = 0;
  const showTab = (tab: Browser.tabs.Tab | undefined) => {
    // tab.url is only there where the browser lets the extension see the address (its content-script sites).
    usePanelStore.setState({ tabId: tab?.id ?? null, tabNetwork: networkOfUrl(tab?.url) });
    return own.follow(tab?.id ?? null);
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

  Promise.all([activeTab().catch(() => showTab(undefined)), last.ready]).then(() => {
    if (!stopped) usePanelStore.setState({ loaded: true });
  });

  return () => {
    stopped = true;
    browser.tabs.onActivated.removeListener(onActivated);
    browser.tabs.onUpdated.removeListener(onUpdated);
    last.stop();
    own.stop();
    recent.stop();
    unwatchRules();
  };
}
