/**
 * Nudges that back off, counted locally per network: a habit that has formed gets a quieter reminder.
 * - Shares with a comment N times in a row (no plain repost between): the repost prompt turns into a
 *   one-line hint for `quietDays`; a plain repost brings the full prompt back at once.
 * - The last K posts went out ready: the post gate rests on that network until a post goes out
 *   that was not ready.
 * Pure: the time is always passed in (ms since the epoch), never read here.
 */
import { NETWORKS } from '../settings/schema';
import type { NetworkId, Rules } from '../settings/schema';
import type { NudgeEvent } from '../messaging/protocol';

export interface NetworkNudges {
  /** shares with a comment since the last plain repost (or since the last quiet spell began) */
  commentStreak: number;
  /** the repost prompt is a quiet hint until then (ms since the epoch; 0: not quiet) */
  quietUntil: number;
  /** posts in a row that went out with the verdict "ready" */
  readyStreak: number;
}

export type Nudges = Record<NetworkId, NetworkNudges>;

export type NudgeLimits = Rules['nudges'];

const DAY_MS = 86_400_000;
/** Streaks past this are not counted further: the thresholds stop at 50. */
const STREAK_CAP = 1000;

export const freshNudges = (): NetworkNudges => ({ commentStreak: 0, quietUntil: 0, readyStreak: 0 });

/** Whatever storage held, read as counts (a missing or malformed network starts afresh). */
export function readNudges(stored: unknown): Nudges {
  const out = {} as Nudges;
  for (const n of NETWORKS) {
    const v: unknown = typeof stored === 'object' && stored !== null ? Reflect.get(stored, n) : undefined;
    const num = (name: keyof NetworkNudges) => {
      const x: unknown = typeof v === 'object' && v !== null ? Reflect.get(v, name) : undefined;
      return typeof x === 'number' && Number.isFinite(x) && x >= 0 ? x : 0;
    };
    out[n] = { commentStreak: num('commentStreak'), quietUntil: num('quietUntil'), readyStreak: num('readyStreak') };
  }
  return out;
}

/** The prompt is quiet now. */
export const isQuiet = (n: NetworkNudges, now: number): boolean => n.quietUntil > now;

/** The post gate rests: the last `gateRestsAfter` posts went out ready. */
export const gateRests = (n: NetworkNudges, limits: NudgeLimits): boolean => n.readyStreak >= limits.gateRestsAfter;

/** The counts after one event on `network` at `now`. */
export function recordNudge(nudges: Nudges, network: NetworkId, event: NudgeEvent, limits: NudgeLimits, now: number): Nudges {
  const n = nudges[network];
  let next: NetworkNudges;
  switch (event) {
    case 'plain':
      // A plain repost: the habit slipped, so the full prompt is back and the streak starts again.
      next = { ...n, commentStreak: 0, quietUntil: 0 };
      break;
    case 'comment': {
      const streak = Math.min(n.commentStreak + 1, STREAK_CAP);
      // N in a row while the prompt is full: it goes quiet, and the next spell needs N more.
      next =
        streak >= limits.quietAfter && !isQuiet(n, now)
          ? { ...n, commentStreak: 0, quietUntil: now + limits.quietDays * DAY_MS }
          : { ...n, commentStreak: streak };
      break;
    }
    case 'ready':
      next = { ...n, readyStreak: Math.min(n.readyStreak + 1, STREAK_CAP) };
      break;
    case 'unready':
      next = { ...n, readyStreak: 0 };
      break;
  }
  return { ...nudges, [network]: next };
}
