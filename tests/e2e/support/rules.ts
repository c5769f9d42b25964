// Change the rules as another browser of the person does — one write to storage.sync — from the
// service worker, so a test can switch a setting on and watch the extension follow.
import { syncItemsFor } from '../../../lib/settings/chunks';
import { defaultRules } from '../../../lib/settings/defaults';
import type { Rules } from '../../../lib/settings/schema';
import type { Browser } from 'webextension-polyfill';
import type { ExtensionSession } from '../harness';

// Functions passed to worker.evaluate run in the service worker, where the extension API is the `chrome` global.
declare const chrome: Browser;

let lastStamp = 0;

/** As another browser of the person saves them: a newer copy in storage.sync, as a meta and chunks. */
export async function setRules(ext: ExtensionSession, change: (rules: Rules) => void): Promise<void> {
  const rules = defaultRules();
  change(rules);
  lastStamp = Math.max(Date.now(), lastStamp + 1);
  const { items } = syncItemsFor(JSON.stringify(rules), { t: lastStamp, d: 'e2e-other-browser' });
  const worker = await ext.serviceWorker();
  await worker.evaluate(async (value) => {
    await chrome.storage.sync.set(value);
  }, items);
}
