/**
 * UI strings for the extension pages, through the browser's own i18n (public/_locales).
 * Keys are typed from the English file, so a missing key is a type error, not a blank label.
 */
import { browser } from 'wxt/browser';
import { toLang } from '../../lib/settings/lang';
import type { Lang } from '../../lib/settings/schema';

export type MessageKey = keyof typeof import('../../public/_locales/en/messages.json');

/** The message for `key` with $1…$9 filled from `subs`; the key itself if the browser has no such message. */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  return browser.i18n.getMessage(key, subs.map(String)) || key;
}

/** The browser's UI language as one the review speaks ('de-AT' → 'de'; anything else → 'en'). */
export function uiLang(): Lang {
  return toLang(browser.i18n.getUILanguage());
}

/** Numbers as the UI language writes them (3 000 in Swedish, 3.000 in German). */
export function formatNumber(n: number): string {
  return new Intl.NumberFormat(browser.i18n.getUILanguage()).format(n);
}
