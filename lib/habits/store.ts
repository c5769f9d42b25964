import { storage } from 'wxt/utils/storage';
import { serialByKey } from '../serial';
import type { HabitKind } from '../messaging/protocol';
import type { NetworkId } from '../settings/schema';
import { countHabit } from './habits';
import type { Habits } from './habits';
import { isoWeek } from './week';

/** In storage.local: counts are this browser's own, not synced. */
export const habitsItem = storage.defineItem<Habits>('local:habits', { fallback: {} });

const serial = serialByKey<'habits'>();

/** Counts one habit this week; counts arriving together (two tabs) are added one after the other. */
export function recordHabit(network: NetworkId, kind: HabitKind, at = new Date()): Promise<void> {
  return serial('habits', async () => {
    await habitsItem.setValue(countHabit(await habitsItem.getValue(), isoWeek(at), network, kind));
  });
}
