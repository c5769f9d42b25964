/**
 * Content scripts are the least trusted callers: the page around them is someone else's.
 * Check who sent a message and that its payload has the shape we expect before acting on it.
 */
import { NETWORKS } from '../ids';
import type { NetworkId } from '../ids';
import { COMPOSER_KINDS } from '../review/types';
import type { DraftUpdate } from '../messaging/protocol';
import { COMPOSER_ID } from '../messaging/page-port';

/** Longer than any network allows by far; anything past it is not a draft. */
export const MAX_DRAFT_CHARS = 200_000;

const HOSTS: Record<NetworkId, RegExp> = {
  x: /^(?:www\.|mobile\.)?(?:x|twitter)\.com$/,
  linkedin: /^(?:www\.)?linkedin\.com$/,
  facebook: /^(?:www\.|web\.|m\.)?facebook\.com$/,
};

export function networkOfUrl(url: string | undefined): NetworkId | null {
  if (!url) return null;
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'https:') return null;
    return NETWORKS.find((n) => HOSTS[n].test(hostname)) ?? null;
  } catch {
    return null;
  }
}

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
