/**
 * The background's side of lib/messaging/page-port.ts: requests over a page's port are answered as
 * messages are, and the port disconnecting means the page went, and its drafts with it. (A port also
 * breaks when Chromium stops an idle service worker: the page connects again with its next draft.)
 */
import type { Browser } from 'wxt/browser';
import { isPortRequest, pageOfPort, POST } from '../messaging/page-port';
import type { PortReply } from '../messaging/page-port';
import { onPortClosed } from '../messaging/port-closed';

/** How many keys' last answers a page's port remembers. */
const MAX_KEYS = 64;

/** What answers a message from a content script: a reply (or its promise), or undefined when it is not ours to answer. */
export type Answer = (message: unknown, sender: Browser.runtime.MessageSender) => Promise<unknown> | undefined;

export interface PagePorts {
  /**
   * The badge of `key` on tab `tabId` was told its state another way (a rules change, a dismissal, a held
   * draft that could not be stored): the next answer for it is told whatever the last one was.
   */
  forget(tabId: number, key: string): void;
}

export function watchPagePorts(
  onConnect: (listener: (port: Browser.runtime.Port) => void) => void,
  ownId: string,
  answer: Answer,
  pageGone: (tabId: number, pageId: string) => void,
): PagePorts {
  // Each open page's told answers, by tab.
  const byTab = new Map<number, Set<Map<string, string>>>();
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
    // A post's last answer told, per key: the same answer again is not sent.
    const told = new Map<string, string>();
    const tabTold = byTab.get(tabId) ?? new Set();
    byTab.set(tabId, tabTold.add(told));
    const tell = (key: string, value: unknown) => {
      const json = JSON.stringify(value ?? null);
      if (told.get(key) === json) return;
      told.delete(key);
      told.set(key, json);
      // A page's composers come and go: only the latest few are remembered.
      if (told.size > MAX_KEYS) told.delete(told.keys().next().value!);
      reply({ rpc: POST, key, reply: value ?? null });
    };
    port.onMessage.addListener((message: unknown) => {
      if (!isPortRequest(message)) return;
      const { rpc, type, payload, key } = message;
      const failed = (error: unknown) => (error instanceof Error ? error.message : String(error));
      const answered = Promise.resolve().then(() => answer({ type, payload }, sender));
      if (rpc !== POST) {
        answered.then(
          (value) => reply({ rpc, reply: value ?? null }),
          (error: unknown) => reply({ rpc, error: failed(error) }),
        );
        return;
      }
      const k = typeof key === 'string' ? key : '';
      answered.then(
        (value) => tell(k, value),
        (error: unknown) => {
          told.delete(k);
          reply({ rpc: POST, key: k, error: failed(error) });
        },
      );
    });
    onPortClosed(port, () => {
      tabTold.delete(told);
      if (!tabTold.size) byTab.delete(tabId);
      pageGone(tabId, pageId);
    });
  });
  return {
    forget(tabId, key) {
      for (const told of byTab.get(tabId) ?? []) told.delete(key);
    },
  };
}
