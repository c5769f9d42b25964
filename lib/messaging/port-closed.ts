import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';

/**
 * Calls `closed` when `port` closes. Chromium closes a port with a reason when it failed (no one to connect
 * to: the service worker was stopping; the page went into the back/forward cache), and reading that reason
 * is what tells it the failure was handled: unread, it logs "Unchecked runtime.lastError" to the console of
 * the page holding the port, a site's page when that is the content script.
 */
export function onPortClosed(port: Browser.runtime.Port, closed: () => void): void {
  port.onDisconnect.addListener(() => {
    void browser.runtime.lastError;
    closed();
  });
}
