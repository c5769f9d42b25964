/**
 * Localized strings for the checks. Each check keeps its strings in
 * data/messages/<id>.json as { en: {...}, de: {...}, sv: {...} } and hands the table
 * to `review()` through its definition; templates use {name} placeholders.
 * Missing keys fall back to English, then to the key itself, so a gap never throws.
 */
import type { Lang } from '../ids';

export type MessageTable = Record<Lang, Record<string, string>>;
export type Translate = (key: string, params?: Record<string, string | number>) => string;

export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function translator(table: MessageTable, locale: Lang, name: string): Translate {
  return (key, params) => fill(table[locale]?.[key] ?? table.en?.[key] ?? `${name}.${key}`, params);
}

/** Quote a phrase as the locale does: “…” in English and Swedish-style ”…”, „…“ in German. */
export function quote(text: string, locale: Lang): string {
  if (locale === 'de') return `„${text}“`;
  if (locale === 'sv') return `”${text}”`;
  return `“${text}”`;
}

/** Join a list for a reason line, at most `max` items then "…". */
export function list(items: readonly string[], locale: Lang, max = 3): string {
  const shown = items.slice(0, max).map((i) => quote(i, locale));
  return items.length > max ? `${shown.join(', ')}, …` : shown.join(', ');
}

/**
 * `list()` of what the draft said: each piece flattened to one line and shortened (`excerpt`),
 * each once however often or in whatever case it occurs. Stops reading once it has more than
 * it shows, so citing from a 60,000-character paste costs no more than from a tweet.
 */
export function cite(items: readonly string[], locale: Lang, max = 3): string {
  const unique = new Map<string, string>();
  for (const item of items) {
    const shown = excerpt(item);
    if (!unique.has(shown.toLowerCase())) unique.set(shown.toLowerCase(), shown);
    if (unique.size > max) break;
  }
  return list([...unique.values()], locale, max);
}

/** A long piece of the draft shortened for a reason line: cut at a word boundary, then "…". */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length <= max) return flat;
  // never split a surrogate pair (an emoji) in two
  const code = flat.charCodeAt(max - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
  const cut = flat.slice(0, end);
  const space = cut.lastIndexOf(' ');
  const kept = space > max / 2 ? cut.slice(0, space) : cut;
  // trailing spaces and punctuation (/[\s,;:.!?-]+$/u), read backwards: that pattern retries from every one of a long run
  let stop = kept.length;
  while (stop > 0 && (kept[stop - 1] === ' ' || ',;:.!?-'.includes(kept[stop - 1]!))) stop--;
  return `${kept.slice(0, stop)}…`;
}
