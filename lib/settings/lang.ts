import { LANGS } from '../ids';
import type { Lang } from '../ids';

/** 'de-DE' → 'de'; anything we don't speak → 'en'. */
export function toLang(tag: string | undefined): Lang {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0] as Lang;
  return LANGS.includes(base) ? base : 'en';
}
