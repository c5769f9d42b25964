// What an extension storage area holds, read from the service worker.
import type { Browser } from 'webextension-polyfill';
import type { ExtensionSession } from '../harness';

// Functions passed to worker.evaluate run in the service worker, where the extension API is the `chrome` global.
declare const chrome: Browser;

export type Area = 'local' | 'sync' | 'session';

export async function readStorage(ext: ExtensionSession, area: Area): Promise<Record<string, unknown>> {
  const worker = await ext.serviceWorker();
  return worker.evaluate((a) => chrome.storage[a].get(null), area);
}
