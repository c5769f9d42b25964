/**
 * Sharing habits, counted locally: per network and week, plain reposts vs shares with a
 * comment. Counts only — never which post, never any text. Kept for the last 12 weeks.
 */
import { NETWORKS } from '../settings/schema';
import type { NetworkId } from '../settings/schema';
import type { HabitKind } from '../messaging/protocol';

export type WeekCounts = Record<NetworkId, Record<HabitKind, number>>;
/** week ("2026-W48") → counts */
export type Habits = Record<string, WeekCounts>;

export const WEEKS_KEPT = 12;

export function emptyWeek(): WeekCounts {
  return Object.fromEntries(NETWORKS.map((n) => [n, { plain: 0, comment: 0 }])) as WeekCounts;
}

/** A new Habits with one more count; the oldest weeks beyond WEEKS_KEPT are dropped. */
export function countHabit(habits: Habits, week: string, network: NetworkId, kind: HabitKind): Habits {
  const current = habits[week] ?? emptyWeek();
  const next: Habits = { ...habits, [week]: { ...current, [network]: { ...current[network], [kind]: current[network][kind] + 1 } } };
  const weeks = Object.keys(next).sort().slice(-WEEKS_KEPT);
  return Object.fromEntries(weeks.map((w) => [w, next[w]!]));
}

/** Totals over all kept weeks, per network. */
export function totals(habits: Habits): WeekCounts {
  const sum = emptyWeek();
  for (const week of Object.values(habits)) {
    for (const n of NETWORKS) {
      sum[n].plain += week[n]?.plain ?? 0;
      sum[n].comment += week[n]?.comment ?? 0;
    }
  }
  return sum;
}
