// The options page's save queue, on a fake storage whose every write takes WRITE_MS of fake time: saves run
// one after another, a field typed quickly writes only its latest value, a refused value keeps its reasons
// and saves once another field makes it valid, a field whose place went is dropped, a failed write stops
// nothing, and each save lands on the rules as freshly read.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createSaveQueue } from '../../../lib/settings/save-queue';
import type { SaveState, Written } from '../../../lib/settings/save-queue';

const WRITE_MS = 100;

/** A window: its end may not come before its start. Item `gone` was removed. */
interface Rules {
  start: number;
  end: number;
  note: string;
}
type Field = { key: keyof Rules | 'gone' };
const start: Field = { key: 'start' };
const end: Field = { key: 'end' };
const note: Field = { key: 'note' };
const gone: Field = { key: 'gone' };

function setup(initial: Rules = { start: 0, end: 5, note: '' }) {
  let stored = initial;
  const writes: Rules[] = [];
  const failNext: Error[] = [];
  const update = vi.fn(
    (recipe: (fresh: Rules) => Rules | null) =>
      new Promise<Written<Rules, string>>((resolve, reject) => {
        setTimeout(() => {
          const error = failNext.shift();
          if (error) return reject(error);
          const next = recipe(stored);
          if (next === null) return resolve({ ok: true, rules: stored });
          if (next.end < next.start) return resolve({ ok: false, errors: ['end before start'] });
          stored = next;
          writes.push(next);
          resolve({ ok: true, rules: next });
        }, WRITE_MS);
      }),
  );
  let state: SaveState<Rules, Field, string> = { saved: initial, pending: {} };
  const queue = createSaveQueue<Rules, Field, string>({
    get: () => state,
    set: (change) => void (state = { ...state, ...change(state) }),
    update,
    put: (rules, field, value) => (field.key === 'gone' ? null : { ...rules, [field.key]: value }),
    share: (_prev, next) => next,
  });
  return {
    queue,
    writes,
    update,
    failNext,
    state: () => state,
    stored: () => stored,
    /** Another page's save, straight into storage. */
    elsewhere: (change: Partial<Rules>) => void (stored = { ...stored, ...change }),
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the save queue', () => {
  test('runs tasks one after another; a failed one stops nothing and its caller gets the failure', async () => {
    const { queue } = setup();
    const ran: string[] = [];
    const task =
      (name: string, fail = false) =>
      () =>
        new Promise<string>((resolve, reject) => {
          ran.push(`${name}@${Date.now()}`);
          setTimeout(() => (fail ? reject(new Error(name)) : resolve(name)), WRITE_MS);
        });
    const t0 = Date.now();
    const first = queue.serially(task('first', true));
    const second = queue.serially(task('second'));
    const third = queue.serially(task('third'));
    const firstFailed = expect(first).rejects.toThrow('first');
    await vi.advanceTimersByTimeAsync(3 * WRITE_MS);
    await firstFailed;
    await expect(second).resolves.toBe('second');
    await expect(third).resolves.toBe('third');
    expect(ran).toEqual([`first@${t0}`, `second@${t0 + WRITE_MS}`, `third@${t0 + 2 * WRITE_MS}`]);
  });

  test('a field typed quickly shows every keystroke at once and writes only the first and the latest value', async () => {
    const { queue, writes, state } = setup();
    const typed: Promise<void>[] = [];
    // A key every 10 ms while the first key's write takes WRITE_MS.
    for (const n of [1, 2, 3, 4]) {
      typed.push(queue.edit(end, 10 + n));
      expect(state().pending.end?.value).toBe(10 + n);
      await vi.advanceTimersByTimeAsync(10);
    }
    await vi.advanceTimersByTimeAsync(WRITE_MS - 40);
    // The first keystroke's write was under way; the latest value is still unsaved.
    expect(writes.map((r) => r.end)).toEqual([11]);
    expect(state().pending.end?.value).toBe(14);
    await vi.advanceTimersByTimeAsync(WRITE_MS);
    await Promise.all(typed);
    expect(writes.map((r) => r.end)).toEqual([11, 14]);
    expect(state()).toEqual({ saved: { start: 0, end: 14, note: '' }, pending: {} });
  });

  test('refused keystrokes typed quickly are tried once each in their turn, skipping the superseded ones', async () => {
    const { queue, update, state } = setup();
    const typed: Promise<void>[] = [];
    for (const n of [1, 2, 3, 4]) {
      typed.push(queue.edit(start, 10 + n));
      await vi.advanceTimersByTimeAsync(10);
    }
    await vi.advanceTimersByTimeAsync(10 * WRITE_MS);
    await Promise.all(typed);
    // The first key's try, then the latest one's: the two keys between are never tried.
    expect(update).toHaveBeenCalledTimes(2);
    expect(state().pending.start).toEqual({ unit: start, value: 14, errors: ['end before start'] });
  });

  test('keystrokes within one tick are one write', async () => {
    const { queue, writes } = setup();
    const typed = [1, 2, 3].map((n) => queue.edit(end, 10 + n));
    await vi.advanceTimersByTimeAsync(3 * WRITE_MS);
    await Promise.all(typed);
    expect(writes.map((r) => r.end)).toEqual([13]);
  });

  test('a refused value keeps its reasons, also while a newer value waits, and saves once another field makes it valid', async () => {
    const { queue, writes, state } = setup();
    await Promise.all([queue.edit(start, 10), vi.advanceTimersByTimeAsync(WRITE_MS)]);
    expect(state().pending.start).toEqual({ unit: start, value: 10, errors: ['end before start'] });
    expect(state().saved.start).toBe(0);
    expect(writes).toEqual([]);

    // A new value keeps the last reasons until it is tried: no flicker while typing.
    const retyped = queue.edit(start, 12);
    expect(state().pending.start).toEqual({ unit: start, value: 12, errors: ['end before start'] });
    await vi.advanceTimersByTimeAsync(WRITE_MS);
    await retyped;

    // The end moves past it: the end is written, then the waiting start.
    const moved = queue.edit(end, 20);
    await vi.advanceTimersByTimeAsync(2 * WRITE_MS);
    await moved;
    expect(writes).toEqual([
      { start: 0, end: 20, note: '' },
      { start: 12, end: 20, note: '' },
    ]);
    expect(state()).toEqual({ saved: { start: 12, end: 20, note: '' }, pending: {} });
  });

  test('a value typed while its field was being written stays unsaved and is written in its own turn', async () => {
    const { queue, writes, state } = setup();
    const first = queue.edit(note, 'a');
    await vi.advanceTimersByTimeAsync(WRITE_MS / 2);
    const second = queue.edit(note, 'ab');
    await vi.advanceTimersByTimeAsync(WRITE_MS / 2);
    await first;
    expect(state().pending.note?.value).toBe('ab');
    expect(state().saved.note).toBe('a');
    await vi.advanceTimersByTimeAsync(WRITE_MS);
    await second;
    expect(writes.map((r) => r.note)).toEqual(['a', 'ab']);
    expect(state().pending).toEqual({});
  });

  test('a field whose place went is dropped and writes nothing', async () => {
    const { queue, writes, state } = setup();
    await Promise.all([queue.edit(gone, 'x'), vi.advanceTimersByTimeAsync(WRITE_MS)]);
    expect(state().pending).toEqual({});
    expect(writes).toEqual([]);
  });

  test("each save lands on the rules as freshly read: another page's change in between is kept", async () => {
    const { queue, stored, elsewhere } = setup();
    const typed = queue.edit(note, 'mine');
    elsewhere({ end: 50 });
    await vi.advanceTimersByTimeAsync(WRITE_MS);
    await typed;
    expect(stored()).toEqual({ start: 0, end: 50, note: 'mine' });
  });

  test('a write that fails rejects its edit and leaves the value unsaved; the next edit is saved', async () => {
    const { queue, writes, state, failNext } = setup();
    failNext.push(new Error('storage gone (save-queue test)'));
    const failed = queue.edit(note, 'lost');
    const failedSeen = expect(failed).rejects.toThrow('storage gone');
    const next = queue.edit(end, 9);
    await vi.advanceTimersByTimeAsync(2 * WRITE_MS);
    await failedSeen;
    await next;
    expect(state().pending.note).toEqual({ unit: note, value: 'lost', errors: [] });
    expect(writes).toEqual([{ start: 0, end: 9, note: '' }]);
  });

  test('drop forgets the unsaved values it picks, and their queued saves write nothing', async () => {
    const { queue, writes, state } = setup();
    const blocker = queue.edit(end, 7);
    const dropped = queue.edit(note, 'dropped');
    queue.drop((key) => key === 'note');
    expect(Object.keys(state().pending)).toEqual(['end']);
    await vi.advanceTimersByTimeAsync(2 * WRITE_MS);
    await Promise.all([blocker, dropped]);
    expect(writes).toEqual([{ start: 0, end: 7, note: '' }]);
  });
});
