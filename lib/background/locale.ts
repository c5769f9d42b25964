import { LANGS } from '../settings/schema';
import type { Lang } from '../settings/schema';

/** 'de-DE' → 'de'; anything we don't speak → 'en'. */
export function toLang(tag: string | undefined): Lang {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0] as Lang;
  return LANGS.includes(base) ? base : 'en';
}
