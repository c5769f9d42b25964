import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultRules } from '../../../lib/settings/defaults';
import {
  DEVICE_KEY,
  isSizeQuotaError,
  loadRules,
  loadStoredRules,
  resetRules,
  rulesStorage,
  saveRules,
  syncItemBytes,
  watchRules,
} from '../../../lib/settings/storage';
import { META_KEY, TOO_LARGE_KEY, chunkKey, isChunkKey } from '../../../lib/settings/chunks';
import { RULES_VERSION } from '../../../lib/settings/schema';
import type { Rules } from '../../../lib/settings/schema';
import v1Snapshot from './fixtures/rules-v1.json';
import { hugeRules } from './largest-rules';

const sync = fakeBrowser.storage.sync;
const local = fakeBrowser.storage.local;

/** What both areas hold, as text, to compare byte for byte. */
async function dump(): Promise<string> {
  return JSON.stringify({ sync: await sync.get(), local: await local.get() });
}

export function editedRules(): Rules {
  const rules = defaultRules();
  rules.networks.linkedin.purpose = 'Customers, hiring, and what I learn building the product.';
  rules.phrases.en.cta.add = ['DM me'];
  return rules;
}

/** Rules over storage.sync's 8 KB per item: many added phrases. */
export function bigRules(): Rules {
  const rules = defaultRules();
  rules.phrases.en.value.add = Array.from({ length: 200 }, (_, i) => `lesson number ${i} from running the team`);
  return rules;
}

/** Sync's rules as its items say, joined (or null when they do not fully read). */
async function syncedRules(): Promise<unknown> {
  const items = await sync.get(null);
  const meta = items[META_KEY] as { chunks: number } | undefined;
  if (!meta) return null;
  const parts = Array.from({ length: meta.chunks }, (_, i) => items[chunkKey(i)]);
  return parts.every((p) => typeof p === 'string') ? JSON.parse(parts.join('')) : null;
}

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  rulesStorage().dispose();
  vi.useRealTimers();
});

describe('loadRules', () => {
  test('gives the defaults when nothing is stored, and sends nothing to sync', async () => {
    expect(await loadRules()).toEqual(defaultRules());
    expect(await sync.get(null)).toEqual({});
  });

  test('keeps the good sections of a partly broken stored object, and keeps the object as it was', async () => {
    const stored: Record<string, any> = editedRules();
    stored.thresholds = 'broken';
    stored.networks.x.limits.post = -1;
    await sync.set({ rules: stored });

    const { rules, problems, location } = await loadStoredRules();
    expect(rules.networks.linkedin.purpose).toBe('Customers, hiring, and what I learn building the product.');
    expect(rules.phrases.en.cta.add).toEqual(['DM me']);
    expect(rules.thresholds).toEqual(defaultRules().thresholds);
    expect(rules.networks.x.limits.post).toBe(280);
    expect(problems.map((p) => p.path)).toEqual(['networks.x.limits.post', 'thresholds']);
    expect(location).toBe('sync');
    // Migrated to this device's copy as it was, broken parts included: nothing is lost by reading.
    expect(((await local.get(DEVICE_KEY))[DEVICE_KEY] as { rules: unknown }).rules).toEqual(stored);
    expect((await sync.get('rules')).rules).toEqual(stored);
  });

  test('migrates stored v1 rules on reading, and leaves the old item in place', async () => {
    await sync.set({ rules: v1Snapshot });
    const rules = await loadRules();
    expect(rules.version).toBe(RULES_VERSION);
    expect(rules.networks.x.severity.cta).toBe('fail');
    expect(rules.phrases.en.cta.add).toEqual(v1Snapshot.phrases.cta);
    expect((await sync.get('rules')).rules).toEqual(v1Snapshot);
  });

  test("migrates this device's own old local copy ahead of a synced marker and a stale synced copy, and sends it to sync", async () => {
    const mine = bigRules();
    await local.set({ rules: mine });
    await sync.set({ rules: defaultRules(), rulesLocation: 'sync' });
    expect(await loadRules()).toEqual(mine);
    await vi.waitFor(async () => expect(await syncedRules()).toEqual(mine));
    // The old items stay: nothing is deleted on the strength of a marker.
    expect((await local.get('rules')).rules).toEqual(mine);
    expect(await sync.get(['rules', 'rulesLocation'])).toEqual({ rules: defaultRules(), rulesLocation: 'sync' });
  });
});

describe('a browser still on the old format', () => {
  test('its later save (or an old copy sync brings only after this browser started) is taken, until the new format is in sync', async () => {
    expect(await loadRules()).toEqual(defaultRules());
    await sync.set({ rules: editedRules() });
    expect(await loadRules()).toEqual(editedRules());
    // Not sent on: every browser reads the old item itself.
    await rulesStorage().publish();
    expect(await sync.get(null)).toEqual({ rules: editedRules() });
    // Once taken, the same old copy does not come back over a newer change.
    const changed = editedRules();
    changed.postGate = 'nudge';
    await saveRules(changed);
    expect(await loadRules()).toEqual(changed);
    // Once the new format is in sync, the old item no longer speaks.
    await sync.set({ rules: defaultRules() });
    expect(await loadRules()).toEqual(changed);
  });
});

describe('saveRules', () => {
  test("writes this device's copy and sync's in one set() each, and reads them back", async () => {
    const syncSet = vi.spyOn(sync, 'set');
    const result = await saveRules(editedRules());
    expect(result).toEqual({ ok: true, rules: editedRules(), location: 'sync' });
    expect(syncSet).toHaveBeenCalledTimes(1);
    expect(await syncedRules()).toEqual(editedRules());
    expect(await loadRules()).toEqual(editedRules());
  });

  test('writes nothing when the rules are invalid, and leaves the stored ones byte for byte', async () => {
    await saveRules(editedRules());
    const before = await dump();
    const syncSet = vi.spyOn(sync, 'set');
    const localSet = vi.spyOn(local, 'set');

    const broken = editedRules();
    broken.networks.linkedin.purpose = '';
    broken.custom = [{ id: 'x', enabled: true, mode: 'avoid', pattern: '(', regex: true, networks: [], message: 'm', severity: 'warn' }];
    const result = await saveRules(broken);

    expect(result).toEqual({
      ok: false,
      errors: [
        { path: 'networks.linkedin.purpose', message: 'must not be empty' },
        { path: 'custom[0].pattern', message: expect.stringMatching(/^is not a valid regular expression/) },
      ],
    });
    expect(syncSet).not.toHaveBeenCalled();
    expect(localSet).not.toHaveBeenCalled();
    expect(await dump()).toBe(before);
  });

  test('chunks rules over the per-item quota across sync items, all in one set() call, each under 8 KB', async () => {
    const big = bigRules();
    expect(syncItemBytes('rules', big)).toBeGreaterThan(8192);
    const syncSet = vi.spyOn(sync, 'set');

    expect(await saveRules(big)).toMatchObject({ ok: true, location: 'sync' });

    expect(syncSet).toHaveBeenCalledTimes(1);
    const items = syncSet.mock.calls[0]![0] as Record<string, unknown>;
    const chunks = Object.keys(items).filter(isChunkKey);
    expect(chunks.length).toBeGreaterThan(1);
    expect(items[META_KEY]).toMatchObject({ chunks: chunks.length });
    for (const [key, value] of Object.entries(items)) expect(syncItemBytes(key, value)).toBeLessThanOrEqual(8192);
    expect(await syncedRules()).toEqual(big);
    expect(await loadStoredRules()).toEqual({ rules: big, location: 'sync', problems: [], sync: null, syncedAvailable: false });
  });

  test('removes the chunks left over when the rules shrink', async () => {
    await saveRules(bigRules());
    await saveRules(editedRules());
    expect(Object.keys(await sync.get(null)).filter(isChunkKey)).toEqual([chunkKey(0)]);
    expect(await syncedRules()).toEqual(editedRules());
  });

  test("keeps rules over sync's total quota on this device only, tells sync so, and deletes nothing there", async () => {
    await saveRules(bigRules());
    const chunksBefore = Object.keys(await sync.get(null)).filter(isChunkKey);
    const huge = hugeRules();
    const result = await saveRules(huge);
    expect(result).toMatchObject({ ok: true, location: 'local' });
    const items = await sync.get(null);
    expect(items[TOO_LARGE_KEY]).toMatchObject({ format: 1 });
    expect(Object.keys(items).filter(isChunkKey)).toEqual(chunksBefore);
    expect(await syncedRules()).toEqual(bigRules());
    expect(await loadStoredRules()).toMatchObject({ rules: huge, location: 'local', sync: 'device-only', syncedAvailable: false });
  });

  test('a sync write refused for its rate still saves on this device at once, and sync follows later', async () => {
    vi.useFakeTimers();
    await saveRules(editedRules());
    const realSet = sync.set.bind(sync);
    let refuse = true;
    vi.spyOn(sync, 'set').mockImplementation((async (items: Record<string, unknown>) => {
      if (refuse) throw new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded');
      return realSet(items);
    }) as never);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const rules = editedRules();
    rules.postGate = 'nudge';

    expect(await saveRules(rules)).toMatchObject({ ok: true });
    expect(await loadRules()).toEqual(rules);
    expect(await syncedRules()).toEqual(editedRules());
    expect(warn).toHaveBeenCalled();

    refuse = false;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(await syncedRules()).toEqual(rules);
  });

  test('reports a write this device refuses and changes nothing', async () => {
    await saveRules(editedRules());
    const before = await dump();
    vi.spyOn(local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const rules = editedRules();
    rules.postGate = 'nudge';

    expect(await saveRules(rules)).toEqual({
      ok: false,
      errors: [{ path: '', message: 'The browser refused to store the rules: QUOTA_BYTES quota exceeded' }],
    });
    expect(await dump()).toBe(before);
  });

  test('resetRules stores the defaults, also over rules kept on this device only', async () => {
    await saveRules(hugeRules());
    expect(await resetRules()).toMatchObject({ ok: true, location: 'sync' });
    expect(await loadRules()).toEqual(defaultRules());
    expect(await syncedRules()).toEqual(defaultRules());
  });
});

describe('isSizeQuotaError', () => {
  test.each([
    ['QUOTA_BYTES_PER_ITEM quota exceeded', true],
    ['QUOTA_BYTES quota exceeded', true],
    ['QuotaExceededError: storage.sync API call exceeded its quota limitations.', true],
    ['MAX_WRITE_OPERATIONS_PER_HOUR quota exceeded', false],
    ['Extension context invalidated.', false],
  ])('%s → %s', (message, expected) => {
    expect(isSizeQuotaError(new Error(message))).toBe(expected);
  });
});

describe('watchRules', () => {
  test('reports each change, once, with the new rules', async () => {
    const seen: Rules[] = [];
    const stop = watchRules((rules) => seen.push(rules));
    await saveRules(editedRules());
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]).toEqual(editedRules());
    stop();
  });

  test('reports a move to this device only and back', async () => {
    await saveRules(editedRules());
    const seen: Rules[] = [];
    const stop = watchRules((rules) => seen.push(rules));
    await vi.waitFor(async () => expect(await loadRules()).toEqual(editedRules()));
    await new Promise((resolve) => setTimeout(resolve, 0));
    await saveRules(hugeRules());
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    await saveRules(editedRules());
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen).toEqual([hugeRules(), editedRules()]);
    stop();
  });

  test('stays quiet when equal rules are written, and after unsubscribing', async () => {
    await saveRules(editedRules());
    const seen: Rules[] = [];
    const stop = watchRules((rules) => seen.push(rules));
    await new Promise((resolve) => setTimeout(resolve, 0));
    await saveRules(editedRules());
    const changed = editedRules();
    changed.postGate = 'nudge';
    await saveRules(changed);
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]!.postGate).toBe('nudge');

    // A watcher still subscribed says when the change has been delivered: no sleep stands in for "long enough".
    const later: Rules[] = [];
    const stopLater = watchRules((rules) => later.push(rules));
    stop();
    await saveRules(defaultRules());
    await vi.waitFor(() => expect(later).toEqual([defaultRules()]));
    expect(seen).toHaveLength(1);
    stopLater();
  });
});
