/**
 * A check the person keeps dismissing on one network: M dismissals there within 14 days (M from the
 * rules) earn one offer in the panel to make it a warning or switch it off on that network. The offer
 * is made once per check and network, whatever the answer; the rules change only on the person's click.
 * Pure: the time is always passed in (ms since the epoch), never read here. Counts only, never text.
 */
import type { NetworkId } from '../settings/schema';

export const DISMISS_WINDOW_MS = 14 * 86_400_000;
/** More than the highest M the rules allow: older dismissals are never needed. */
const KEPT = 50;

export interface Dismissals {
  /** "network:checkId" → when it was dismissed, within the window, oldest first */
  times: Record<string, number[]>;
  /** "network:checkId" pairs already offered */
  offered: string[];
}

const keyOf = (network: NetworkId, checkId: string) => `${network}:${checkId}`;

/** Whatever storage held, read as dismissals (anything malformed is dropped). */
export function readDismissals(stored: unknown): Dismissals {
  const times: Record<string, number[]> = {};
  const offered: string[] = [];
  if (typeof stored === 'object' && stored !== null) {
    const t: unknown = Reflect.get(stored, 'times');
    if (typeof t === 'object' && t !== null) {
      for (const [key, list] of Object.entries(t)) {
        if (Array.isArray(list)) times[key] = list.filter((n): n is number => typeof n === 'number' && Number.isFinite(n));
      }
    }
    const o: unknown = Reflect.get(stored, 'offered');
    if (Array.isArray(o)) offered.push(...o.filter((k): k is string => typeof k === 'string'));
  }
  return { times, offered };
}

const recent = (list: readonly number[] | undefined, now: number) => (list ?? []).filter((at) => at > now - DISMISS_WINDOW_MS && at <= now);

/** One more dismissal of `checkId` on `network` at `now`; those older than the window are dropped. */
export function recordDismissal(d: Dismissals, network: NetworkId, checkId: string, now: number): Dismissals {
  const key = keyOf(network, checkId);
  return { ...d, times: { ...d.times, [key]: [...recent(d.times[key], now), now].slice(-KEPT) } };
}

/** The checks on `network` dismissed at least `threshold` times within the window and not offered yet. */
export function dismissOffers(d: Dismissals, network: NetworkId, threshold: number, now: number): string[] {
  const prefix = `${network}:`;
  return Object.entries(d.times)
    .filter(([key, list]) => key.startsWith(prefix) && !d.offered.includes(key) && recent(list, now).length >= threshold)
    .map(([key]) => key.slice(prefix.length));
}

/** The offer for `checkId` on `network` was made (answered either way): never again. */
export function markOffered(d: Dismissals, network: NetworkId, checkId: string): Dismissals {
  const key = keyOf(network, checkId);
  if (d.offered.includes(key)) return d;
  const { [key]: _, ...times } = d.times;
  return { times, offered: [...d.offered, key] };
}
