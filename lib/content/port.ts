/**
 * The page's port to the background (see lib/messaging/page-port.ts) and requests over it. Opened with
 * the first request, and again after the port closed (Chromium stops an idle service worker): requests
 * in flight when it closes fail, and their sender tries again. Closed by the browser when the page goes.
 */
import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import type { MessageType, Payload, Reply } from '../messaging/protocol';
import { isPortReply, portName, POST } from '../messaging/page-port';
import type { PortRequest } from '../messaging/page-port';
import { onPortClosed } from '../messaging/port-closed';

interface Pending {
  resolve(reply: unknown): void;
  reject(error: Error): void;
}

export interface PagePort {
  request<T extends MessageType>(type: T, payload: Payload<T>): Promise<Reply<T>>;
  /**
   * Sends without waiting for an answer: the answer for `key` comes to `told` only when it differs from
   * the last one told. Throws when the message cannot go (no background to connect to).
   */
  post<T extends MessageType>(type: T, payload: Payload<T>, key: string): void;
  /** Close it (Postcheck stopping on this page). */
  close(): void;
}

export interface PortEvents {
  /** the port closed without our asking (the service worker stopped or crashed) */
  broken?: () => void;
  /** a post's answer for `key` changed (or its error) */
  told?: (key: string, reply: unknown, error: string | undefined) => void;
}

export function pagePort(pageId: string, { broken = () => undefined, told = () => undefined }: PortEvents = {}): PagePort {
  let open: { port: Browser.runtime.Port; pending: Map<number, Pending> } | null = null;
  let next = 0;

  const connect = () => {
    if (open) return open;
    const port = browser.runtime.connect({ name: portName(pageId) });
    const pending = new Map<number, Pending>();
    port.onMessage.addListener((message: unknown) => {
      if (!isPortReply(message)) return;
      if (message.rpc === POST) {
        told(message.key ?? '', message.reply ?? null, message.error);
        return;
      }
      const waiting = pending.get(message.rpc);
      pending.delete(message.rpc);
      if (message.error !== undefined) waiting?.reject(new Error(message.error));
      else waiting?.resolve(message.reply ?? null);
    });
    onPortClosed(port, () => {
      const current = open?.port === port;
      if (current) open = null;
      for (const waiting of pending.values()) waiting.reject(new Error('The connection to the background closed.'));
      pending.clear();
      if (current) broken();
    });
    open = { port, pending };
    return open;
  };

  return {
    request<T extends MessageType>(type: T, payload: Payload<T>): Promise<Reply<T>> {
      return new Promise((resolve, reject) => {
        try {
          const { port, pending } = connect();
          const rpc = ++next;
          port.postMessage({ rpc, type, payload } satisfies PortRequest);
          pending.set(rpc, { resolve, reject });
        } catch (e) {
          reject(e instanceof Error ? e : new Error(String(e)));
        }
      });
    },
    post<T extends MessageType>(type: T, payload: Payload<T>, key: string): void {
      connect().port.postMessage({ rpc: POST, type, payload, key } satisfies PortRequest);
    },
    close() {
      const closing = open;
      open = null;
      closing?.port.disconnect();
    },
  };
}
