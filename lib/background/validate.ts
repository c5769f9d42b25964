/**
 * Content scripts are the least trusted callers: the page around them is someone else's.
 * Check who sent a message and that its payload has the shape we expect before acting on it.
 */
import { COMPOSER_KINDS, NETWORKS } from '../ids';
import type { NetworkId } from '../ids';
import { networkOfUrl } from '../networks';
import type { DraftUpdate } from '../messaging/protocol';
import { COMPOSER_ID } from '../messaging/page-port';

/**
 * A page's network is that of the content script that runs on it (lib/networks: the manifest's matches), so a
 * sender outside them, m.facebook.com say, speaks for no network.
 */
export { networkOfUrl };

/** Longer than any network allows by far; anything past it is not a draft. */
export const MAX_DRAFT_CHARS = 200_000;

export function parseDraftUpdate(payload: unknown, senderUrl: string | undefined): DraftUpdate | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const p = payload as Record<string, unknown>;
  const { composerId, network, kind, text } = p;
  if (typeof composerId !== 'string' || !COMPOSER_ID.test(composerId)) return null;
  if (typeof text !== 'string' || text.length > MAX_DRAFT_CHARS) return null;
  if (!NETWORKS.includes(network as NetworkId) || !COMPOSER_KINDS.includes(kind as DraftUpdate['kind'])) return null;
  // A page may only speak for its own network.
  if (networkOfUrl(senderUrl) !== network) return null;
  return { composerId, network: network as NetworkId, kind: kind as DraftUpdate['kind'], text };
}
