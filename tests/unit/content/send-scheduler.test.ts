// When a composer's draft goes to the background (issue 14: a message per key costs the page more than
// all else a key does): the first change after a quiet spell at once; while typing on, the latest text
// once the person pauses (or after MAX_HOLD_MS of typing without one); every 50 ms with a side panel
// open; a failed send once more, and only the latest send's second failure reported.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { LIVE_MS, MAX_HOLD_MS, PAUSE_MS, RETRY_MS, sendScheduler } from '../../../lib/content/send-scheduler';
import type { Clock } from '../../../lib/content/clock';

const clock: Clock = { now: () => Date.now(), setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as number) };

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  // The spy on setTimeout wraps the fake one: undone first, or restoring it would put the fake back.
  vi.restoreAllMocks();
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

test('panel closed, typing at 80 ms a key: the first key at once, then the latest text about once a second, and all of it at the pause', async () => {
  const c = composer();
  await type(c, 50, 80);
  expect(c.sent[0]).toEqual({ at: 0, text: 'a' });
  // 4 s without a pause: one send per MAX_HOLD_MS or so, far fewer than the 50 keys.
  const during = c.sent.length;
  expect(during).toBeGreaterThanOrEqual(Math.floor((50 * 80) / (MAX_HOLD_MS + PAUSE_MS)));
  expect(during).toBeLessThanOrEqual(Math.ceil((50 * 80) / MAX_HOLD_MS) + 1);
  for (let i = 1; i < during; i++) expect(c.sent[i]!.at - c.sent[i - 1]!.at).toBeGreaterThanOrEqual(MAX_HOLD_MS);
  // The pause: the whole text goes within two checks of the last key (typed at 49 × 80 ms).
  await vi.advanceTimersByTimeAsync(2 * PAUSE_MS);
  expect(c.sent.at(-1)!.text).toBe(c.text());
  expect(c.sent.at(-1)!.at - 49 * 80).toBeLessThanOrEqual(2 * PAUSE_MS);
});

test('panel closed: keys while a check is armed go together once the person pauses, and a key arms no timer of its own', async () => {
  const c = composer();
  const timers = vi.spyOn(globalThis, 'setTimeout');
  c.key('a');
  await vi.advanceTimersByTimeAsync(10);
  c.key('b');
  await vi.advanceTimersByTimeAsync(20);
  c.key('c');
  c.key('d');
  expect(c.sent.map((s) => s.text)).toEqual(['a']);
  // A check is armed by 'b': 'c' and 'd' read no clock and arm nothing.
  expect(timers).toHaveBeenCalledTimes(1);
  // The check finds keys since it was set: it looks again; the next finds none, and 'abcd' goes.
  await vi.advanceTimersByTimeAsync(PAUSE_MS - 20);
  expect(c.sent).toHaveLength(1);
  expect(timers).toHaveBeenCalledTimes(2);
  await vi.advanceTimersByTimeAsync(PAUSE_MS);
  expect(c.sent.at(-1)).toEqual({ at: 10 + 2 * PAUSE_MS, text: 'abcd' });
});

test('panel closed: a key alone in its check goes at the check, and keys slower than a check go one by one', async () => {
  const c = composer();
  c.key('a');
  await vi.advanceTimersByTimeAsync(50);
  c.key('b');
  await vi.advanceTimersByTimeAsync(PAUSE_MS);
  expect(c.sent).toEqual([
    { at: 0, text: 'a' },
    { at: 50 + PAUSE_MS, text: 'ab' },
  ]);
  const slow = composer();
  await type(slow, 10, PAUSE_MS + 50);
  await vi.advanceTimersByTimeAsync(PAUSE_MS);
  expect(slow.sent.map((s) => s.text)).toEqual(Array.from({ length: 10 }, (_, i) => 'abcdefghij'.slice(0, i + 1)));
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
  await vi.advanceTimersByTimeAsync(MAX_HOLD_MS);
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
  await vi.advanceTimersByTimeAsync(MAX_HOLD_MS * 2);
  expect(c.sent.map((s) => s.text)).toEqual(['a']);
  expect(vi.getTimerCount()).toBe(0);
});
