/**
 * fakeBrowser leaves i18n unimplemented: answer getMessage from the English messages.json the
 * extension ships, resolving placeholders and $1…$9 as the browser does.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../../public/_locales/en/messages.json';

export type Entry = { message: string; placeholders?: Record<string, { content: string }> };

/** getMessage as the browser answers it from one language's messages.json. */
export function messageFrom(messages: Record<string, Entry>) {
  return (name: string, substitutions: string | string[] = []): string => {
    const entry = messages[name];
    if (!entry) return '';
    const subs = Array.isArray(substitutions) ? substitutions : [substitutions];
    const placeholders = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
    return entry.message
      .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, key: string) => placeholders[key.toLowerCase()] ?? whole)
      .replace(/\$(\d|\$)/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
  };
}

export const englishMessage = messageFrom(en as Record<string, Entry>);

/** The pages speak `messages` (one language's messages.json). */
export function speak(messages: Record<string, Entry>): void {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(messageFrom(messages) as typeof fakeBrowser.i18n.getMessage);
}

export function useEnglishMessages(): void {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(englishMessage as typeof fakeBrowser.i18n.getMessage);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
}
