/** UI strings for what the content script draws on the site, with an English fallback if the browser has none. */
import { browser } from 'wxt/browser';
import type { MessageKey } from '../ui-language';

export function message(key: MessageKey, fallback: string, subs?: string[]): string {
  try {
    return browser.i18n.getMessage(key, subs) || fallback;
  } catch {
    return fallback;
  }
}
