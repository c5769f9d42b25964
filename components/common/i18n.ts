/**
 * UI strings for the extension pages, through the browser's own i18n (public/_locales).
 * Keys are typed from the English file, so a missing key is a type error, not a blank label.
 */
import { browser } from 'wxt/browser';
import { uiLang, uiLocale } from '../../lib/ui-language';
import type { MessageKey } from '../../lib/ui-language';

export type { MessageKey };

/** The message for `key` with $1…$9 filled from `subs`; the key itself if the browser has no such message. */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  return browser.i18n.getMessage(key, subs.map(String)) || key;
}

export { uiLang };

/** Numbers as the UI language writes them (3 000 in Swedish, 3.000 in German). */
export function formatNumber(n: number): string {
  return new Intl.NumberFormat(uiLocale()).format(n);
}
