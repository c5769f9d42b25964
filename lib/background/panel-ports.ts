/**
 * The background's side of lib/messaging/panel-port.ts: the ports of open side panels (our own
 * extension pages only), and each tab's reviewed draft sent to them as it is made. No panel open,
 * nothing sent.
 */
import type { Browser } from 'wxt/browser';
import type { StoredDraft } from '../drafts/state';
import { PANEL_PORT } from '../messaging/panel-port';
import type { PanelPush } from '../messaging/panel-port';
import { onPortClosed } from '../messaging/port-closed';

export interface PanelPorts {
  publish(tabId: number, draft: StoredDraft | null): void;
  /** Whether any panel is open. */
  open(): boolean;
}

export function watchPanelPorts(onConnect: (listener: (port: Browser.runtime.Port) => void) => void, ownPages: string): PanelPorts {
  const ports = new Set<Browser.runtime.Port>();
  onConnect((port) => {
    // A content script has our id too, but its sender's URL is the site's page.
    if (port.name !== PANEL_PORT || !port.sender?.url?.startsWith(ownPages)) return;
    ports.add(port);
    onPortClosed(port, () => ports.delete(port));
  });
  return {
    open: () => ports.size > 0,
    publish(tabId, draft) {
      const push: PanelPush = { tabId, draft };
      for (const port of ports) {
        try {
          port.postMessage(push);
        } catch {
          // Closed as we sent: its onDisconnect takes it out.
          ports.delete(port);
        }
      }
    },
  };
}
