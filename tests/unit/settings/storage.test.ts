import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultRules } from '../../../lib/settings/defaults';
import {
  isSizeQuotaError,
  loadRules,
  loadStoredRules,
  resetRules,
  saveRules,
  syncItemBytes,
  watchRules,
} from '../../../lib/settings/storage';
import type { Rules } from '../../../lib/settings/schema';
import v1Snapshot from './fixtures/rules-v1.json';

const sync = fakeBrowser.storage.sync;
const local = fakeBrowser.storage.local;

/** What both areas hold, as text, to compare byte for byte. */
async function dump(): Promise<string> {
  return JSON.stringify({ sync: await sync.get(), local: await local.get() });
}

function editedRules(): Rules {
  const rules = defaultRules();
  rules.networks.linkedin.purpose = 'Customers, hiring, and what I learn building the product.';
  rules.phrases.en.cta.add = ['DM me'];
  return rules;
}

/** Rules over storage.sync's 8 KB per item: many added phrases. */
function bigRules(): Rules {
  const rules = defaultRules();
  rules.phrases.en.value.add = Array.from({ length: 200 }, (_, i) => `lesson number ${i} from running the team`);
  return rules;
}

function rejectSyncWrites(message: string, which: (items: Record<string, unknown>) => boolean = (items) => 'rules' in items) {
  const realSet = sync.set.bind(sync);
  return vi.spyOn(sync, 'set').mockImplementation((async (items: Record<string, unknown>) => {
    if (which(items)) throw new Error(message);
    return realSet(items);
  }) as never);
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  fakeBrowser.reset();
});

describe('loadRules', () => {
  test('gives the defaults when nothing is stored', async () => {
    expect(await loadRules()).toEqual(defaultRules());
  });

  test('keeps the good sections of a partly broken stored object, without writing', async () => {
    const stored: Record<string, any> = editedRules();
    stored.thresholds = 'broken';
    stored.networks.x.limits.post = -1;
    await sync.set({ rules: stored });
    const before = await dump();

    const { rules, problems, location } = await loadStoredRules();
    expect(rules.networks.linkedin.purpose).toBe('Customers, hiring, and what I learn building the product.');
    expect(rules.phrases.en.cta.add).toEqual(['DM me']);
    expect(rules.thresholds).toEqual(defaultRules().thresholds);
    expect(rules.networks.x.limits.post).toBe(280);
    expect(problems.map((p) => p.path)).toEqual(['networks.x.limits.post', 'thresholds']);
    expect(location).toBe('sync');
    expect(await dump()).toBe(before);
  });

  test('migrates stored v1 rules on reading', async () => {
    await sync.set({ rules: v1Snapshot });
    const rules = await loadRules();
    expect(rules.version).toBe(2);
    expect(rules.networks.x.severity.cta).toBe('fail');
    expect(rules.phrases.en.cta.add).toEqual(v1Snapshot.phrases.cta);
  });

  test('follows the marker to local, ahead of a stale copy left in sync', async () => {
    const fresh = editedRules();
    await local.set({ rules: fresh });
    await sync.set({ rules: defaultRules(), rulesLocation: 'local' });
    expect(await loadRules()).toEqual(fresh);
  });

  test('reads whichever area has rules when the marked one has none', async () => {
    await sync.set({ rulesLocation: 'local' });
    await sync.set({ rules: editedRules() });
    expect(await loadRules()).toEqual(editedRules());
  });
});

describe('saveRules', () => {
  test('writes valid rules to sync and reads them back', async () => {
    const result = await saveRules(editedRules());
    expect(result).toEqual({ ok: true, rules: editedRules(), location: 'sync' });
    expect(await sync.get()).toEqual({ rules: editedRules(), rulesLocation: 'sync' });
    expect(await local.get()).toEqual({});
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

  test('puts rules over the per-item quota in local without trying sync, and marks it', async () => {
    const big = bigRules();
    expect(syncItemBytes('rules', big)).toBeGreaterThan(8192);
    const syncSet = vi.spyOn(sync, 'set');

    const result = await saveRules(big);

    expect(result).toMatchObject({ ok: true, location: 'local' });
    expect(syncSet.mock.calls.some(([items]) => 'rules' in (items as object))).toBe(false);
    expect(await sync.get()).toEqual({ rulesLocation: 'local' });
    expect(await local.get()).toEqual({ rules: big });
    expect(await loadStoredRules()).toEqual({ rules: big, location: 'local', problems: [] });
  });

  test('falls back to local when sync refuses the write as over quota', async () => {
    await saveRules(editedRules());
    // Under our measure but refused all the same, with Chrome's own message.
    rejectSyncWrites('QUOTA_BYTES_PER_ITEM quota exceeded');
    const rules = editedRules();
    rules.networks.x.hashtagLimit = 0;

    const result = await saveRules(rules);

    expect(result).toMatchObject({ ok: true, location: 'local' });
    expect(await local.get()).toEqual({ rules });
    expect(await sync.get()).toEqual({ rulesLocation: 'local' });
    expect(await loadRules()).toEqual(rules);
  });

  test('reports a write refused for another reason and changes nothing', async () => {
    await saveRules(editedRules());
    const before = await dump();
    rejectSyncWrites('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded');
    const rules = editedRules();
    rules.postGate = 'nudge';

    const result = await saveRules(rules);

    expect(result).toEqual({
      ok: false,
      errors: [{ path: '', message: 'The browser refused to store the rules: MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded' }],
    });
    expect(await dump()).toBe(before);
  });

  test('takes the local copy back when sync refuses even the marker', async () => {
    await saveRules(editedRules());
    const before = await dump();
    rejectSyncWrites('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded', () => true);

    const result = await saveRules(bigRules());

    expect(result).toMatchObject({ ok: false, errors: [{ path: '', message: expect.stringContaining('MAX_WRITE_OPERATIONS_PER_MINUTE') }] });
    expect(await dump()).toBe(before);
  });

  test('moves back to sync once the rules fit again, dropping the local copy', async () => {
    await saveRules(bigRules());
    const result = await saveRules(editedRules());
    expect(result).toMatchObject({ ok: true, location: 'sync' });
    expect(await sync.get()).toEqual({ rules: editedRules(), rulesLocation: 'sync' });
    expect(await local.get()).toEqual({});
  });

  test('resetRules stores the defaults in sync', async () => {
    await saveRules(bigRules());
    expect(await resetRules()).toMatchObject({ ok: true, location: 'sync' });
    expect(await loadRules()).toEqual(defaultRules());
    expect(await local.get()).toEqual({});
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
  test('reports each change in sync, once, with the new rules', async () => {
    const seen: Rules[] = [];
    const stop = watchRules((rules) => seen.push(rules));
    await saveRules(editedRules());
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]).toEqual(editedRules());
    stop();
  });

  test('reports a move to local with the new rules only', async () => {
    await saveRules(editedRules());
    const seen: Rules[] = [];
    const stop = watchRules((rules) => seen.push(rules));
    await settled(); // the watcher has read what is stored
    await saveRules(bigRules());
    await saveRules(editedRules()); // and back, so there is a later change to wait for
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen).toEqual([bigRules(), editedRules()]);
    stop();
  });

  test('reports a change another browser synced', async () => {
    const seen: Rules[] = [];
    const stop = watchRules((rules) => seen.push(rules));
    const theirs: Record<string, any> = editedRules();
    theirs.goals[0].enabled = false;
    await sync.set({ rules: theirs });
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]!.goals[0]!.enabled).toBe(false);
    stop();
  });

  test('stays quiet when equal rules are written, and after unsubscribing', async () => {
    await saveRules(editedRules());
    const seen: Rules[] = [];
    const stop = watchRules((rules) => seen.push(rules));
    await settled();
    await saveRules(editedRules());
    const changed = editedRules();
    changed.postGate = 'nudge';
    await saveRules(changed);
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]!.postGate).toBe('nudge');

    stop();
    await saveRules(defaultRules());
    await settled();
    expect(seen).toHaveLength(1);
  });
});
