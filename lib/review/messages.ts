/**
 * Localized strings for the checks. Each check keeps its strings in
 * data/messages/<id>.json as { en: {...}, de: {...}, sv: {...} } and hands the table
 * to `review()` through its definition; templates use {name} placeholders.
 * Missing keys fall back to English, then to the key itself, so a gap never throws.
 */
import type { Lang } from '../settings/schema';

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
