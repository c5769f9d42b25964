/** The three site adapters, and the one for a page's URL. */
import type { NetworkId } from '../ids';
import { NETWORKS } from '../ids';
import { networkOfUrl } from '../networks';
import type { SiteAdapter } from './types';
import { x } from './x';
import { linkedin } from './linkedin';
import { facebook } from './facebook';

export type { SiteAdapter };
export { x, linkedin, facebook };

/** The adapter of each network; the compiler refuses a network of lib/ids.ts without one (and tests/unit/networks.test.ts a wrong one). */
export const ADAPTER: Readonly<Record<NetworkId, SiteAdapter>> = { x, linkedin, facebook };

export const adapters: readonly SiteAdapter[] = NETWORKS.map((id) => ADAPTER[id]);

/**
 * The adapter for the page at `url`, or null (another site, or not a URL). Which pages belong to which network
 * is one table, the descriptors' matches (lib/networks), which the adapters' manifest matches are.
 */
export function adapterFor(url: string): SiteAdapter | null {
  const network = networkOfUrl(url);
  return network ? ADAPTER[network] : null;
}
