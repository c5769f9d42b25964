/**
 * The background's side of lib/messaging/page-port.ts: requests over a page's port are answered as
 * messages are, and the port disconnecting means the page went, and its drafts with it. (A port also
 * breaks when Chromium stops an idle service worker: the page connects again with its next draft.)
 */
import type { Browser } from 'wxt/browser';
import { isPortRequest, pageOfPort } from '../messaging/page-port';
import type { PortReply } from '../messaging/page-port';

/** What answers a message from a content script: a reply (or its promise), or undefined when it is not ours to answer. */
export type Answer = (message: unknown, sender: Browser.runtime.MessageSender) => Promise<unknown> | undefined;

export function watchPagePorts(
  onConnect: (listener: (port: Browser.runtime.Port) => void) => void,
  ownId: string,
  answer: Answer,
  pageGone: (tabId: number, pageId: string) => void,
): void {
  onConnect((port) => {
    const pageId = pageOfPort(port.name);
    const sender = port.sender;
    const tabId = sender?.tab?.id;
    if (!pageId || !sender || tabId === undefined || sender.id !== ownId) return;
    const reply = (message: PortReply) => {
      try {
        port.postMessage(message);
      } catch {
        // The page went while its request was answered: nobody is waiting.
      }
    };
    port.onMessage.addListener((message: unknown) => {
      if (!isPortRequest(message)) return;
      const { rpc, type, payload } = message;
      Promise.resolve()
        .then(() => answer({ type, payload }, sender))
        .then(
          (value) => reply({ rpc, reply: value ?? null }),
          (error: unknown) => reply({ rpc, error: error instanceof Error ? error.message : String(error) }),
        );
    });
    port.onDisconnect.addListener(() => pageGone(tabId, pageId));
  });
}
