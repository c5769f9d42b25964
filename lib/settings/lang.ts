import { LANGS } from './schema';
import type { Lang } from './schema';

/** 'de-DE' → 'de'; anything we don't speak → 'en'. */
export function toLang(tag: string | undefined): Lang {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0] as Lang;
  return LANGS.includes(base) ? base : 'en';
}
