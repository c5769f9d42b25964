/**
 * The write budget for storage.sync, shared by every page and the background of one browser
 * (its state lives in storage.local and is changed under the rules lock). Chrome refuses sync
 * writes past MAX_WRITE_OPERATIONS_PER_MINUTE (120) and MAX_WRITE_OPERATIONS_PER_HOUR (1,800);
 * two token buckets keep every rolling minute and hour under both: a bucket of capacity C
 * refilled at R per window never allows more than C + R in one window. Pure.
 */

export interface Bucket {
  capacity: number;
  /** milliseconds per token */
  refillMs: number;
}

/** ≤ 10 + 100 writes in any minute (of 120). */
export const MINUTE_BUCKET: Bucket = { capacity: 10, refillMs: 600 };
/** ≤ 200 + 1,500 writes in any hour (of 1,800). */
export const HOUR_BUCKET: Bucket = { capacity: 200, refillMs: 2400 };

export interface BudgetState {
  minute: number;
  hour: number;
  at: number;
}

export const fullBudget = (now: number): BudgetState => ({ minute: MINUTE_BUCKET.capacity, hour: HOUR_BUCKET.capacity, at: now });

export function isBudgetState(v: unknown): v is BudgetState {
  const s = v as BudgetState;
  return typeof v === 'object' && v !== null && [s.minute, s.hour, s.at].every((n) => typeof n === 'number' && Number.isFinite(n));
}

const refill = (tokens: number, bucket: Bucket, elapsed: number) => Math.min(bucket.capacity, tokens + elapsed / bucket.refillMs);

/**
 * Takes one write from the budget at `now`: `ok` with the state after it, or not yet, with how
 * long until one is there. A clock that went back refills nothing (and never adds tokens).
 */
export function takeWrite(
  state: BudgetState | undefined,
  now: number,
): { ok: true; state: BudgetState } | { ok: false; state: BudgetState; waitMs: number } {
  const from = state ?? fullBudget(now);
  const elapsed = Math.max(0, now - from.at);
  const minute = refill(from.minute, MINUTE_BUCKET, elapsed);
  const hour = refill(from.hour, HOUR_BUCKET, elapsed);
  const at = Math.max(now, from.at);
  if (minute >= 1 && hour >= 1) return { ok: true, state: { minute: minute - 1, hour: hour - 1, at } };
  const waitMs = Math.ceil(Math.max((1 - minute) * MINUTE_BUCKET.refillMs, (1 - hour) * HOUR_BUCKET.refillMs, 0));
  return { ok: false, state: { minute, hour, at }, waitMs: Math.max(1, waitMs) };
}
