/**
 * The way in when a site changes its markup: "Review with Postcheck" in the context menu of editable
 * fields on the three sites, and the toolbar icon's "?" when the person types into a multi-line box no
 * adapter recognises (the side panel then offers "Review this box"). Either way only the person's
 * choice adopts a box; the content script that knows it does the rest.
 */
import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import { adapters } from '../sites';
import { sendToTab } from '../messaging/client';
import { lastOfferTab, offerItem } from '../drafts/offer';
import type { BoxOffer } from '../drafts/offer';
import type { NetworkId } from '../settings/schema';
import { serialByKey } from '../serial';
import { logOnce } from '../log';
import { COMPOSER_ID, onPage } from '../messaging/page-port';

export const MENU_ID = 'postcheck-review';

/** The sites' own pages, as the content scripts' matches say: the item shows nowhere else. */
export const menuPatterns = (): string[] => adapters.flatMap((a) => a.matches);

/** What the menu-item click handler needs: where the person clicked, and how to show the panel. */
type MenuApi = Pick<typeof browser.contextMenus, 'create' | 'removeAll' | 'onClicked'>;
type ClickInfo = Browser.contextMenus.OnClickData & { targetElementId?: number };

/** Chrome's `contextMenus`; Firefox's `menus` (the permission we ask for there). */
const menuApi = (): MenuApi | undefined =>
  (browser as unknown as { contextMenus?: MenuApi }).contextMenus ?? (browser as unknown as { menus?: MenuApi }).menus;

/**
 * Creates the item (again at each start of the service worker: removeAll first, since creating an id
 * that exists is an error) and answers its clicks. `openPanel` must run at once: the click's user
 * gesture carries only as far as the first await.
 */
export function startContextMenu(openPanel: (tabId: number) => void): void {
  const menus = menuApi();
  if (!menus) return;
  menus.onClicked.addListener((info: ClickInfo, tab?: Browser.tabs.Tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    openPanel(tab.id);
    // The frame the person right-clicked in: only its content script saw the box.
    sendToTab(tab.id, 'composer:adopt', { targetElementId: info.targetElementId }, info.frameId ?? 0).then(
      (reply) => {
        if (!reply?.ok) logOnce('menu:adopt', 'the box could not be adopted (gone, or the network is switched off)');
      },
      // A frame without our content script (another site's iframe) does not answer.
      (e) => logOnce('menu:adopt', e),
    );
  });
  const create = () =>
    menus.create(
      {
        id: MENU_ID,
        title: browser.i18n.getMessage('contextMenuReview') || 'Review with Postcheck',
        contexts: ['editable'],
        documentUrlPatterns: menuPatterns(),
      },
      () => {
        const error = browser.runtime.lastError;
        if (error) logOnce('menu:create', error.message);
      },
    );
  Promise.resolve(menus.removeAll())
    .then(create)
    .catch((e) => logOnce('menu:create', e));
}

/** The offers of unrecognised boxes, one per tab, in storage.session (the toolbar button shows them: ./toolbar.ts). */
export function createBoxOffers() {
  const serial = serialByKey<number>();
  return {
    offer(tabId: number, frameId: number, network: NetworkId, host: string, boxId: unknown): Promise<null> {
      if (typeof boxId !== 'string' || !COMPOSER_ID.test(boxId)) return Promise.resolve(null);
      return serial(tabId, async () => {
        const offer: BoxOffer = { tabId, frameId, boxId, network, host, at: Date.now() };
        await offerItem(tabId).setValue(offer);
        await lastOfferTab.setValue(tabId);
        return null;
      });
    },
    /** The box went or was adopted (`boxId`), its page went (`{ page }`), or the tab navigated or closed (none). */
    withdraw(tabId: number, which?: unknown): Promise<null> {
      return serial(tabId, async () => {
        const current = await offerItem(tabId).getValue();
        if (!current) return null;
        const page = typeof which === 'object' && which !== null ? (which as { page?: unknown }).page : undefined;
        if (typeof page === 'string' ? !onPage(current.boxId, page) : which !== undefined && current.boxId !== which) return null;
        await offerItem(tabId).removeValue();
        if ((await lastOfferTab.getValue()) === tabId) await lastOfferTab.removeValue();
        return null;
      });
    },
  };
}
