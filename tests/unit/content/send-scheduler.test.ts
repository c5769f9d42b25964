// When a composer's draft goes to the background (issue 14: a message per key costs the page more than
// all else a key does): the first change after a quiet spell at once; while typing on, one send per
// interval with the latest text, at its end; every 50 ms with a side panel open; a failed send
// once more, and only the latest send's second failure reported.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { LIVE_MS, QUIET_MS, RETRY_MS, sendScheduler } from '../../../lib/content/send-scheduler';
import type { Clock } from '../../../lib/content/clock';

const clock: Clock = { now: () => Date.now(), setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as number) };

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

/** A composer whose text changes with each key; `sent` holds the times and texts that went. */
function composer({ live = false, fail = () => false }: { live?: boolean; fail?: (n: number) => boolean } = {}) {
  let text = '';
  let lastSent: string | null = null;
  const sent: { at: number; text: string }[] = [];
  const failedTwice = vi.fn();
  const state = { live };
  const scheduler = sendScheduler(
    {
      send: () => {
        if (text === lastSent) return { went: false, done: Promise.resolve() };
        lastSent = text;
        sent.push({ at: Date.now(), text });
        const failing = fail(sent.length);
        if (failing) lastSent = null;
        return { went: true, done: failing ? Promise.reject(new Error('worker stopping')) : Promise.resolve() };
      },
      live: () => state.live,
      failed: () => undefined,
      failedTwice,
    },
    clock,
  );
  const key = (c: string) => {
    text += c;
    scheduler.changed();
  };
  return { sent, key, scheduler, failedTwice, state, text: () => text };
}

/** Types `n` keys `every` ms apart. */
async function type(c: ReturnType<typeof composer>, n: number, every: number) {
  for (let i = 0; i < n; i++) {
    c.key(String.fromCharCode(97 + (i % 26)));
    await vi.advanceTimersByTimeAsync(every);
  }
}

test('panel closed, typing at 80 ms a key: the first key at once, then one send per interval, the latest text last', async () => {
  const c = composer();
  await type(c, 50, 80);
  await vi.advanceTimersByTimeAsync(QUIET_MS);
  expect(c.sent[0]).toEqual({ at: 0, text: 'a' });
  // 4 s of typing: about one send per QUIET_MS, far fewer than the 50 keys.
  expect(c.sent.length).toBeLessThanOrEqual(Math.ceil((50 * 80) / QUIET_MS) + 2);
  for (let i = 1; i < c.sent.length - 1; i++) expect(c.sent[i]!.at - c.sent[i - 1]!.at).toBeGreaterThanOrEqual(QUIET_MS);
  expect(c.sent.at(-1)!.text).toBe(c.text());
});

test('panel closed: the keys after a send go together at the end of its interval, and a key arms no timer of its own', async () => {
  const c = composer();
  const timers = vi.spyOn(globalThis, 'setTimeout');
  c.key('a');
  await vi.advanceTimersByTimeAsync(QUIET_MS + 10);
  c.key('b');
  await vi.advanceTimersByTimeAsync(20);
  c.key('c');
  c.key('d');
  expect(c.sent.map((s) => s.text)).toEqual(['a', 'ab']);
  // The send after 'ab' is due: 'c' and 'd' read no clock and arm nothing.
  expect(timers).toHaveBeenCalledTimes(1);
  await vi.advanceTimersByTimeAsync(QUIET_MS - 20 - 1);
  expect(c.sent).toHaveLength(2);
  await vi.advanceTimersByTimeAsync(1);
  expect(c.sent.at(-1)).toEqual({ at: 2 * QUIET_MS + 10, text: 'abcd' });
});

test('with a side panel open every key at 80 ms goes at once, and faster keys at most every LIVE_MS', async () => {
  const c = composer({ live: true });
  await type(c, 20, 80);
  expect(c.sent.map((s) => s.at)).toEqual(Array.from({ length: 20 }, (_, i) => i * 80));
  const fast = composer({ live: true });
  await type(fast, 20, 10);
  await vi.advanceTimersByTimeAsync(LIVE_MS);
  for (let i = 1; i < fast.sent.length; i++) expect(fast.sent[i]!.at - fast.sent[i - 1]!.at).toBeGreaterThanOrEqual(LIVE_MS);
  expect(fast.sent.at(-1)!.text).toBe(fast.text());
});

test('a change that leaves the text as sent sends nothing and opens no interval', async () => {
  const c = composer();
  c.key('a');
  c.scheduler.changed();
  await vi.advanceTimersByTimeAsync(QUIET_MS);
  expect(c.sent).toHaveLength(1);
});

test('a failed send goes once more; its second failure is reported unless a newer send went', async () => {
  const c = composer({ fail: (n) => n <= 2 });
  c.key('a');
  await vi.advanceTimersByTimeAsync(RETRY_MS);
  expect(c.sent.map((s) => s.text)).toEqual(['a', 'a']);
  expect(c.failedTwice).toHaveBeenCalledOnce();

  const d = composer({ fail: (n) => n === 1 });
  d.key('a');
  await vi.advanceTimersByTimeAsync(RETRY_MS);
  expect(d.sent.map((s) => s.text)).toEqual(['a', 'a']);
  expect(d.failedTwice).not.toHaveBeenCalled();
});

test('stopped: no send, no timer left', async () => {
  const c = composer();
  c.key('a');
  c.key('b');
  c.scheduler.stop();
  c.key('c');
  await vi.advanceTimersByTimeAsync(QUIET_MS * 2);
  expect(c.sent.map((s) => s.text)).toEqual(['a']);
  expect(vi.getTimerCount()).toBe(0);
});
