/**
 * First run: a fresh install opens the welcome page, where the person makes the starting rules their
 * own. An update, a browser update or a shared module's update opens nothing (the person has set up);
 * what an update added is said once in the side panel (lib/settings/whats-new.ts), and an install,
 * whose welcome page shows it all, marks those notes seen.
 */
import { browser } from 'wxt/browser';
import { logOnce } from '../log';
import { allSeen, WHATS_NEW_SEEN_KEY } from '../settings/whats-new';

export const WELCOME_PAGE = '/welcome.html';

/** Whether an onInstalled event is the one that shows the welcome page. */
export function opensWelcome(details: { reason: string }): boolean {
  return details.reason === 'install';
}

/** Listens for the install; registered at the worker's start, as onInstalled fires only to listeners added then. */
export function watchFirstRun(): void {
  browser.runtime.onInstalled.addListener((details) => {
    if (!opensWelcome(details)) return;
    browser.storage.local.set({ [WHATS_NEW_SEEN_KEY]: allSeen() }).catch((e) => logOnce('whats-new', e));
    browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) }).catch((e) => logOnce('welcome', e));
  });
}
