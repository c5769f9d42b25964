import { describe, expect, test } from 'vitest';
import {
  META_KEY,
  chunkKey,
  compareStamps,
  hashText,
  readSyncCopy,
  splitChunks,
  syncItemBytes,
  syncItemsFor,
} from '../../../lib/settings/chunks';
import { HOUR_BUCKET, MINUTE_BUCKET, takeWrite } from '../../../lib/settings/budget';
import type { BudgetState } from '../../../lib/settings/budget';

describe('splitChunks', () => {
  // Text JSON writes longer than it is: quotes, backslashes, control characters, non-Latin and astral characters.
  const samples: [string, string][] = [
    ['ASCII', 'a'.repeat(30_000)],
    ['escapes', '"\\\n\u0001'.repeat(5_000)],
    ['umlauts and CJK', 'Grüße 東京 '.repeat(3_000)],
    ['astral', '😀🚀'.repeat(6_000)],
    ['lone surrogates', '\ud800x'.repeat(6_000)],
  ];
  test.each(samples)('%s: every item fits in 8 KB, no surrogate pair is cut, and joined it is the text', (_, text) => {
    const chunks = splitChunks(text);
    expect(chunks.length).toBeGreaterThan(1);
    chunks.forEach((chunk, i) => {
      expect(syncItemBytes(chunkKey(i), chunk)).toBeLessThanOrEqual(8192);
      // A cut pair would leave a high surrogate last or a low one first.
      expect(/[\ud800-\udbff]$/.test(chunk) && /^[\udc00-\udfff]/.test(chunks[i + 1] ?? '')).toBe(false);
    });
    expect(chunks.join('')).toBe(text);
    // Filled, not wasteful: all but the last near the limit.
    for (const chunk of chunks.slice(0, -1)) expect(syncItemBytes('rules.0', chunk)).toBeGreaterThan(8192 - 16);
  });

  test('an empty text is one empty chunk', () => {
    expect(splitChunks('')).toEqual(['']);
  });
});

describe('readSyncCopy', () => {
  const text = JSON.stringify({ rules: 'x'.repeat(20_000) });
  const { items } = syncItemsFor(text, { t: 5, d: 'a' });

  test('complete: every chunk there and the hash matching', () => {
    expect(readSyncCopy(items)).toMatchObject({ kind: 'complete', text, rules: JSON.parse(text) });
  });
  test('a missing chunk, a chunk of another copy, no meta', () => {
    const { [chunkKey(1)]: _, ...missing } = items;
    expect(readSyncCopy(missing)).toMatchObject({ kind: 'incomplete', missing: [1] });
    const other = syncItemsFor(JSON.stringify({ rules: 'y'.repeat(20_000) }), { t: 4, d: 'a' }).items;
    expect(readSyncCopy({ ...items, [chunkKey(1)]: other[chunkKey(1)] })).toMatchObject({ kind: 'incomplete', missing: [] });
    const { [META_KEY]: __, ...noMeta } = items;
    expect(readSyncCopy(noMeta)).toEqual({ kind: 'none' });
  });
  test('hash and stamps', () => {
    expect(hashText('abc')).not.toBe(hashText('abd'));
    expect(compareStamps({ t: 1, d: 'b' }, { t: 2, d: 'a' })).toBe(-1);
    expect(compareStamps({ t: 2, d: 'b' }, { t: 2, d: 'a' })).toBe(1);
    expect(compareStamps({ t: 2, d: 'a' }, { t: 2, d: 'a' })).toBe(0);
  });
});

describe('takeWrite', () => {
  test('a write wanted every 200 ms for three hours: never over 120 in a minute or 1,800 in an hour, and the budget is used', () => {
    let state: BudgetState | undefined;
    const writes: number[] = [];
    for (let now = 0; now < 3 * 3_600_000; now += 200) {
      const taken = takeWrite(state, now);
      state = taken.state;
      if (taken.ok) writes.push(now);
    }
    const most = (window: number) => {
      let max = 0;
      for (let i = 0, j = 0; i < writes.length; i++) {
        while (writes[j]! < writes[i]! - window + 1) j++;
        max = Math.max(max, i - j + 1);
      }
      return max;
    };
    expect(most(60_000)).toBeLessThanOrEqual(120);
    expect(most(3_600_000)).toBeLessThanOrEqual(1_800);
    expect(writes.length).toBeGreaterThan(3 * 1_500);
  });

  test('says how long until the next write, and a clock that went back adds nothing', () => {
    let state = takeWrite(undefined, 1_000).state;
    for (let i = 1; i < MINUTE_BUCKET.capacity; i++) state = takeWrite(state, 1_000).state;
    const refused = takeWrite(state, 1_000);
    expect(refused).toMatchObject({ ok: false, waitMs: MINUTE_BUCKET.refillMs });
    expect(takeWrite(refused.state, 0).ok).toBe(false);
    expect(takeWrite(refused.state, 1_000 + MINUTE_BUCKET.refillMs).ok).toBe(true);
    expect(HOUR_BUCKET.capacity + 3_600_000 / HOUR_BUCKET.refillMs).toBeLessThanOrEqual(1_800);
  });
});
