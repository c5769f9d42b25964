import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { CHECK_IDS, LANGS } from '../../../lib/settings/schema';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const root = new URL('../../../', import.meta.url);
const read = <T,>(path: string): T => JSON.parse(readFileSync(new URL(path, root), 'utf8')) as T;
const locales = Object.fromEntries(LANGS.map((l) => [l, read<Messages>(`public/_locales/${l}/messages.json`)]));

describe('UI strings', () => {
  test.each(LANGS.filter((l) => l !== 'en'))('%s has every English key, with the same placeholders', (lang) => {
    const en = locales.en!;
    const other = locales[lang]!;
    expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
    for (const [key, entry] of Object.entries(en)) {
      const names = (e: Messages[string] | undefined) => Object.keys(e?.placeholders ?? {}).sort();
      expect(names(other[key]), key).toEqual(names(entry));
      // every placeholder the message defines is used in the translation
      for (const name of names(entry)) expect(other[key]!.message.toLowerCase(), key).toContain(`$${name}$`);
    }
  });

  test.each(LANGS)('%s: the panel names each check as the review titles it', (lang) => {
    for (const id of CHECK_IDS) {
      const engine = read<Record<string, { title: string }>>(`lib/review/data/messages/${id}.json`);
      expect(locales[lang]![`checkName_${id.replace(/-/g, '_')}`]?.message, id).toBe(engine[lang]!.title);
    }
  });
});
