/**
 * The background: receives drafts from the content scripts, runs the review once, and keeps
 * the result where the badge (by reply) and the side panel (by storage) both read it.
 */
import { browser } from 'wxt/browser';
import { loadRules, watchRules } from '../settings/storage';
import type { Rules } from '../settings/schema';
import { isMessage, sendToTab } from '../messaging/client';
import type { Message, Payload } from '../messaging/protocol';
import { createDraftService } from './drafts';
import { watchPagePorts } from './page-ports';
import { watchToolbar } from './toolbar';
import type { Runtime } from 'webextension-polyfill';
import { uiLang } from '../ui-language';
import { parseDraftUpdate } from './validate';
import { logOnce } from '../log';
import { contentConfig } from './content-config';
import { networkOfUrl } from './validate';
import { recordHabit } from '../habits/store';
import { createBoxOffers, startContextMenu } from './context-menu';
import { watchFirstRun } from './first-run';

/** Chrome's side panel API, which the polyfill does not wrap. */
interface SidePanelApi {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
}
const sidePanel = (globalThis as { chrome?: { sidePanel?: SidePanelApi } }).chrome?.sidePanel;

export function startBackground(): void {
  let rules: Promise<Rules> = loadRules();
  const locale = uiLang();
  // A typing burst's held draft that could not be stored: its badge is told (the panel reads the failure record).
  const service = createDraftService({
    rules: () => rules,
    locale,
    storeFailed: (tabId, composerId, state) => void sendToTab(tabId, 'badge:set', { composerId, state }).catch(() => undefined),
  });
  const offers = createBoxOffers();
  watchToolbar();
  watchFirstRun();

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

  watchRules((next) => {
    rules = Promise.resolve(next);
    void (async () => {
      // Content scripts learn their share of the new rules at once, no reload.
      // (Without the "tabs" permission we cannot see which tab shows which site: tabs without
      // a Postcheck content script simply do not answer.)
      for (const tab of await browser.tabs.query({})) {
        if (tab.id !== undefined) sendToTab(tab.id, 'config:changed', {}).catch(() => undefined);
      }
    })().catch((e) => logOnce('config:changed', e));
    void (async () => {
      const stored = await browser.storage.session.get(null);
      const tabIds = Object.keys(stored)
        .map((k) => /^draft:(\d+)$/.exec(k)?.[1])
        .filter((id): id is string => !!id)
        .map(Number);
      for (const { tabId, composerId, state } of await service.rereviewAll(tabIds)) {
        sendToTab(tabId, 'badge:set', { composerId, state }).catch(() => {
          // The tab may have navigated away; its draft is cleaned up when it goes.
        });
      }
    })().catch((e) => logOnce('rereview', e));
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void service.gone(tabId).catch((e) => logOnce('tab-removed', e));
    void offers.withdraw(tabId).catch((e) => logOnce('tab-removed', e));
  });
  // A page that goes (its port closes) takes its drafts and its offered box with it.
  watchPagePorts((listener) => browser.runtime.onConnect.addListener(listener), browser.runtime.id, answer, (tabId, page) => {
    void service.gone(tabId, { page }).catch((e) => logOnce('page-gone', e));
    void offers.withdraw(tabId, { page }).catch((e) => logOnce('page-gone', e));
  });
  // A tab that loads another page takes its offered box with it. In Firefox it takes its drafts too:
  // Firefox keeps the port of a page it puts in its back/forward cache open, and fires "loading" only
  // for another document (Chromium fires it for history.pushState too, where the composer stays).
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    void offers.withdraw(tabId).catch((e) => logOnce('tab-loading', e));
    if (import.meta.env.FIREFOX) void service.gone(tabId, {}).catch((e) => logOnce('tab-loading', e));
  });

  // Messages, and requests over a page's port (the drafts), are answered alike.
  function answer(message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
    if (sender.id !== browser.runtime.id || !isMessage(message)) return undefined;
    const fromTab = sender.tab?.id;
    // Our own pages (side panel, options), also when opened as a tab; a content script's URL is the site's.
    const fromExtensionPage = sender.url?.startsWith(browser.runtime.getURL('/')) === true;
    switch (message.type) {
      case 'draft:update': {
        const update = parseDraftUpdate(message.payload, sender.url);
        if (fromTab === undefined || fromExtensionPage || !update) return undefined;
        return service.update(fromTab, new URL(sender.url!).host, update).catch((e) => {
          logOnce('draft:update', e);
          throw e;
        });
      }
      case 'content:config': {
        const network = networkOfUrl(sender.url);
        if (fromTab === undefined || !network) return undefined;
        return rules.then((r) => contentConfig(r, network, locale));
      }
      case 'habit:count': {
        const network = networkOfUrl(sender.url);
        const { kind } = message.payload as Payload<'habit:count'>;
        if (fromTab === undefined || !network || (kind !== 'plain' && kind !== 'comment')) return undefined;
        return recordHabit(network, kind).then(() => null);
      }
      case 'draft:gone': {
        const { composerId } = message.payload as Payload<'draft:gone'>;
        if (fromTab === undefined || typeof composerId !== 'string') return undefined;
        return service.gone(fromTab, composerId).then(() => null);
      }
      case 'box:offer':
      case 'box:gone': {
        const network = networkOfUrl(sender.url);
        const { boxId } = message.payload as Payload<'box:offer'>;
        if (fromTab === undefined || fromExtensionPage || !network) return undefined;
        const done =
          message.type === 'box:offer'
            ? offers.offer(fromTab, sender.frameId ?? 0, network, new URL(sender.url!).host, boxId)
            : offers.withdraw(fromTab, boxId);
        return done.catch((e) => {
          logOnce(message.type, e);
          return null;
        });
      }
      case 'panel:open': {
        if (fromTab === undefined) return undefined;
        // Nothing may be awaited before open(): the click's user gesture carries only this far.
        sidePanel?.open({ tabId: fromTab }).catch((e) => logOnce('sidePanel.open', e));
        return Promise.resolve(null);
      }
      case 'draft:dismiss': {
        if (!fromExtensionPage) return undefined;
        const { tabId, composerId, checkId, dismissed } = (message as Message<'draft:dismiss'>).payload;
        if (typeof tabId !== 'number' || typeof composerId !== 'string' || typeof checkId !== 'string') return undefined;
        return service.dismiss(tabId, composerId, checkId, dismissed === true).then((done) => {
          if (done) void sendToTab(tabId, 'badge:set', { composerId: done.composerId, state: done.state }).catch(() => undefined);
          return null;
        });
      }
      default:
        return undefined;
    }
  }
  browser.runtime.onMessage.addListener(answer);
}
