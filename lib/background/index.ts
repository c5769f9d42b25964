/**
 * The background: receives drafts from the content scripts, runs the review once, and keeps
 * the result where the badge (by reply) and the side panel (by its port, and storage) both read it.
 */
import { browser } from 'wxt/browser';
import { loadRules, watchRules } from '../settings/storage';
import type { Rules } from '../settings/schema';
import { sendToTab } from '../messaging/client';
import type { BadgeState } from '../messaging/protocol';
import { createDraftService } from './drafts';
import type { DraftService } from './drafts';
import { watchPagePorts } from './page-ports';
import { watchPanelPorts } from './panel-ports';
import type { Answer, PagePorts } from './page-ports';
import { watchToolbar } from './toolbar';
import { uiLang } from '../ui-language';
import { logOnce } from '../log';
import { recordHabit } from '../habits/store';
import { createBoxOffers, startContextMenu } from './context-menu';
import { watchFirstRun } from './first-run';
import { backgroundHandlers, createAnswer } from './messages';

/** Chrome's side panel API, which the polyfill does not wrap. */
interface SidePanelApi {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
}
const sidePanel = (globalThis as { chrome?: { sidePanel?: SidePanelApi } }).chrome?.sidePanel;

type BoxOffers = ReturnType<typeof createBoxOffers>;

export function startBackground(): void {
  // Tells a composer's badge its state outside its drafts' answers (the tab may have navigated away: its
  // draft is cleaned up when it goes); the page's port then tells the next answer whatever it is.
  let pages: PagePorts | null = null;
  const tellBadge = (tabId: number, composerId: string, state: BadgeState) => {
    pages?.forget(tabId, composerId);
    void sendToTab(tabId, 'badge:set', { composerId, state }).catch(() => undefined);
  };
  let rules: Promise<Rules> = loadRules();
  const locale = uiLang();
  // A typing burst's held draft that could not be stored: its badge is told (the panel reads the failure record).
  // Open panels get each review at once; storage.session, written a few times a second, is the truth after a restart.
  const panels = watchPanelPorts((listener) => browser.runtime.onConnect.addListener(listener), browser.runtime.getURL('/'));
  const service = createDraftService({
    rules: () => rules,
    locale,
    storeFailed: tellBadge,
    reviewedAgain: tellBadge,
    published: panels.publish,
  });
  const offers = createBoxOffers();
  watchToolbar();
  watchFirstRun();
  startPanelOpeners();

  watchRules((next) => {
    rules = Promise.resolve(next);
    announceRules();
    void rereviewDrafts(service, tellBadge).catch((e) => logOnce('rereview', e));
  });

  const answer = createAnswer(
    backgroundHandlers({
      rules: () => rules,
      locale,
      service,
      offers,
      recordHabit,
      // Only Chromium's side panel opens here; Firefox's sidebar opens from its own click.
      openPanel: (tabId) => void sidePanel?.open({ tabId }).catch((e) => logOnce('sidePanel.open', e)),
      panelOpen: panels.open,
      tellBadge,
    }),
    browser.runtime.id,
    browser.runtime.getURL('/'),
  );
  pages = followPagesGoing(service, offers, answer);
  // The polyfill takes a returned promise as the reply; the browser's own types only know sendResponse.
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  browser.runtime.onMessage.addListener(answer);
}

/** The toolbar button, its shortcut and the context menu's "Review with Postcheck" open the panel. */
function startPanelOpeners(): void {
  // The toolbar button and its shortcut (_execute_action) open the panel directly.
  sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch((e) => logOnce('setPanelBehavior', e));
  // Firefox: the toolbar button opens the same page as the sidebar (a click is the user action it needs).
  const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  if (sidebar && !sidePanel) browser.browserAction?.onClicked.addListener(() => void sidebar.open().catch((e) => logOnce('sidebar', e)));
  // "Review with Postcheck" opens the panel too, at once (Firefox: the sidebar), then adopts the box.
  startContextMenu((tabId) => {
    if (sidePanel) sidePanel.open({ tabId }).catch((e) => logOnce('sidePanel.open', e));
    else sidebar?.open().catch((e) => logOnce('sidebar', e));
  });
}

/**
 * Content scripts learn their share of the new rules at once, no reload. (Without the "tabs" permission
 * we cannot see which tab shows which site: tabs without a Postcheck content script simply do not answer.)
 */
function announceRules(): void {
  void (async () => {
    for (const tab of await browser.tabs.query({})) {
      if (tab.id !== undefined) sendToTab(tab.id, 'config:changed', {}).catch(() => undefined);
    }
  })().catch((e) => logOnce('config:changed', e));
}

/** Every tab's draft is reviewed again under the new rules, and its badge told. */
async function rereviewDrafts(
  service: DraftService,
  tellBadge: (tabId: number, composerId: string, state: BadgeState) => void,
): Promise<void> {
  const stored = await browser.storage.session.get(null);
  const tabIds = Object.keys(stored)
    .map((k) => /^draft:(\d+)$/.exec(k)?.[1])
    .filter((id): id is string => !!id)
    .map(Number);
  for (const { tabId, composerId, state } of await service.rereviewAll(tabIds)) tellBadge(tabId, composerId, state);
}

/** A tab closed, a page gone (its port closed) or another page loading takes its drafts and offered box with it. */
function followPagesGoing(service: DraftService, offers: BoxOffers, answer: Answer): PagePorts {
  browser.tabs.onRemoved.addListener((tabId) => {
    void service.gone(tabId).catch((e) => logOnce('tab-removed', e));
    void offers.withdraw(tabId).catch((e) => logOnce('tab-removed', e));
  });
  // Requests over a page's port are answered as messages are.
  const pages = watchPagePorts(
    (listener) => browser.runtime.onConnect.addListener(listener),
    browser.runtime.id,
    answer,
    (tabId, page) => {
      void service.gone(tabId, { page }).catch((e) => logOnce('page-gone', e));
      void offers.withdraw(tabId, { page }).catch((e) => logOnce('page-gone', e));
    },
  );
  // A tab that loads another page takes its offered box with it. In Firefox it takes its drafts too:
  // Firefox keeps the port of a page it puts in its back/forward cache open, and fires "loading" only
  // for another document (Chromium fires it for history.pushState too, where the composer stays).
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    void offers.withdraw(tabId).catch((e) => logOnce('tab-loading', e));
    if (import.meta.env.FIREFOX) void service.gone(tabId, {}).catch((e) => logOnce('tab-loading', e));
  });
  return pages;
}
