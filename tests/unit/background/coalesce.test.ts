// Issue 14: what the background writes while the person types. A burst of keystrokes writes the tab's
// session draft a few times a second (the first change after a pause at once, then the latest at the end
// of each interval), the tab of the last draft once, and the cross-post memory once per pause. The
// badge's answer never waits for a write, and a held draft never outlives its composer or hides a failure.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDraftService, FAILED_BADGE, SESSION_WRITE_MS } from '../../../lib/background/drafts';
import { draftItem, isFailed } from '../../../lib/drafts/state';
import type { TabDraft } from '../../../lib/drafts/state';
import type { BadgeState } from '../../../lib/messaging/protocol';
import { defaultRules } from '../../../lib/settings/defaults';
import { noBudget } from '../../support/budget';

const MONDAY_10 = new Date(2026, 10, 23, 10, 0);
const TEXT = 'We cut onboarding time in half by writing decisions down, because memory fades.';
/** 8 keys a second, as in the bench. */
const KEY_MS = 125;

function service(storeFailed?: (tabId: number, composerId: string, state: BadgeState) => void) {
  return createDraftService({ rules: async () => defaultRules(), locale: 'en', now: () => MONDAY_10, budget: noBudget, storeFailed });
}

/** Each write to the storage area's keys, in order. */
function writesTo(area: 'session' | 'local') {
  const keys: string[] = [];
  const store = fakeBrowser.storage[area];
  const set = store.set.bind(store);
  vi.spyOn(store, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    keys.push(...Object.keys(items));
    return set(items);
  });
  return keys;
}

const stored = async (tabId: number) => {
  const d = await draftItem(tabId).getValue();
  return d && !isFailed(d) ? (d as TabDraft).text : d;
};

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Types `keys` keys into composer c1 of tab 1, one every KEY_MS; the badge's answers. */
async function burst(s: ReturnType<typeof service>, keys: number, from = 0): Promise<(BadgeState | null)[]> {
  const answers: (BadgeState | null)[] = [];
  for (let i = 0; i < keys; i++) {
    answers.push(await s.update(1, 'x.com', { composerId: 'c1', network: 'x', kind: 'post', text: TEXT.slice(0, from + i + 1) }));
    await vi.advanceTimersByTimeAsync(KEY_MS);
  }
  return answers;
}

test('a burst of 40 keys writes the session draft at most once in each interval, the latest text last, and the last tab once', async () => {
  const session = writesTo('session');
  const s = service();
  const answers = await burst(s, 40);
  // Every keystroke answered with its own review, none waiting for storage.
  expect(answers.every((a) => a !== null && a.verdict !== 'error')).toBe(true);
  await vi.advanceTimersByTimeAsync(SESSION_WRITE_MS);
  const drafts = session.filter((k) => k === 'draft:1').length;
  // 40 keys over 5 s: at most one write a SESSION_WRITE_MS, and many fewer than the keys.
  expect(drafts).toBeLessThanOrEqual(Math.ceil((40 * KEY_MS) / SESSION_WRITE_MS) + 1);
  expect(drafts).toBeLessThan(40);
  expect(session.filter((k) => k === 'lastDraftTab')).toHaveLength(1);
  expect(await stored(1)).toBe(TEXT.slice(0, 40));
});

test('the first key after a pause is stored at once, for the panel', async () => {
  const s = service();
  await burst(s, 5);
  await vi.advanceTimersByTimeAsync(2000);
  await s.update(1, 'x.com', { composerId: 'c1', network: 'x', kind: 'post', text: 'After a pause.' });
  expect(await stored(1)).toBe('After a pause.');
  // Another composer's first draft, even within the interval.
  await s.update(1, 'x.com', { composerId: 'c2', network: 'x', kind: 'post', text: 'In the reply box.' });
  expect(await stored(1)).toBe('In the reply box.');
});

test('the cross-post memory is written once per pause, not per key', async () => {
  const local = writesTo('local');
  const s = service();
  await burst(s, 30);
  expect(local.filter((k) => k === 'recentDrafts')).toHaveLength(0);
  await vi.advanceTimersByTimeAsync(1500);
  expect(local.filter((k) => k === 'recentDrafts')).toHaveLength(1);
  await burst(s, 10, 30);
  await vi.advanceTimersByTimeAsync(1500);
  expect(local.filter((k) => k === 'recentDrafts')).toHaveLength(2);
});

test('a composer that goes while its latest draft is held is not brought back when the interval ends', async () => {
  const s = service();
  await s.update(1, 'x.com', { composerId: 'c1', network: 'x', kind: 'post', text: 'First' });
  await s.update(1, 'x.com', { composerId: 'c1', network: 'x', kind: 'post', text: 'First key' });
  await s.gone(1, 'c1');
  await vi.advanceTimersByTimeAsync(SESSION_WRITE_MS * 2);
  expect(await draftItem(1).getValue()).toBeNull();
});

test('a held draft that cannot be stored leaves the failure record and tells its badge', async () => {
  const told: [number, string, BadgeState][] = [];
  const s = service((tabId, composerId, state) => told.push([tabId, composerId, state]));
  await s.update(1, 'x.com', { composerId: 'c1', network: 'x', kind: 'post', text: 'First' });
  const area = fakeBrowser.storage.session;
  const set = area.set.bind(area);
  vi.spyOn(area, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    const value = items['draft:1'] as { failed?: boolean } | undefined;
    if (value && !value.failed) throw new Error('Resource::kQuotaBytes quota exceeded');
    return set(items);
  });
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  // Answered with its review at once; the write is held, and fails at the end of the interval.
  expect(await s.update(1, 'x.com', { composerId: 'c1', network: 'x', kind: 'post', text: 'First key' })).not.toEqual(FAILED_BADGE);
  await vi.advanceTimersByTimeAsync(SESSION_WRITE_MS);
  expect(told).toEqual([[1, 'c1', FAILED_BADGE]]);
  const record = await draftItem(1).getValue();
  expect(record && isFailed(record)).toBe(true);
});

test('open panels get every review at once, while the storage write is held; a failure record and a removal too', async () => {
  const seen: (TabDraft | null | string)[] = [];
  const s = createDraftService({
    rules: async () => defaultRules(),
    locale: 'en',
    now: () => MONDAY_10,
    budget: noBudget,
    published: (_tab, d) => seen.push(d && !isFailed(d) ? (d as TabDraft).text : d && 'failed'),
  });
  await burst(s, 6);
  // Every key's review went to the panel, in order, though storage holds fewer writes.
  expect(seen).toEqual(Array.from({ length: 6 }, (_, i) => TEXT.slice(0, i + 1)));
  vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
  await vi.advanceTimersByTimeAsync(2000);
  await s.update(1, 'x.com', { composerId: 'c1', network: 'x', kind: 'post', text: 'Cannot be stored.' });
  expect(seen.at(-1)).toBe('failed');
  vi.restoreAllMocks();
  await s.gone(1, 'c1');
  expect(seen.at(-1)).toBeNull();
});
