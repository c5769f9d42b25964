/**
 * The language Postcheck speaks here, read from its own messages: each _locales file names its language
 * (`messagesLanguage`), so the review (in the background), every page's frame and their number and date
 * formats all follow the language the browser picked for the messages. Neither `getUILanguage()` nor
 * `@@ui_locale` can be trusted for that: Chromium started with --lang=de and no LANGUAGE answers en-US to
 * both in its service worker while its messages come out in German.
 */
import { browser } from 'wxt/browser';
import { toLang } from './settings/lang';
import type { Lang } from './ids';

/** The keys of the extension's own messages (public/_locales), typed from the English file: a missing key is a type error. */
export type MessageKey = keyof typeof import('../public/_locales/en/messages.json');

/** A BCP 47 tag such as 'de' or 'en-US'. */
export function uiLocale(): string {
  for (const read of [() => browser.i18n.getMessage('messagesLanguage'), () => browser.i18n.getUILanguage()]) {
    try {
      const tag = read();
      if (tag) return tag;
    } catch {
      // No i18n here (a test's fake browser): try the next, and English in the end.
    }
  }
  return 'en';
}

/** The language Postcheck speaks here: en, de or sv. */
export const uiLang = (): Lang => toLang(uiLocale());
