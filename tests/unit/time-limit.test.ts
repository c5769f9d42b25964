// The one time limit on a promise (the repost prompt's wait for the rules, sync calls under the lock).
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { timeLimit } from '../../lib/time-limit';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

test('gives what the promise settles to in time, and leaves no timer behind', async () => {
  const limited = timeLimit(Promise.resolve('rules'), 1500, () => null);
  await expect(limited).resolves.toBe('rules');
  expect(vi.getTimerCount()).toBe(0);
  await expect(timeLimit(Promise.reject(new Error('closed')), 1500, () => null)).rejects.toThrow('closed');
  expect(vi.getTimerCount()).toBe(0);
});

test('gives what late() gives, or throws what it throws, once the time is up', async () => {
  const never = new Promise<string>(() => {});
  const nothing = timeLimit(never, 1500, () => null);
  const failing = timeLimit(never, 10_000, () => {
    throw new Error('did not answer within 10 s');
  });
  const failed = expect(failing).rejects.toThrow('did not answer within 10 s');
  await vi.advanceTimersByTimeAsync(1499);
  expect(await Promise.race([nothing, Promise.resolve('pending')])).toBe('pending');
  await vi.advanceTimersByTimeAsync(1);
  await expect(nothing).resolves.toBeNull();
  await vi.advanceTimersByTimeAsync(8500);
  await failed;
  expect(vi.getTimerCount()).toBe(0);
});
