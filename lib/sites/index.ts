/** The three site adapters, and the one for a page's URL. */
import type { SiteAdapter } from './types';
import { x } from './x';
import { linkedin } from './linkedin';
import { facebook } from './facebook';

export type { SiteAdapter };
export { x, linkedin, facebook };

export const adapters: readonly SiteAdapter[] = [x, linkedin, facebook];

/** Whether `url` matches a manifest match pattern of the `scheme://host/*` form (host may start with `*.`). */
function matchesPattern(url: URL, pattern: string): boolean {
  const m = /^(https?|\*):\/\/([^/]+)\//.exec(pattern);
  if (!m) return false;
  const [, scheme = '', host = ''] = m;
  if (scheme !== '*' && `${scheme}:` !== url.protocol) return false;
  if (host.startsWith('*.')) return url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1));
  return url.hostname === host;
}

/** The adapter whose content-script matches cover `url`, or null (another site, or not a URL). */
export function adapterFor(url: string): SiteAdapter | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return adapters.find((a) => a.matches.some((p) => matchesPattern(parsed, p))) ?? null;
}
