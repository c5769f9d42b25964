// @vitest-environment happy-dom
/**
 * Two options pages of one browser: two stores, each with its own storage instance (as two tabs
 * have), on the same storage areas and the same lock (Web Locks are shared by the extension's
 * pages; here the in-memory stand-in).
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createOptionsStore } from '../../../components/options/store';
import type { OptionsStore } from '../../../components/options/store';
import { at } from '../../../components/options/paths';
import { defaultRules } from '../../../lib/settings/defaults';
import { memoryLock } from '../../../lib/settings/lock';
import type { Lock } from '../../../lib/settings/lock';
import { DEVICE_KEY, browserArea, createRulesStorage } from '../../../lib/settings/storage';
import type { RulesStorage } from '../../../lib/settings/storage';
import { META_KEY, chunkKey } from '../../../lib/settings/chunks';
import type { Rules } from '../../../lib/settings/schema';

interface Page {
  store: OptionsStore;
  storage: RulesStorage;
  stop(): void;
}

let lock: Lock;
const pages: Page[] = [];

async function openPage(): Promise<Page> {
  const storage = createRulesStorage({ local: browserArea('local'), sync: browserArea('sync'), lock });
  const store = createOptionsStore(storage);
  const stop = store.getState().start();
  await vi.waitFor(() => expect(store.getState().loaded).toBe(true));
  const page = { store, storage, stop };
  pages.push(page);
  return page;
}

/** The rules as this browser's review reads them. */
async function stored(): Promise<Rules> {
  return createRulesStorage({ local: browserArea('local'), sync: browserArea('sync'), lock }).loadRules();
}

function importedRules(): Rules {
  const rules = defaultRules();
  rules.goals = [{ id: 'imported', text: 'A goal from the imported file', enabled: true }];
  rules.custom = Array.from({ length: 12 }, (_, i) => ({
    id: `imported-${i}`,
    enabled: true,
    mode: 'avoid' as const,
    pattern: `imported phrase ${i}`,
    regex: false,
    networks: [],
    message: `Imported rule ${i}`,
    severity: 'warn' as const,
  }));
  rules.postGate = 'nudge';
  return rules;
}

const purpose = at('networks', 'linkedin', 'purpose');
const keystroke = () => vi.advanceTimersByTimeAsync(40);

beforeEach(() => {
  fakeBrowser.reset();
  lock = memoryLock();
  vi.useFakeTimers();
});
afterEach(() => {
  for (const page of pages.splice(0)) {
    page.stop();
    page.storage.dispose();
  }
  vi.useRealTimers();
});

describe('two options pages', () => {
  test('an import in one page while the other types: the import stays, and every keystroke typed after it lands on top', async () => {
    const one = await openPage();
    const two = await openPage();
    const typed = 'X purpose from B, typed while A imports';
    const imported = importedRules();
    const saves: Promise<unknown>[] = [];
    for (let i = 1; i <= typed.length; i++) {
      saves.push(two.store.getState().edit(purpose, typed.slice(0, i)));
      if (i === 10) saves.push(one.store.getState().replace(imported));
      await keystroke();
    }
    await vi.advanceTimersByTimeAsync(10_000);
    await Promise.all(saves);

    const rules = await stored();
    expect(rules.networks.linkedin.purpose).toBe(typed);
    expect(rules.goals).toEqual(imported.goals);
    expect(rules.custom).toEqual(imported.custom);
    expect(rules.postGate).toBe('nudge');
    // Both pages show what is stored.
    for (const page of [one, two]) expect(page.store.getState().saved).toEqual(rules);
    expect(two.store.getState().pending).toEqual({});
  });

  test('a change of shape in one page (a goal removed) is not undone by typing queued in the other', async () => {
    const one = await openPage();
    const two = await openPage();
    const saves: Promise<unknown>[] = [];
    const typed = 'Typed in page two';
    for (let i = 1; i <= typed.length; i++) {
      saves.push(two.store.getState().edit(purpose, typed.slice(0, i)));
      if (i === 3) saves.push(one.store.getState().change((r) => ({ ...r, goals: r.goals.slice(1) })));
      await keystroke();
    }
    await vi.advanceTimersByTimeAsync(10_000);
    await Promise.all(saves);
    const rules = await stored();
    expect(rules.goals).toEqual(defaultRules().goals.slice(1));
    expect(rules.networks.linkedin.purpose).toBe(typed);
  });

  test('typing into the same field in both pages: the last keystroke wins, whole; no stored value mixes the two', async () => {
    const one = await openPage();
    const two = await openPage();
    const fromA = 'X purpose from A';
    const fromB = 'X purpose from B';
    const seen: string[] = [];
    fakeBrowser.storage.local.onChanged.addListener((changes) => {
      const record = changes[DEVICE_KEY]?.newValue as { rules: Rules } | undefined;
      if (record) seen.push(record.rules.networks.linkedin.purpose);
    });
    const saves: Promise<unknown>[] = [];
    for (let i = 1; i <= fromA.length; i++) {
      saves.push(one.store.getState().edit(purpose, fromA.slice(0, i)));
      await keystroke();
      saves.push(two.store.getState().edit(purpose, fromB.slice(0, i)));
      await keystroke();
    }
    await vi.advanceTimersByTimeAsync(10_000);
    await Promise.all(saves);
    expect((await stored()).networks.linkedin.purpose).toBe(fromB);
    // Each page's value was written (equal prefixes write nothing new), and none mixed with the other.
    expect(seen).toContain(fromA);
    expect(seen.at(-1)).toBe(fromB);
    for (const value of seen) expect(fromA.startsWith(value) || fromB.startsWith(value), value).toBe(true);
  });

  test('pages share one sync write budget: together never over 120 writes a minute, and sync ends with the last value', async () => {
    const one = await openPage();
    const two = await openPage();
    const writes: number[] = [];
    const set = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementation((async (items: Record<string, unknown>) => {
      writes.push(Date.now());
      return set(items);
    }) as never);
    // Both pages type, a keystroke every 100 ms among them, for 90 s.
    let last = '';
    const saves: Promise<unknown>[] = [];
    for (let i = 0; i < 900; i++) {
      last = `typed ${i}`;
      saves.push((i % 2 ? two : one).store.getState().edit(purpose, last));
      await vi.advanceTimersByTimeAsync(100);
      // This browser's review is never behind the page.
      if (i % 100 === 0) expect((await stored()).networks.linkedin.purpose).toBe(last);
    }
    await Promise.all(saves);
    await vi.advanceTimersByTimeAsync(5_000);

    const most = Math.max(...writes.map((t) => writes.filter((u) => u >= t && u < t + 60_000).length));
    expect(most).toBeLessThanOrEqual(120);
    expect(writes.length).toBeGreaterThan(100);
    const items = await fakeBrowser.storage.sync.get(null);
    const meta = items[META_KEY] as { chunks: number };
    const text = Array.from({ length: meta.chunks }, (_, i) => items[chunkKey(i)]).join('');
    expect((JSON.parse(text) as Rules).networks.linkedin.purpose).toBe(last);
  });
});
