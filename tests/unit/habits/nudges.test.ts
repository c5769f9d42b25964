// Nudges that back off (issue 15), on a fake clock: the repost prompt goes quiet after N shares with a
// comment in a row, for quietDays or until a plain repost; the post gate rests after K ready posts.
import { describe, expect, test } from 'vitest';
import { freshNudges, gateRests, isQuiet, readNudges, recordNudge } from '../../../lib/habits/nudges';
import type { Nudges } from '../../../lib/habits/nudges';
import type { NudgeEvent } from '../../../lib/messaging/protocol';

const DAY = 86_400_000;
const LIMITS = { quietAfter: 5, quietDays: 14, gateRestsAfter: 3, dismissAfter: 5 };
const T0 = Date.UTC(2026, 11, 1, 9);

/** A fake clock: the events at `now`, which the test moves. */
function clock(limits = LIMITS) {
  let now = T0;
  let nudges: Nudges = readNudges(undefined);
  return {
    get x() {
      return nudges.x;
    },
    get nudges() {
      return nudges;
    },
    now: () => now,
    advance: (ms: number) => (now += ms),
    record(event: NudgeEvent, times = 1, network: 'x' | 'linkedin' = 'x') {
      for (let i = 0; i < times; i++) nudges = recordNudge(nudges, network, event, limits, now);
    },
  };
}

describe('the repost prompt', () => {
  test('goes quiet at the Nth share with a comment in a row, not before', () => {
    const c = clock();
    c.record('comment', 4);
    expect(isQuiet(c.x, c.now())).toBe(false);
    c.record('comment');
    expect(isQuiet(c.x, c.now())).toBe(true);
    expect(c.x.quietUntil).toBe(T0 + 14 * DAY);
  });

  test('a plain repost between breaks the streak', () => {
    const c = clock();
    c.record('comment', 4);
    c.record('plain');
    c.record('comment', 4);
    expect(isQuiet(c.x, c.now())).toBe(false);
    expect(c.x.commentStreak).toBe(4);
  });

  test('stays quiet for quietDays, then the full prompt is back until N more', () => {
    const c = clock();
    c.record('comment', 5);
    c.advance(14 * DAY - 1);
    expect(isQuiet(c.x, c.now())).toBe(true);
    c.advance(1);
    expect(isQuiet(c.x, c.now())).toBe(false);
    c.record('comment', 4);
    expect(isQuiet(c.x, c.now())).toBe(false);
    c.record('comment');
    expect(c.x.quietUntil).toBe(T0 + 28 * DAY);
  });

  test('shares while quiet do not stretch the quiet spell', () => {
    const c = clock();
    c.record('comment', 5);
    c.advance(DAY);
    c.record('comment', 10);
    expect(c.x.quietUntil).toBe(T0 + 14 * DAY);
  });

  test('a plain repost brings the full prompt back at once', () => {
    const c = clock();
    c.record('comment', 5);
    c.record('plain');
    expect(isQuiet(c.x, c.now())).toBe(false);
    expect(c.x).toEqual(freshNudges());
  });

  test('counted per network, with N and the days from the limits', () => {
    const c = clock({ ...LIMITS, quietAfter: 2, quietDays: 1 });
    c.record('comment', 2, 'linkedin');
    expect(isQuiet(c.nudges.linkedin, c.now())).toBe(true);
    expect(isQuiet(c.x, c.now())).toBe(false);
    c.advance(DAY);
    expect(isQuiet(c.nudges.linkedin, c.now())).toBe(false);
  });
});

describe('the post gate', () => {
  test('rests after K posts in a row went out ready; one that was not brings it back', () => {
    const c = clock();
    c.record('ready', 2);
    expect(gateRests(c.x, LIMITS)).toBe(false);
    c.record('ready');
    expect(gateRests(c.x, LIMITS)).toBe(true);
    c.record('unready');
    expect(gateRests(c.x, LIMITS)).toBe(false);
    c.record('ready', 2);
    expect(gateRests(c.x, LIMITS)).toBe(false);
    expect(gateRests(c.x, { ...LIMITS, gateRestsAfter: 2 })).toBe(true);
  });

  test('shares leave the post count alone, and posts the share count', () => {
    const c = clock();
    c.record('ready', 3);
    c.record('plain');
    expect(c.x.readyStreak).toBe(3);
    c.record('comment', 3);
    c.record('unready');
    expect(c.x.commentStreak).toBe(3);
  });
});

test('stored counts are read defensively: missing, broken or negative values start at zero', () => {
  expect(readNudges(null)).toEqual({ x: freshNudges(), linkedin: freshNudges(), facebook: freshNudges() });
  expect(readNudges({ x: { commentStreak: 2, quietUntil: 'soon', readyStreak: -1 }, linkedin: 4 })).toEqual({
    x: { commentStreak: 2, quietUntil: 0, readyStreak: 0 },
    linkedin: freshNudges(),
    facebook: freshNudges(),
  });
});
