import { storage } from 'wxt/utils/storage';
import { serialByKey } from '../serial';
import type { NudgeEvent } from '../messaging/protocol';
import type { NetworkId } from '../settings/schema';
import { countHabit } from './habits';
import type { Habits } from './habits';
import { readNudges, recordNudge } from './nudges';
import { markOffered, readDismissals, recordDismissal } from './dismissals';
import type { Dismissals } from './dismissals';
import type { NudgeLimits, Nudges } from './nudges';
import { isoWeek } from './week';

/** In storage.local: counts are this browser's own, not synced. */
export const habitsItem = storage.defineItem<Habits>('local:habits', { fallback: {} });
/** The nudges' back-off (./nudges.ts), also this browser's own. */
export const nudgesItem = storage.defineItem<Nudges | null>('local:nudges', { fallback: null });

const serial = serialByKey<'habits'>();

export const loadNudges = async (): Promise<Nudges> => readNudges(await nudgesItem.getValue());

/**
 * Counts one event: a share is counted this week and, with a post's outcome, in the nudges' back-off
 * when `limits` are given. Counts arriving together (two tabs) are added one after the other.
 */
export function recordHabit(network: NetworkId, kind: NudgeEvent, limits?: NudgeLimits, at = new Date()): Promise<void> {
  return serial('habits', async () => {
    if (kind === 'plain' || kind === 'comment') {
      await habitsItem.setValue(countHabit(await habitsItem.getValue(), isoWeek(at), network, kind));
    }
    if (limits) await nudgesItem.setValue(recordNudge(await loadNudges(), network, kind, limits, at.getTime()));
  });
}

/** Checks dismissed per network, and the offers made (./dismissals.ts): this browser's own. */
export const dismissalsItem = storage.defineItem<Dismissals | null>('local:dismissals', { fallback: null });

export const loadDismissals = async (): Promise<Dismissals> => readDismissals(await dismissalsItem.getValue());

/** Counts one dismissal of a check on a network. */
export function recordDismissed(network: NetworkId, checkId: string, at = new Date()): Promise<void> {
  return serial('habits', async () => {
    await dismissalsItem.setValue(recordDismissal(await loadDismissals(), network, checkId, at.getTime()));
  });
}

/** The offer for a check on a network was made: it is not made again. */
export function recordOffered(network: NetworkId, checkId: string): Promise<void> {
  return serial('habits', async () => {
    await dismissalsItem.setValue(markOffered(await loadDismissals(), network, checkId));
  });
}
