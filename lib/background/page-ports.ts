/**
 * The background's side of lib/messaging/page-port.ts: a page's port disconnecting means the page
 * went, and its drafts with it. (A port can also break because Chromium stopped an idle service
 * worker: then the page connects again with its next draft, and until then nothing is dropped.)
 */
import type { Runtime } from 'webextension-polyfill';
import { pageOfPort } from '../messaging/page-port';

export function watchPagePorts(
  onConnect: (listener: (port: Runtime.Port) => void) => void,
  ownId: string,
  pageGone: (tabId: number, pageId: string) => void,
): void {
  onConnect((port) => {
    const pageId = pageOfPort(port.name);
    const tabId = port.sender?.tab?.id;
    if (!pageId || tabId === undefined || port.sender?.id !== ownId) return;
    port.onDisconnect.addListener(() => pageGone(tabId, pageId));
  });
}
