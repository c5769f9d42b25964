/**
 * WXT's fake browser has no runtime.connect. This gives it one that carries a page port's requests
 * (lib/content/port.ts) to the fake's runtime.onMessage listeners, as the background answers them
 * (lib/background/page-ports.ts), so component tests listen for drafts as for any message.
 */
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isPortRequest, POST } from '../../lib/messaging/page-port';
import type { PortReply } from '../../lib/messaging/page-port';

type Listener<T> = (value: T) => void;

function answerAsListeners(message: unknown): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const sendResponse = (reply: unknown) => {
      answered = true;
      resolve(reply);
    };
    fakeBrowser.runtime.onMessage.trigger(message, {}, sendResponse).then((results: unknown[]) => {
      if (answered) return;
      const reply = results.find((r) => r !== undefined && r !== true);
      resolve(reply);
    }, reject);
  });
}

/** Breaks every port the bridge opened, as a stopped service worker does (each one's onDisconnect fires). */
let breakers: (() => void)[] = [];
export function breakPorts(): void {
  const now = breakers;
  breakers = [];
  now.forEach((b) => b());
}

export function bridgePortsToMessages(): void {
  breakers = [];
  (fakeBrowser.runtime as unknown as { connect: unknown }).connect = ({ name }: { name: string }) => {
    const incoming: Listener<PortReply>[] = [];
    const gone: Listener<void>[] = [];
    const told = new Map<string, string>();
    let connected = true;
    breakers.push(() => {
      if (!connected) return;
      connected = false;
      gone.forEach((l) => l());
    });
    return {
      name,
      onMessage: { addListener: (l: Listener<PortReply>) => incoming.push(l) },
      onDisconnect: { addListener: (l: Listener<void>) => gone.push(l) },
      disconnect: () => {
        connected = false;
      },
      postMessage(message: unknown) {
        if (!connected) throw new Error('Attempting to use a disconnected port object');
        if (!isPortRequest(message)) return;
        const { rpc, type, payload, key = '' } = message;
        const deliver = (reply: PortReply) => connected && incoming.forEach((l) => l(reply));
        if (rpc === POST) {
          // A post: its answer is told only when it differs from the last one told for its key, as the background does.
          answerAsListeners({ type, payload }).then(
            (reply: unknown) => {
              const json = JSON.stringify(reply ?? null);
              if (told.get(key) === json) return;
              told.set(key, json);
              deliver({ rpc, key, reply: reply ?? null });
            },
            (error: unknown) => {
              told.delete(key);
              deliver({ rpc, key, error: error instanceof Error ? error.message : String(error) });
            },
          );
          return;
        }
        // Every runtime.onMessage listener, as the browser (with the polyfill) calls them: the first that answers,
        // by a returned promise or by sendResponse, gives the reply. (The fake's own sendMessage takes only sendResponse.)
        answerAsListeners({ type, payload }).then(
          (reply: unknown) => deliver({ rpc, reply: reply ?? null }),
          (error: unknown) => deliver({ rpc, error: error instanceof Error ? error.message : String(error) }),
        );
      },
    };
  };
}

/** A port as the background's onConnect hands it over: what it posted, and its other end's message and disconnect. */
export function fakePort(name: string, sender: Browser.runtime.MessageSender) {
  const gone: (() => void)[] = [];
  const incoming: ((m: unknown) => void)[] = [];
  const posted: unknown[] = [];
  const port = {
    name,
    sender,
    onDisconnect: { addListener: (l: () => void) => gone.push(l) },
    onMessage: { addListener: (l: (m: unknown) => void) => incoming.push(l) },
    postMessage: (m: unknown) => posted.push(m),
  } as unknown as Browser.runtime.Port;
  return { port, posted, send: (m: unknown) => incoming.forEach((l) => l(m)), disconnect: () => gone.forEach((l) => l()) };
}
