// Change the rules the way the options page does — one write to extension storage — from the
// service worker, so a test can switch a setting on and watch the extension follow.
import { defaultRules } from '../../../lib/settings/defaults';
import type { Rules } from '../../../lib/settings/schema';
import type { Browser } from 'webextension-polyfill';
import type { ExtensionSession } from '../harness';

// Functions passed to worker.evaluate run in the service worker, where the extension API is the `chrome` global.
declare const chrome: Browser;

export async function setRules(ext: ExtensionSession, change: (rules: Rules) => void): Promise<void> {
  const rules = defaultRules();
  change(rules);
  const worker = await ext.serviceWorker();
  await worker.evaluate(async (value) => {
    await chrome.storage.sync.set({ rules: value });
  }, rules);
}
