/**
 * Every network's descriptor, by id, and what follows from them: names, and the network of a URL. Zod-free and
 * DOM-free, so the engine, the background, the pages and the content script's adapters can all read it.
 * Adding a network: docs/adding-a-network.md.
 */
import { NETWORKS } from '../ids';
import type { NetworkId } from '../ids';
import type { NetworkDescriptor } from './types';
import { x } from './x';
import { linkedin } from './linkedin';
import { facebook } from './facebook';

export type { FitJudge, LengthCounting, NetworkDescriptor } from './types';

/** The descriptors; the compiler refuses a network of lib/ids.ts without one here. */
export const NETWORK: { readonly [N in NetworkId]: NetworkDescriptor<N> } = { x, linkedin, facebook };

/** Every descriptor, in the order of NETWORKS. */
export const DESCRIPTORS: readonly NetworkDescriptor[] = NETWORKS.map((id) => NETWORK[id]);

/** Names by id ("LinkedIn"), for the checks' reasons. */
export const NETWORK_NAMES: Readonly<Record<NetworkId, string>> = Object.fromEntries(DESCRIPTORS.map((d) => [d.id, d.name])) as Record<
  NetworkId,
  string
>;

/** Whether `url` matches a match pattern of the `scheme://host/*` form (host may start with `*.`), as the browser matches content scripts. */
export function matchesPattern(url: URL, pattern: string): boolean {
  const m = /^(https?|\*):\/\/([^/]+)\//.exec(pattern);
  if (!m) return false;
  const [, scheme = '', host = ''] = m;
  if (scheme === '*' ? url.protocol !== 'https:' && url.protocol !== 'http:' : `${scheme}:` !== url.protocol) return false;
  if (host.startsWith('*.')) return url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1));
  return url.hostname === host;
}

/**
 * The network whose pages `url` is on: exactly the pages its content script runs on (its descriptor's
 * matches), so a sender's URL, a tab's network and the manifest can never disagree. Null for another site,
 * or for what is not a URL.
 */
export function networkOfUrl(url: string | undefined): NetworkId | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return DESCRIPTORS.find((d) => d.matches.some((p) => matchesPattern(parsed, p)))?.id ?? null;
}
