// The resize probe (issue 16: small pieces with an injected clock): it checks on each resize; after more
// than RESIZE_CHECKS checks within a second that found nothing it rests for RESIZE_REST_MS, then observes
// again; a check that finds an editor starts the count again; nothing is left after stopping.
import { expect, test } from 'vitest';
import { RESIZE_CHECKS, RESIZE_REST_MS, resizeProbe } from '../../../lib/content/resize-probe';
import type { Clock } from '../../../lib/content/clock';

/** A clock the test moves by hand, and a page whose resizes it fires. */
function setup(found: (n: number) => boolean = () => false) {
  let now = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  let nextTimer = 1;
  const clock: Clock = {
    now: () => now,
    setTimeout: (fn, ms) => {
      timers.set(nextTimer, { at: now + ms, fn });
      return nextTimer++;
    },
    clearTimeout: (h) => void timers.delete(h as number),
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [id, t] of [...timers]) {
      if (t.at > now) continue;
      timers.delete(id);
      t.fn();
    }
  };
  let onResize = () => undefined as void;
  let observing = false;
  let checks = 0;
  const stop = new AbortController();
  resizeProbe(
    () => found(++checks),
    stop.signal,
    clock,
    (cb) => {
      onResize = cb;
      return { observe: () => void (observing = true), disconnect: () => void (observing = false) };
    },
  );
  const resize = () => {
    if (observing) onResize();
  };
  /** A resize, then `ms` on. */
  const resizeThen = (ms: number) => {
    resize();
    advance(ms);
  };
  return { advance, resize, resizeThen, stop, timers, observing: () => observing, checks: () => checks };
}

test('rests after RESIZE_CHECKS + 1 fruitless checks within a second, then observes again', () => {
  const p = setup();
  expect(p.observing()).toBe(true);
  for (let i = 0; i < RESIZE_CHECKS; i++) p.resizeThen(16);
  expect(p.observing()).toBe(true);
  p.resize();
  expect(p.observing()).toBe(false);
  p.resize();
  expect(p.checks()).toBe(RESIZE_CHECKS + 1);
  p.advance(RESIZE_REST_MS);
  expect(p.observing()).toBe(true);
});

test('fruitless checks spread over more than a second, or a check that finds an editor, never make it rest', () => {
  const slow = setup();
  for (let i = 0; i < 30; i++) slow.resizeThen(200);
  expect(slow.observing()).toBe(true);
  const finding = setup((n) => n % 5 === 0);
  for (let i = 0; i < 30; i++) finding.resizeThen(16);
  expect(finding.observing()).toBe(true);
});

test('stopped while resting: no timer left, never observes again', () => {
  const p = setup();
  for (let i = 0; i <= RESIZE_CHECKS; i++) p.resize();
  expect(p.timers.size).toBe(1);
  p.stop.abort();
  expect(p.timers.size).toBe(0);
  p.advance(RESIZE_REST_MS * 2);
  expect(p.observing()).toBe(false);
});
