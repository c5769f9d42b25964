/**
 * The one place the rules are stored.
 *
 * - Each browser keeps its working copy in storage.local (`rulesDevice`): what its review uses,
 *   written at once on every save. With it: this device's id, the copy's stamp (time + device,
 *   for last-writer-wins), its hash, and whether the rules are too large for sync — decided
 *   here, per device, never from something another browser synced.
 * - storage.sync carries the latest copy to the person's other browsers, cut into chunks
 *   (`rules.0` … `rules.<n-1>`) under the 8 KB per-item limit, with a meta item (`rulesMeta`:
 *   stamp, hash, count), all written in one set() call (./chunks.ts). A browser takes a sync
 *   copy over its own only when it is complete (every chunk there, hash matching) and newer; one
 *   it cannot fully read yet (chunks still arriving) changes nothing and is reported, and is read
 *   again on the next change.
 * - Rules over sync's total quota stay on their device: sync gets a meta saying so, and other
 *   browsers keep their own rules and say why. The large device takes sync's rules over its own
 *   only when the person says so (useSyncedRules). Nothing is deleted because of another device:
 *   the "too large" word is an item of its own (`rulesTooLarge`), the chunks stay as they are.
 * - Every change runs under one lock shared by all pages of the extension (./lock.ts) and is
 *   applied to the rules as freshly read, so two options pages cannot undo each other's changes.
 *   Sync writes draw on one budget for the whole browser (./budget.ts); when it is spent the
 *   local copy is still written at once, and sync gets the latest copy when the budget allows.
 * - The format before chunking (`sync:rules`, `sync:rulesLocation`, `local:rules`) is migrated on
 *   the first read and left in place. A later change of `sync:rules` (a browser still on an older
 *   Postcheck saved, or sync brought the old copy after this browser started) is taken while no
 *   browser has written the new format, and ranks below every copy saved in it.
 */
import { browser } from 'wxt/browser';
import { defaultRules } from './defaults';
import { uiLang } from '../ui-language';
import { mergeOverStored, parseRulesStrict, repairRules } from './parse';
import type { RulesError } from './parse';
import type { Rules } from './schema';
import { isBudgetState, takeWrite } from './budget';
import {
  META_KEY,
  TOO_LARGE_KEY,
  SYNC_QUOTA_BYTES,
  SYNC_QUOTA_BYTES_PER_ITEM,
  compareStamps,
  hashText,
  isChunkKey,
  isStamp,
  readSyncCopy,
  readTooLarge,
  syncItemBytes,
  syncItemsFor,
} from './chunks';
import type { Stamp, SyncCopy } from './chunks';
import { webLock } from './lock';
import type { Lock } from './lock';
import { timeLimit } from '../time-limit';

export { syncItemBytes };
export type { Stamp };

export type RulesLocation = 'sync' | 'local';

/** storage.local: this device's working copy. */
export const DEVICE_KEY = 'rulesDevice';
/** storage.local: the sync write budget shared by every page of this browser. */
export const BUDGET_KEY = 'rulesSyncBudget';
/** storage.local: this device's rules as they were before the person took sync's rules instead. */
export const REPLACED_KEY = 'rulesReplaced';
/** The format before chunking: `rules` in sync or (over 8 KB) in local, `rulesLocation` in sync. */
export const OLD_RULES_KEY = 'rules';
export const OLD_LOCATION_KEY = 'rulesLocation';

/** Stamps below this (2001 as a time) are not times: 0 the defaults, 1, 2, … copies of the old format. */
const OLD_FORMAT_STAMPS = 1e12;
/** A write to sync refused for another reason than size (rate, sync off) is tried again after this. */
const SYNC_RETRY_MS = 60_000;
/** Sync calls are made under the lock every page waits on: one that never answers must not hold it. */
export const SYNC_CALL_TIMEOUT_MS = 10_000;

function timed<T>(call: Promise<T>, what: string): Promise<T> {
  return timeLimit(call, SYNC_CALL_TIMEOUT_MS, () => {
    throw new Error(`storage.sync did not answer ${what} within ${SYNC_CALL_TIMEOUT_MS / 1000} s`);
  });
}

interface DeviceRecord {
  format: 1;
  device: string;
  /** the rules as stored, with whatever this version does not know */
  rules: unknown;
  stamp: Stamp;
  hash: string;
  /** too large for sync: kept on this device only, sync's copies are not taken without the person's say */
  deviceOnly: boolean;
  /** deviceOnly: sync has been told so for this copy */
  announced: boolean;
  /** hash of the old-format `sync:rules` when last seen: a change there is a Postcheck of before the chunks writing */
  legacy?: string;
}

function isRecord(v: unknown): v is DeviceRecord {
  const r = v as DeviceRecord;
  return (
    typeof v === 'object' && v !== null && r.format === 1 && typeof r.device === 'string' && isStamp(r.stamp) && typeof r.hash === 'string'
  );
}

/**
 * What the options page says about sync:
 * - incomplete: a newer copy from another browser has not fully arrived; this one is in use;
 * - other-too-large: another browser's rules are too large to sync; this browser keeps its own;
 * - device-only: this browser's rules are too large to sync; sync is paused for them.
 */
export type SyncNotice = 'incomplete' | 'other-too-large' | 'device-only';

export interface StoredRules {
  rules: Rules;
  location: RulesLocation;
  /** parts of the stored rules that were unreadable and read as their defaults */
  problems: RulesError[];
  sync: SyncNotice | null;
  /** device-only: sync holds another browser's complete rules, which the person may take instead */
  syncedAvailable: boolean;
}

export type SaveResult = { ok: true; rules: Rules; location: RulesLocation } | { ok: false; errors: RulesError[] };

/** One storage area, as far as the rules need it. */
export interface Area {
  get(keys: string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
  /** Calls back with the keys of each change in this area; returns the unsubscribe function. */
  watch(cb: (keys: string[]) => void): () => void;
}

export interface RulesEnv {
  local: Area;
  sync: Area;
  lock: Lock;
  now?: () => number;
  newDeviceId?: () => string;
  /** storage.sync's size limits (per item, in all) */
  quota?: () => { perItem: number; total: number };
  /** the rules a browser starts with (English by default; the browser's UI language in the extension) */
  defaults?: () => Rules;
}

/**
 * A write refused because of size: Chrome says "QUOTA_BYTES_PER_ITEM quota exceeded" or
 * "QUOTA_BYTES quota exceeded", Firefox "QuotaExceededError: storage.sync API call exceeded its
 * quota limitations." Chrome's write-rate limits (MAX_WRITE_OPERATIONS_…) are not size problems.
 */
export function isSizeQuotaError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /QUOTA_BYTES|QuotaExceededError|exceeded its quota/i.test(message) && !/MAX_WRITE_OPERATIONS/.test(message);
}

function writeFailed(error: unknown): SaveResult {
  const reason = error instanceof Error ? error.message : String(error);
  return { ok: false, errors: [{ path: '', message: `The browser refused to store the rules: ${reason}` }] };
}

const randomId = () => {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
};

export interface RulesStorage {
  loadStoredRules(): Promise<StoredRules>;
  loadRules(): Promise<Rules>;
  /** The whole rules, validated, stored over what is there (keeping what this version does not know). */
  saveRules(rules: Rules): Promise<SaveResult>;
  /**
   * A change applied to the rules as freshly read, under the lock: `recipe` gets the current
   * rules and returns the changed ones, or null for "nothing to change".
   */
  updateRules(recipe: (current: Rules) => Rules | null): Promise<SaveResult>;
  /** New rules as a whole (an import): nothing of the stored rules is kept. */
  replaceRules(rules: Rules): Promise<SaveResult>;
  resetRules(): Promise<SaveResult>;
  /** A device-only browser takes the rules sync holds instead of its own (kept under REPLACED_KEY). */
  useSyncedRules(): Promise<SaveResult>;
  watchStoredRules(cb: (stored: StoredRules) => void, first?: (stored: StoredRules) => void): () => void;
  watchRules(cb: (rules: Rules) => void): () => void;
  /** Writes sync now if it is owed and the budget allows; for tests and a page that is closing. */
  publish(): Promise<void>;
  /** Stops the pending sync write's timer (tests). */
  dispose(): void;
}

export function createRulesStorage(env: RulesEnv): RulesStorage {
  const { local, sync, lock } = env;
  const now = env.now ?? (() => Date.now());
  const newDeviceId = env.newDeviceId ?? randomId;
  const quota = env.quota ?? (() => ({ perItem: SYNC_QUOTA_BYTES_PER_ITEM, total: SYNC_QUOTA_BYTES }));
  const defaults = env.defaults ?? (() => defaultRules());

  async function readRecord(): Promise<DeviceRecord | null> {
    const found = (await local.get([DEVICE_KEY]))[DEVICE_KEY];
    return isRecord(found) ? found : null;
  }

  interface SyncSnapshot {
    copy: SyncCopy;
    /** the stamp of the latest copy a browser said is too large for sync */
    tooLarge: Stamp | null;
    /** the old-format copy (`sync:rules`), which a browser still on an older Postcheck writes */
    legacy: { rules: unknown; hash: string } | null;
    /** bytes of sync items that are not the rules' meta or chunks */
    otherBytes: number;
    chunkKeys: string[];
  }

  async function readSync(): Promise<SyncSnapshot> {
    let items: Record<string, unknown>;
    try {
      // One get of everything: a consistent snapshot of meta and chunks (sync holds at most 100 KB).
      items = (await timed(sync.get(null), 'a read')) ?? {};
    } catch (error) {
      // Sync switched off (policy, no account): this device's copy is all there is.
      console.warn('Postcheck: could not read storage.sync', error);
      return { copy: { kind: 'none' }, tooLarge: null, legacy: null, otherBytes: 0, chunkKeys: [] };
    }
    let otherBytes = 0;
    const chunkKeys: string[] = [];
    for (const [key, value] of Object.entries(items)) {
      if (isChunkKey(key)) chunkKeys.push(key);
      else if (key !== META_KEY && key !== TOO_LARGE_KEY) otherBytes += syncItemBytes(key, value);
    }
    const old = items[OLD_RULES_KEY];
    const legacy = old != null ? { rules: old, hash: hashText(JSON.stringify(old)) } : null;
    return { copy: readSyncCopy(items), tooLarge: readTooLarge(items[TOO_LARGE_KEY]), legacy, otherBytes, chunkKeys };
  }

  /**
   * The first read of a device in the new format. Its own old local copy (`local:rules`, there
   * only when this device's last save was over 8 KB) is its latest work and had never reached any
   * other browser: it counts as written now. The old sync copy is what every browser started
   * from, so any new-format copy is newer. Nothing stored: the defaults, stamped 0, never sent
   * (a fresh browser must not push defaults over rules still on their way to it).
   */
  async function migrateLocked(): Promise<DeviceRecord> {
    const device = newDeviceId();
    const own = (await local.get([OLD_RULES_KEY]))[OLD_RULES_KEY];
    let synced: unknown;
    try {
      synced = (await timed(sync.get([OLD_RULES_KEY]), 'a read'))[OLD_RULES_KEY];
    } catch {
      synced = undefined;
    }
    const [rules, t] = own != null ? [own, now()] : synced != null ? [synced, 1] : [defaults(), 0];
    const record: DeviceRecord = {
      format: 1,
      device,
      rules,
      stamp: { t, d: device },
      hash: hashText(JSON.stringify(rules)),
      deviceOnly: false,
      announced: false,
      ...(synced != null ? { legacy: hashText(JSON.stringify(synced)) } : {}),
    };
    await local.set({ [DEVICE_KEY]: record });
    return record;
  }

  async function ensureRecordLocked(): Promise<DeviceRecord> {
    return (await readRecord()) ?? (await migrateLocked());
  }

  const newer = (copy: SyncCopy, rec: DeviceRecord) => copy.kind !== 'none' && compareStamps(copy.meta.stamp, rec.stamp) > 0;

  const shouldAdopt = (rec: DeviceRecord, copy: SyncCopy): copy is Extract<SyncCopy, { kind: 'complete' }> =>
    !rec.deviceOnly && copy.kind === 'complete' && newer(copy, rec);

  /**
   * `sync:rules` changed since this device last looked, and no browser has written the new format
   * yet: a browser still on an older Postcheck saved, or sync brought the old copy only after this
   * browser started fresh. It is taken, stamped just above this device's copy, which keeps it
   * below any copy saved in the new format (stamped with the time): an old copy arriving late
   * never overrides newer rules on their way from another browser.
   */
  const legacyChanged = (rec: DeviceRecord, snapshot: SyncSnapshot) =>
    !rec.deviceOnly && snapshot.copy.kind === 'none' && snapshot.legacy !== null && snapshot.legacy.hash !== rec.legacy;

  async function adoptLegacyLocked(rec: DeviceRecord, legacy: { rules: unknown; hash: string }): Promise<DeviceRecord> {
    const rules = legacy.rules;
    const next: DeviceRecord = {
      ...rec,
      rules,
      stamp: { t: rec.stamp.t + 1, d: rec.device },
      hash: hashText(JSON.stringify(rules)),
      legacy: legacy.hash,
      deviceOnly: false,
      announced: false,
    };
    await local.set({ [DEVICE_KEY]: next });
    return next;
  }

  /** Takes what sync has that is newer than this device's copy (under the lock). */
  async function catchUpLocked(rec: DeviceRecord, snapshot: SyncSnapshot): Promise<DeviceRecord> {
    let r = rec;
    if (legacyChanged(r, snapshot)) r = await adoptLegacyLocked(r, snapshot.legacy!);
    if (shouldAdopt(r, snapshot.copy)) r = await adoptLocked(r, snapshot.copy);
    return r;
  }

  async function adoptLocked(rec: DeviceRecord, copy: Extract<SyncCopy, { kind: 'complete' }>, deviceOnly = false): Promise<DeviceRecord> {
    const next: DeviceRecord = { ...rec, rules: copy.rules, stamp: copy.meta.stamp, hash: copy.meta.hash, deviceOnly, announced: false };
    await local.set({ [DEVICE_KEY]: next });
    return next;
  }

  /**
   * Sync does not hold this copy (or, for a device-only copy, has not been told). Copies stamped
   * below a real time are the defaults or the old format's sync copy, which every browser reads
   * itself: sending them could only put them over newer rules still on their way.
   */
  function owed(rec: DeviceRecord, copy: SyncCopy): boolean {
    if (rec.stamp.t < OLD_FORMAT_STAMPS) return false;
    if (rec.deviceOnly) return !rec.announced;
    if (copy.kind === 'none') return true;
    return compareStamps(copy.meta.stamp, rec.stamp) < 0;
  }

  function fits(text: string, stamp: Stamp, snapshot: SyncSnapshot): boolean {
    const { perItem, total } = quota();
    return syncItemsFor(text, stamp, perItem).bytes + snapshot.otherBytes <= total;
  }

  function view(rec: DeviceRecord, snapshot: SyncSnapshot): StoredRules {
    const { copy, tooLarge } = snapshot;
    const { rules, problems } = repairRules(rec.rules);
    let notice: SyncNotice | null = null;
    if (rec.deviceOnly) notice = 'device-only';
    else if (copy.kind === 'incomplete' && newer(copy, rec)) notice = 'incomplete';
    else if (tooLarge && tooLarge.d !== rec.device && (copy.kind === 'none' || compareStamps(tooLarge, copy.meta.stamp) > 0))
      notice = 'other-too-large';
    return {
      rules,
      location: rec.deviceOnly ? 'local' : 'sync',
      problems,
      sync: notice,
      syncedAvailable: rec.deviceOnly && copy.kind === 'complete' && copy.meta.hash !== rec.hash && copy.meta.stamp.d !== rec.device,
    };
  }

  async function takeBudgetLocked(): Promise<number | null> {
    const stored = (await local.get([BUDGET_KEY]))[BUDGET_KEY];
    const taken = takeWrite(isBudgetState(stored) ? stored : undefined, now());
    if (!taken.ok) return taken.waitMs;
    await local.set({ [BUDGET_KEY]: taken.state });
    return null;
  }

  /** Writes this device's copy to sync if it is owed; returns when to try again, or null. */
  async function publishLocked(): Promise<number | null> {
    const rec = await readRecord();
    if (!rec) return null;
    const snapshot = await readSync();
    if (!owed(rec, snapshot.copy)) return null;
    const wait = await takeBudgetLocked();
    if (wait !== null) return wait;

    const text = JSON.stringify(rec.rules);
    const { perItem } = quota();
    const announce = async () => {
      // The meta and chunks stay: they are another browser's rules, which it may still be reading.
      await timed(sync.set({ [TOO_LARGE_KEY]: { format: 1, stamp: rec.stamp } }), 'a write');
      await local.set({ [DEVICE_KEY]: { ...rec, deviceOnly: true, announced: true } });
    };
    try {
      // Also a copy never measured (migrated from the old format) may turn out too large here.
      if (rec.deviceOnly || !fits(text, rec.stamp, snapshot)) {
        await announce();
        return null;
      }
      const { items, chunks } = syncItemsFor(text, rec.stamp, perItem);
      try {
        await timed(sync.set(items), 'a write');
      } catch (error) {
        if (!isSizeQuotaError(error)) throw error;
        // Refused for size all the same (the browser counts differently): this device keeps them.
        await announce();
        return null;
      }
      const leftover = snapshot.chunkKeys.filter((key) => Number(key.slice('rules.'.length)) >= chunks);
      // Leftover chunks are harmless (the meta names the count); they go when the budget has room.
      if (leftover.length && (await takeBudgetLocked()) === null) await timed(sync.remove(leftover), 'a removal');
      return null;
    } catch (error) {
      console.warn('Postcheck: could not write the rules to storage.sync; trying again later', error);
      return SYNC_RETRY_MS;
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  let timerDue = Infinity;
  function schedulePublish(delay: number) {
    const due = now() + delay;
    if (timer !== undefined && timerDue <= due) return;
    if (timer !== undefined) clearTimeout(timer);
    timerDue = due;
    timer = setTimeout(() => {
      timer = undefined;
      timerDue = Infinity;
      void publish();
    }, delay);
  }

  async function publish(): Promise<void> {
    try {
      const retry = await lock(publishLocked);
      if (retry !== null) schedulePublish(retry);
    } catch (error) {
      console.warn('Postcheck: could not write the rules to storage.sync', error);
    }
  }

  /** The current view; writes only to migrate or to take a newer complete sync copy, under the lock. */
  async function current(): Promise<{ stored: StoredRules; owed: boolean }> {
    let rec: DeviceRecord | null = null;
    let snapshot: SyncSnapshot | null = null;
    try {
      rec = await readRecord();
      snapshot = await readSync();
    } catch (error) {
      console.warn('Postcheck: could not read the rules', error);
    }
    if (!rec || !snapshot || shouldAdopt(rec, snapshot.copy) || legacyChanged(rec, snapshot)) {
      [rec, snapshot] = await lock(async () => {
        const s = await readSync();
        return [await catchUpLocked(await ensureRecordLocked(), s), s] as const;
      });
    }
    const due = owed(rec, snapshot.copy);
    // A copy sync does not have yet (a migrated one, one a closed page left) goes whenever the budget allows.
    if (due) schedulePublish(0);
    return { stored: view(rec, snapshot), owed: due };
  }

  async function loadStoredRules(): Promise<StoredRules> {
    try {
      return (await current()).stored;
    } catch (error) {
      // An unreadable storage must not stop the review from running.
      console.warn('Postcheck: could not read the rules', error);
      return { rules: defaults(), location: 'sync', problems: [], sync: null, syncedAvailable: false };
    }
  }

  function commit(recipe: (current: Rules) => Rules | null, keepStored: boolean): Promise<SaveResult> {
    return lock(async (): Promise<SaveResult> => {
      let rec: DeviceRecord;
      let snapshot: SyncSnapshot;
      try {
        rec = await ensureRecordLocked();
        snapshot = await readSync();
        // Another browser's newer rules first, so this change lands on them.
        rec = await catchUpLocked(rec, snapshot);
      } catch (error) {
        return writeFailed(error);
      }
      const location = () => (rec.deviceOnly ? 'local' : 'sync');
      const { rules: before } = repairRules(rec.rules);
      const next = recipe(before);
      if (next === null) return { ok: true, rules: before, location: location() };
      const parsed = parseRulesStrict(next);
      if (!parsed.ok) return parsed;

      const stored = keepStored ? mergeOverStored(rec.rules, before, parsed.rules) : parsed.rules;
      const text = JSON.stringify(stored);
      const hash = hashText(text);
      if (hash === rec.hash) return { ok: true, rules: parsed.rules, location: location() };

      // Later than anything this device has seen, whatever its clock says.
      const seen = snapshot.copy.kind === 'none' ? 0 : snapshot.copy.meta.stamp.t;
      const stamp: Stamp = { t: Math.max(now(), rec.stamp.t + 1, seen + 1), d: rec.device };
      const deviceOnly = !fits(text, stamp, snapshot);
      const record: DeviceRecord = { ...rec, rules: stored, stamp, hash, deviceOnly, announced: false };
      try {
        await local.set({ [DEVICE_KEY]: record });
      } catch (error) {
        return writeFailed(error);
      }
      const retry = await publishLocked();
      if (retry !== null) schedulePublish(retry);
      // Sync may have refused the copy for its size after all: then it is this device's only.
      const latest = (await readRecord().catch(() => null)) ?? record;
      return { ok: true, rules: parsed.rules, location: latest.deviceOnly ? 'local' : 'sync' };
    });
  }

  function useSyncedRules(): Promise<SaveResult> {
    return lock(async (): Promise<SaveResult> => {
      try {
        const rec = await ensureRecordLocked();
        const { copy } = await readSync();
        if (copy.kind !== 'complete') return { ok: false, errors: [{ path: '', message: 'There are no complete rules in sync to use' }] };
        await local.set({ [REPLACED_KEY]: rec.rules });
        const next = await adoptLocked(rec, copy);
        return { ok: true, rules: repairRules(next.rules).rules, location: 'sync' };
      } catch (error) {
        return writeFailed(error);
      }
    });
  }

  /** `first`: called with what was stored when following began (not a change). */
  function watchStoredRules(cb: (stored: StoredRules) => void, first?: (stored: StoredRules) => void): () => void {
    let stopped = false;
    let scheduled = false;
    let last: string | undefined;
    let changed = false;
    const key = (s: StoredRules) => JSON.stringify([s.rules, s.location, s.sync, s.syncedAvailable]);
    const check = async (report: boolean) => {
      const { stored } = await current();
      const serialized = key(stored);
      if (stopped || serialized === last) return;
      // A change came in while the first read was under way: what it read may already be that
      // change, so it is reported rather than taken as the state before.
      if (!report && changed) return;
      const initial = last === undefined && !report;
      last = serialized;
      if (initial) first?.(stored);
      else cb(stored);
    };
    // What is stored now, so that a write of equal rules reads as "unchanged".
    let queue = check(false).catch(() => undefined);
    const refresh = () => {
      changed = true;
      if (scheduled || stopped) return;
      scheduled = true;
      queue = queue.then(async () => {
        scheduled = false;
        try {
          await check(true);
        } catch (error) {
          console.warn('Postcheck: could not reload the rules after a change', error);
        }
      });
    };
    const stops = [
      local.watch((keys) => keys.includes(DEVICE_KEY) && refresh()),
      sync.watch((keys) => keys.some((k) => k === META_KEY || k === TOO_LARGE_KEY || k === OLD_RULES_KEY || isChunkKey(k)) && refresh()),
    ];
    return () => {
      stopped = true;
      stops.forEach((stop) => stop());
    };
  }

  function watchRules(cb: (rules: Rules) => void): () => void {
    let last: string | undefined;
    return watchStoredRules(
      (stored) => {
        // A change of the sync notice alone is not a change of the rules.
        const serialized = JSON.stringify(stored.rules);
        if (serialized === last) return;
        last = serialized;
        cb(stored.rules);
      },
      (stored) => (last = JSON.stringify(stored.rules)),
    );
  }

  return {
    loadStoredRules,
    loadRules: async () => (await loadStoredRules()).rules,
    saveRules: (rules) => commit(() => rules, true),
    updateRules: (recipe) => commit(recipe, true),
    replaceRules: (rules) => commit(() => rules, false),
    resetRules: () => commit(() => defaults(), false),
    useSyncedRules,
    watchStoredRules,
    watchRules,
    publish,
    dispose() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      timerDue = Infinity;
    },
  };
}

type AreaName = 'local' | 'sync';

/** An Area over the extension's browser.storage. */
export function browserArea(name: AreaName): Area {
  const area = () => browser.storage[name];
  return {
    get: (keys) => area().get(keys),
    set: (items) => area().set(items),
    remove: (keys) => area().remove(keys),
    watch(cb) {
      const listener = (changes: Record<string, unknown>, areaName: string) => {
        if (areaName === name) cb(Object.keys(changes));
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}

function browserQuota() {
  const s = browser.storage?.sync as { QUOTA_BYTES_PER_ITEM?: number; QUOTA_BYTES?: number } | undefined;
  const perItem =
    typeof s?.QUOTA_BYTES_PER_ITEM === 'number' && s.QUOTA_BYTES_PER_ITEM > 0 ? s.QUOTA_BYTES_PER_ITEM : SYNC_QUOTA_BYTES_PER_ITEM;
  const total = typeof s?.QUOTA_BYTES === 'number' && s.QUOTA_BYTES > 0 ? s.QUOTA_BYTES : SYNC_QUOTA_BYTES;
  return { perItem, total };
}

let instance: RulesStorage | undefined;
/** This browser's rules storage (one per page or worker). */
export function rulesStorage(): RulesStorage {
  return (instance ??= createRulesStorage({
    local: browserArea('local'),
    sync: browserArea('sync'),
    lock: webLock(),
    quota: browserQuota,
    defaults: () => defaultRules(uiLang()),
  }));
}

export const loadStoredRules = () => rulesStorage().loadStoredRules();
export const loadRules = () => rulesStorage().loadRules();
export const saveRules = (rules: Rules) => rulesStorage().saveRules(rules);
export const updateRules = (recipe: (current: Rules) => Rules | null) => rulesStorage().updateRules(recipe);
export const replaceRules = (rules: Rules) => rulesStorage().replaceRules(rules);
export const resetRules = () => rulesStorage().resetRules();
export const useSyncedRules = () => rulesStorage().useSyncedRules();
export const watchStoredRules = (cb: (stored: StoredRules) => void) => rulesStorage().watchStoredRules(cb);
export const watchRules = (cb: (rules: Rules) => void) => rulesStorage().watchRules(cb);
