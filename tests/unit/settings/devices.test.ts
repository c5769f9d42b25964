/**
 * Rules across two browsers (each its own storage.local, one storage.sync reaching the other
 * after a delay, sometimes item by item) and across pages of one browser.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { defaultRules } from '../../../lib/settings/defaults';
import { DEVICE_KEY, REPLACED_KEY } from '../../../lib/settings/storage';
import { META_KEY, TOO_LARGE_KEY, chunkKey, isChunkKey, syncItemsFor } from '../../../lib/settings/chunks';
import type { Stamp } from '../../../lib/settings/chunks';
import { RULES_VERSION } from '../../../lib/settings/schema';
import type { Rules } from '../../../lib/settings/schema';
import { SyncService, device } from './devices';
import { codeNameRules } from '../../support/code-name-rules';
import type { Device } from './devices';
import { hugeRules } from './largest-rules';

/** 40 custom rules: about 10 KB, over one sync item. */
function fortyCustomRules(): Rules {
  return { ...defaultRules(), custom: codeNameRules(40) };
}

const withPurpose = (rules: Rules, purpose: string): Rules => ({
  ...rules,
  networks: { ...rules.networks, linkedin: { ...rules.networks.linkedin, purpose } },
});

let service: SyncService;
let a: Device;
let b: Device;

beforeEach(() => {
  vi.useFakeTimers();
  service = new SyncService();
  a = device(service, 'a');
  b = device(service, 'b');
});
afterEach(() => {
  a.rules.dispose();
  b.rules.dispose();
  vi.useRealTimers();
});

const arrive = () => vi.advanceTimersByTimeAsync(service.delay + 60_000);

describe('two browsers', () => {
  test("a browser takes another's saved rules once they have arrived, and says so to its watchers", async () => {
    await b.rules.loadRules();
    const seen: Rules[] = [];
    const stop = b.rules.watchRules((rules) => seen.push(rules));
    const mine = fortyCustomRules();
    expect(await a.rules.saveRules(mine)).toMatchObject({ ok: true, location: 'sync' });

    expect(await b.rules.loadRules()).toEqual(defaultRules());
    await arrive();
    expect(await b.rules.loadRules()).toEqual(mine);
    expect(seen).toEqual([mine]);
    stop();
  });

  test('40 custom rules survive the other browser editing, and the first editing again (issue 17)', async () => {
    await a.rules.saveRules(fortyCustomRules());
    await arrive();
    // The second browser sees them all, and its edit lands on them.
    expect((await b.rules.loadRules()).custom).toHaveLength(40);
    await b.rules.updateRules((rules) => withPurpose(rules, 'Edited in the second browser'));
    await arrive();
    const onA = await a.rules.loadRules();
    expect(onA.custom).toHaveLength(40);
    expect(onA.networks.linkedin.purpose).toBe('Edited in the second browser');
    // The first browser's next edit keeps everything.
    await a.rules.updateRules((rules) => ({ ...rules, postGate: 'nudge' }));
    await arrive();
    for (const d of [a, b]) {
      const rules = await d.rules.loadRules();
      expect(rules.custom).toEqual(fortyCustomRules().custom);
      expect(rules.networks.linkedin.purpose).toBe('Edited in the second browser');
      expect(rules.postGate).toBe('nudge');
    }
  });

  test('40 custom rules kept in the old format (local copy, synced marker) survive the upgrade of both browsers', async () => {
    // Before: the first browser's rules were over 8 KB, so in its storage.local, with the marker in sync;
    // the second browser had only an older small copy in sync.
    const old = fortyCustomRules();
    a.local.data = { rules: old };
    for (const d of [a, b]) d.sync.data = { rules: withPurpose(defaultRules(), 'An older copy'), rulesLocation: 'local' };

    // The second browser upgrades and reads first: the marker says local, it has no local copy.
    expect((await b.rules.loadRules()).networks.linkedin.purpose).toBe('An older copy');
    await arrive();
    expect((await a.rules.loadRules()).custom).toHaveLength(40);
    await arrive();
    expect((await b.rules.loadRules()).custom).toEqual(old.custom);
    // An edit in the second browser, then one in the first: still all 40 in both.
    await b.rules.updateRules((rules) => withPurpose(rules, 'Edited in the second browser'));
    await arrive();
    await a.rules.updateRules((rules) => ({ ...rules, postGate: 'nudge' }));
    await arrive();
    for (const d of [a, b]) {
      const rules = await d.rules.loadRules();
      expect(rules.custom).toEqual(old.custom);
      expect([rules.networks.linkedin.purpose, rules.postGate]).toEqual(['Edited in the second browser', 'nudge']);
    }
    // The old items are still where they were.
    expect(a.local.data.rules).toEqual(old);
    expect(b.sync.data.rulesLocation).toBe('local');
  });

  test('a copy whose chunks have not all arrived changes nothing, is reported, and is taken once complete', async () => {
    const theirs = fortyCustomRules();
    await b.rules.saveRules(withPurpose(defaultRules(), 'Mine on b'));
    await arrive();
    // Meta first, then one chunk every 5 s.
    service.order = (keys) => [...keys].sort((x, y) => (x === META_KEY ? -1 : y === META_KEY ? 1 : x.localeCompare(y)));
    service.itemGap = 5_000;
    const seen: Rules[] = [];
    const stop = b.rules.watchRules((rules) => seen.push(rules));
    await a.rules.saveRules(theirs);
    const chunks = Object.keys(a.sync.data).filter(isChunkKey).length;
    expect(chunks).toBeGreaterThan(1);
    const localBefore = JSON.stringify(b.local.data[DEVICE_KEY]);

    await vi.advanceTimersByTimeAsync(service.delay + 1);
    expect(b.sync.data[META_KEY]).toEqual(a.sync.data[META_KEY]);
    const partly = await b.rules.loadStoredRules();
    expect(partly.sync).toBe('incomplete');
    expect(partly.rules.networks.linkedin.purpose).toBe('Mine on b');
    expect(JSON.stringify(b.local.data[DEVICE_KEY])).toBe(localBefore);
    expect(seen).toEqual([]);

    await vi.advanceTimersByTimeAsync(chunks * service.itemGap);
    const complete = await b.rules.loadStoredRules();
    expect(complete.sync).toBeNull();
    expect(complete.rules).toEqual(theirs);
    expect(seen).toEqual([theirs]);
    stop();
  });

  test('an old chunk still in place of a new one is caught by the hash', async () => {
    await a.rules.saveRules(fortyCustomRules());
    await arrive();
    expect((await b.rules.loadRules()).custom).toHaveLength(40);
    const before = JSON.stringify(b.local.data[DEVICE_KEY]);
    // The new copy's meta and first chunk arrive; the second chunk of the old copy is still there.
    const next = withPurpose(fortyCustomRules(), 'A newer purpose');
    const stamp: Stamp = { t: Date.now() + 1000, d: 'a' };
    const { items } = syncItemsFor(JSON.stringify(next), stamp);
    b.sync.apply({ [META_KEY]: items[META_KEY], [chunkKey(0)]: items[chunkKey(0)] });
    expect(b.sync.data[chunkKey(1)]).not.toEqual(items[chunkKey(1)]);
    expect((await b.rules.loadStoredRules()).sync).toBe('incomplete');
    expect(JSON.stringify(b.local.data[DEVICE_KEY])).toBe(before);
    b.sync.apply({ [chunkKey(1)]: items[chunkKey(1)] });
    expect((await b.rules.loadRules()).networks.linkedin.purpose).toBe('A newer purpose');
  });

  test('rules too large for sync stay on their browser; the other keeps its own and says why; nothing crosses without the say of the person', async () => {
    await b.rules.saveRules(withPurpose(defaultRules(), 'Mine on b'));
    await arrive();
    const huge = hugeRules();
    expect(await a.rules.saveRules(huge)).toMatchObject({ ok: true, location: 'local' });
    expect(a.sync.data[TOO_LARGE_KEY]).toMatchObject({ format: 1 });
    await arrive();
    expect(await b.rules.loadStoredRules()).toMatchObject({ sync: 'other-too-large', location: 'sync' });
    expect((await b.rules.loadRules()).networks.linkedin.purpose).toBe('Mine on b');

    // The second browser edits: its small rules go to sync, the large browser keeps its own.
    await b.rules.updateRules((rules) => withPurpose(rules, 'Edited on b'));
    await arrive();
    const onA = await a.rules.loadStoredRules();
    expect(onA).toMatchObject({ sync: 'device-only', syncedAvailable: true, location: 'local' });
    expect(onA.rules).toEqual(huge);
    expect(await a.rules.updateRules((rules) => ({ ...rules, postGate: 'nudge' }))).toMatchObject({ ok: true, location: 'local' });
    expect((await a.rules.loadRules()).phrases).toEqual(huge.phrases);

    // The person says so: the synced rules are taken, its own are set aside.
    expect(await a.rules.useSyncedRules()).toMatchObject({ ok: true });
    expect(await a.rules.loadStoredRules()).toMatchObject({ sync: null, location: 'sync' });
    expect((await a.rules.loadRules()).networks.linkedin.purpose).toBe('Edited on b');
    expect((a.local.data[REPLACED_KEY] as Rules).phrases).toEqual(huge.phrases);
  });

  test('rules from a newer version keep the fields this version does not know, and their version', async () => {
    // A newer Postcheck in the first browser wrote a later version with fields this one does not know.
    const newer: Record<string, any> = structuredClone(fortyCustomRules());
    newer.version = RULES_VERSION + 1;
    newer.digest = { weekly: true, day: 'monday' };
    newer.networks.x.threads = { numbering: '1/' };
    newer.custom[0].caseSensitive = true;
    newer.postGate = 'block'; // a value this version cannot read
    const { items } = syncItemsFor(JSON.stringify(newer), { t: Date.now(), d: 'a' });
    void a.sync.set(items);
    await arrive();

    const read = await b.rules.loadStoredRules();
    expect(read.rules.custom).toHaveLength(40);
    expect(read.rules.postGate).toBe('off');
    expect(read.problems.map((p) => p.path)).toContain('version');

    await b.rules.updateRules((rules) => withPurpose(rules, 'Edited by the older version'));
    const stored = (b.local.data[DEVICE_KEY] as { rules: Record<string, any> }).rules;
    expect(stored.version).toBe(RULES_VERSION + 1);
    expect(stored.digest).toEqual({ weekly: true, day: 'monday' });
    expect(stored.networks.x.threads).toEqual({ numbering: '1/' });
    expect(stored.custom[0].caseSensitive).toBe(true);
    expect(stored.postGate).toBe('block');
    expect(stored.networks.linkedin.purpose).toBe('Edited by the older version');
    // And so it goes back to the newer browser.
    await arrive();
    const back = (await a.sync.get([META_KEY]))[META_KEY] as { chunks: number };
    const text = Array.from({ length: back.chunks }, (_, i) => a.sync.data[chunkKey(i)]).join('');
    expect(JSON.parse(text)).toEqual(stored);
  });

  test('unknown fields of this version survive a save (a field added without a version step)', async () => {
    const stored: Record<string, any> = structuredClone(defaultRules());
    stored.goals[0].color = 'blue';
    stored.thresholds.extra = 7;
    a.local.data = { rules: stored };
    await a.rules.saveRules({ ...(await a.rules.loadRules()), postGate: 'nudge' });
    const now = (a.local.data[DEVICE_KEY] as { rules: Record<string, any> }).rules;
    expect([now.goals[0].color, now.thresholds.extra, now.postGate, now.version]).toEqual(['blue', 7, 'nudge', RULES_VERSION]);
  });
});

test('an old-format copy that sync brings late to a fresh browser does not override newer rules on their way', async () => {
  await a.rules.saveRules(fortyCustomRules());
  // The second browser starts fresh; the old item reaches it before the new chunks do.
  await b.rules.loadRules();
  b.sync.apply({ rules: withPurpose(defaultRules(), 'A stale old-format copy') });
  expect((await b.rules.loadRules()).networks.linkedin.purpose).toBe('A stale old-format copy');
  await arrive();
  for (const d of [a, b]) expect(await d.rules.loadRules()).toEqual(fortyCustomRules());
});

describe('pages of one browser', () => {
  test("a change in one page lands on the other page's change instead of undoing it", async () => {
    const one = a.page();
    const two = a.page();
    const imported = fortyCustomRules();
    await Promise.all([
      one.replaceRules(imported),
      two.updateRules((rules) => withPurpose(rules, 'Typed in page two')),
      one.updateRules((rules) => ({ ...rules, postGate: 'nudge' })),
    ]);
    const rules = await two.loadRules();
    expect(rules.custom).toEqual(imported.custom);
    expect(rules.networks.linkedin.purpose).toBe('Typed in page two');
    expect(rules.postGate).toBe('nudge');
  });

  test('share one sync write budget: never over 120 writes in a minute or 1,800 in an hour, this browser always current, sync at last current', async () => {
    const pages = [a.page(), a.page(), a.page()];
    const writes: number[] = [];
    const set = a.sync.set.bind(a.sync);
    a.sync.set = async (items) => {
      writes.push(Date.now());
      return set(items);
    };
    const start = Date.now();
    // Three pages typing in turn: for two minutes a keystroke every 100 ms among them, then for
    // an hour one every 1.5 s (more than the hour's budget of 1,800).
    let last = '';
    const type = async (i: number, gap: number) => {
      last = `purpose typed ${i}`;
      const value = last;
      expect((await pages[i % 3]!.updateRules((rules) => withPurpose(rules, value))).ok).toBe(true);
      // This browser's copy is current at once, whatever the budget.
      if (i % 50 === 0) expect((await a.rules.loadRules()).networks.linkedin.purpose).toBe(value);
      await vi.advanceTimersByTimeAsync(gap);
    };
    let i = 0;
    for (; i < 1_200; i++) await type(i, 100);
    for (; i < 1_200 + 2_400; i++) await type(i, 1_500);
    await vi.advanceTimersByTimeAsync(60_000);
    pages.forEach((p) => p.dispose());

    const most = (window: number) => Math.max(...writes.map((t) => writes.filter((u) => u >= t && u < t + window).length));
    expect(most(60_000)).toBeLessThanOrEqual(120);
    expect(most(3_600_000)).toBeLessThanOrEqual(1_800);
    // And the budget is used, not starved: well over one write a minute.
    expect(writes.length).toBeGreaterThan(1_500);
    expect(writes[0]).toBe(start);
    await arrive();
    expect((await b.rules.loadRules()).networks.linkedin.purpose).toBe(last);
  });
});

describe('a sync that never answers', () => {
  test('holds no save: this browser saves at once, other pages are not kept waiting, and sync is written when it answers again', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const set = a.sync.set.bind(a.sync);
    let hang = true;
    a.sync.set = (items) => (hang ? new Promise<void>(() => undefined) : set(items));
    const one = a.page();
    const two = a.page();
    const first = one.updateRules((rules) => withPurpose(rules, 'Saved while sync hangs'));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await first).toMatchObject({ ok: true });
    const second = two.updateRules((rules) => ({ ...rules, postGate: 'nudge' }));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await second).toMatchObject({ ok: true });
    expect(await a.rules.loadRules()).toMatchObject({ postGate: 'nudge', networks: { linkedin: { purpose: 'Saved while sync hangs' } } });
    expect(warn).toHaveBeenCalled();

    hang = false;
    await vi.advanceTimersByTimeAsync(61_000);
    await arrive();
    expect(await b.rules.loadRules()).toMatchObject({ postGate: 'nudge', networks: { linkedin: { purpose: 'Saved while sync hangs' } } });
    one.dispose();
    two.dispose();
  });
});
