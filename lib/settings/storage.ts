/**
 * The one place the rules are stored. They live in `storage.sync` (`sync:rules`) so they follow
 * the person across browsers; rules too big for one sync item (8 KB, counted as key plus JSON)
 * go to `storage.local` (`local:rules`) instead, and `sync:rulesLocation` says which, so a
 * browser that reads a stale copy in one area knows to look in the other. Every write is
 * validated whole first; an invalid one writes nothing.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { defaultRules } from './defaults';
import { parseRulesStrict, repairRules } from './parse';
import type { RulesError } from './parse';
import type { Rules } from './schema';

export type RulesLocation = 'sync' | 'local';

export const SYNC_RULES_KEY = 'sync:rules';
export const LOCAL_RULES_KEY = 'local:rules';
export const RULES_LOCATION_KEY = 'sync:rulesLocation';

/** Chrome's and Firefox's limit for one storage.sync item. */
const FALLBACK_QUOTA_BYTES_PER_ITEM = 8192;

export type SaveResult = { ok: true; rules: Rules; location: RulesLocation } | { ok: false; errors: RulesError[] };

const utf8Length = (s: string) => new TextEncoder().encode(s).length;

/** The size storage.sync counts against QUOTA_BYTES_PER_ITEM: the key plus the value as JSON, in bytes. */
export function syncItemBytes(key: string, value: unknown): number {
  return utf8Length(key) + utf8Length(JSON.stringify(value));
}

function syncQuotaPerItem(): number {
  const quota = (browser.storage?.sync as { QUOTA_BYTES_PER_ITEM?: number } | undefined)?.QUOTA_BYTES_PER_ITEM;
  return typeof quota === 'number' && quota > 0 ? quota : FALLBACK_QUOTA_BYTES_PER_ITEM;
}

/**
 * A write refused because of size: Chrome says "QUOTA_BYTES_PER_ITEM quota exceeded" or
 * "QUOTA_BYTES quota exceeded", Firefox "QuotaExceededError: storage.sync API call exceeded its
 * quota limitations." Chrome's write-rate limits (MAX_WRITE_OPERATIONS_…) are not size problems
 * and would fail the marker write in sync as well, so they are reported instead.
 */
export function isSizeQuotaError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /QUOTA_BYTES|QuotaExceededError|exceeded its quota/i.test(message) && !/MAX_WRITE_OPERATIONS/.test(message);
}

function writeFailed(error: unknown): SaveResult {
  const reason = error instanceof Error ? error.message : String(error);
  return { ok: false, errors: [{ path: '', message: `The browser refused to store the rules: ${reason}` }] };
}

async function readArea(key: typeof SYNC_RULES_KEY | typeof LOCAL_RULES_KEY): Promise<unknown> {
  try {
    return await storage.getItem<unknown>(key);
  } catch (error) {
    // An unreadable area (e.g. sync switched off by policy) must not stop the review from running.
    console.warn(`Postcheck: could not read ${key}`, error);
    return null;
  }
}

export async function getRulesLocation(): Promise<RulesLocation> {
  try {
    return (await storage.getItem<RulesLocation>(RULES_LOCATION_KEY)) === 'local' ? 'local' : 'sync';
  } catch {
    return 'sync';
  }
}

export interface StoredRules {
  rules: Rules;
  location: RulesLocation;
  /** parts of the stored rules that were unreadable and read as their defaults */
  problems: RulesError[];
}

/** The stored rules, read leniently: a broken part reads as its default, the rest is kept. */
export async function loadStoredRules(): Promise<StoredRules> {
  const location = await getRulesLocation();
  const [first, second] = location === 'local' ? ([LOCAL_RULES_KEY, SYNC_RULES_KEY] as const) : ([SYNC_RULES_KEY, LOCAL_RULES_KEY] as const);
  const stored = (await readArea(first)) ?? (await readArea(second));
  const { rules, problems } = repairRules(stored);
  return { rules, location, problems };
}

export async function loadRules(): Promise<Rules> {
  return (await loadStoredRules()).rules;
}

/** Validates the whole, then writes to sync, or to local when sync cannot hold it. */
export async function saveRules(rules: Rules): Promise<SaveResult> {
  const parsed = parseRulesStrict(rules);
  if (!parsed.ok) return parsed;
  const value = parsed.rules;

  if (syncItemBytes(SYNC_RULES_KEY.slice('sync:'.length), value) <= syncQuotaPerItem()) {
    try {
      // One storage.sync.set call: the rules and the marker change together or not at all.
      await storage.setItems([
        { key: SYNC_RULES_KEY, value },
        { key: RULES_LOCATION_KEY, value: 'sync' },
      ]);
    } catch (error) {
      if (!isSizeQuotaError(error)) return writeFailed(error);
      return saveToLocal(value);
    }
    // The local copy would be stale from now on.
    await storage.removeItem(LOCAL_RULES_KEY).catch(() => undefined);
    return { ok: true, rules: value, location: 'sync' };
  }
  return saveToLocal(value);
}

async function saveToLocal(value: Rules): Promise<SaveResult> {
  const wasLocal = (await getRulesLocation()) === 'local';
  // The rules go in before the marker moves, so no reader ever finds the marker on local
  // and older rules there: every moment reads as the old rules or the new ones.
  try {
    await storage.setItem(LOCAL_RULES_KEY, value);
  } catch (error) {
    return writeFailed(error);
  }
  if (!wasLocal) {
    try {
      await storage.setItem(RULES_LOCATION_KEY, 'local');
    } catch (error) {
      // The marker still says sync, so the copy just written would never be read: take it back.
      await storage.removeItem(LOCAL_RULES_KEY).catch(() => undefined);
      return writeFailed(error);
    }
  }
  // Best effort: with the marker on local, a copy left in sync is never read first.
  await storage.removeItem(SYNC_RULES_KEY).catch(() => undefined);
  return { ok: true, rules: value, location: 'local' };
}

/** Back to the defaults, written like any other save so every browser follows. */
export function resetRules(): Promise<SaveResult> {
  return saveRules(defaultRules());
}

/**
 * Calls `cb` with the rules whenever what is stored changes, in either area or the marker.
 * A change that leaves the rules as they were (the other steps of one save, a write of equal
 * rules) is not reported, except in the moment after subscribing, before the watcher has read
 * what is stored: then a change may also be reported with the rules that were there before.
 * Returns the unsubscribe function.
 */
export function watchRules(cb: (rules: Rules) => void): () => void {
  let stopped = false;
  let scheduled = false;
  let changed = false;
  let last: string | undefined;
  // What is stored now, so that the other steps of a save read as "unchanged"; unless a change
  // came in while it was being read, in which case it may already be the changed rules.
  let queue = loadRules().then(
    (rules) => {
      if (!changed) last = JSON.stringify(rules);
    },
    () => undefined,
  );

  const refresh = () => {
    changed = true;
    if (scheduled || stopped) return;
    scheduled = true;
    queue = queue.then(async () => {
      scheduled = false;
      try {
        const rules = await loadRules();
        const serialized = JSON.stringify(rules);
        if (stopped || serialized === last) return;
        last = serialized;
        cb(rules);
      } catch (error) {
        console.warn('Postcheck: could not reload the rules after a change', error);
      }
    });
  };

  const unwatch = ([SYNC_RULES_KEY, LOCAL_RULES_KEY, RULES_LOCATION_KEY] as const).map((key) => storage.watch(key, refresh));
  return () => {
    stopped = true;
    unwatch.forEach((stop) => stop());
  };
}
