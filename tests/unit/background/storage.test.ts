// What the background keeps in storage.session is bounded, and a review it could not store is never
// shown as the old one: the badge says the review could not be updated, and so does the stored record.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDraftService, FAILED_BADGE, SESSION_WRITE_MS } from '../../../lib/background/drafts';
import { draftItem, isFailed } from '../../../lib/drafts/state';
import type { TabDraft } from '../../../lib/drafts/state';
import { boundDraft, MAX_EVIDENCE_PER_CHECK, MAX_STORED_TEXT } from '../../../lib/drafts/bound';
import { defaultRules } from '../../../lib/settings/defaults';
import { noBudget } from '../../support/budget';

const MONDAY_10 = new Date(2026, 10, 23, 10, 0);
// A clock that never moves: these tests are about storage, not the time budget (tests/unit/background/budget.test.ts).
const service = () => createDraftService({ rules: async () => defaultRules(), locale: 'en', now: () => MONDAY_10, budget: noBudget });
const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

/** Chrome's storage.session refuses a write that would take it past its quota; fakeBrowser does not. */
function simulateQuota(quota: number) {
  const area = fakeBrowser.storage.session;
  const set = area.set.bind(area);
  const used = async () => {
    const all = await area.get(null);
    return Object.entries(all).reduce((sum, [k, v]) => sum + k.length + bytes(v), 0);
  };
  return vi.spyOn(area, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    const all = await area.get(null);
    let next = await used();
    for (const [k, v] of Object.entries(items)) next += k.length + bytes(v) - (k in all ? k.length + bytes(all[k]) : 0);
    if (next > quota) throw new Error('Resource::kQuotaBytes quota exceeded');
    return set(items);
  });
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

/** The person pauses: the next draft of a composer is written at once, not held for the end of a typing burst's interval. */
function pause() {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now() + 2 * SESSION_WRITE_MS);
}

describe('what one draft may take of storage.session', () => {
  test('a planted 200,000-character "#a @b " draft stores its start and the first highlights of each check', async () => {
    const text = '#a @b '.repeat(200_000 / 6);
    await service().update(1, 'x.com', { composerId: 'c1', network: 'x', kind: 'post', text });
    const stored = (await draftItem(1).getValue()) as TabDraft;
    // Unbounded, this was 7.67 MB with 99,999 ranges.
    expect(bytes(stored)).toBeLessThan(100_000);
    expect(stored.text).toBe(text.slice(0, MAX_STORED_TEXT));
    expect(stored.fullLength).toBe(text.length);
    const flagged = stored.review.checks.filter((c) => c.evidenceMore !== undefined);
    expect(flagged.length).toBeGreaterThan(0);
    for (const c of stored.review.checks) expect(c.evidence.length).toBeLessThanOrEqual(MAX_EVIDENCE_PER_CHECK);
    // The panel says how many places it does not highlight.
    expect(flagged.some((c) => c.evidence.length === MAX_EVIDENCE_PER_CHECK && c.evidenceMore! > 1000)).toBe(true);
    // The verdict is the whole draft's: far over X's limit.
    expect(stored.review.checks.find((c) => c.id === 'length')?.status).toBe('fail');
  });

  test('evidence past the stored text goes, evidence across its end is cut there, a surrogate pair is never split', () => {
    const text = `${'a'.repeat(MAX_STORED_TEXT - 1)}😀tail`;
    const check = { id: 'x', status: 'warn' as const, severity: 'warn' as const, title: 't', reason: 'r'.repeat(5000), hint: 'h' };
    const draft = boundDraft({
      composerId: 'c',
      network: 'facebook',
      kind: 'post',
      text,
      tabId: 1,
      host: 'www.facebook.com',
      dismissed: [],
      updatedAt: 0,
      review: {
        verdict: 'consider',
        skipped: [],
        language: null,
        length: { count: text.length, limit: 63_206 },
        checks: [
          {
            ...check,
            evidence: [
              { start: 10, end: 20, label: 'a' },
              { start: MAX_STORED_TEXT - 5, end: MAX_STORED_TEXT + 3, label: 'b' },
              { start: MAX_STORED_TEXT + 1, end: MAX_STORED_TEXT + 4, label: 'c' },
            ],
          },
        ],
      },
    });
    expect(draft.text.length).toBe(MAX_STORED_TEXT - 1);
    expect(draft.review.checks[0]!.evidence).toEqual([
      { start: 10, end: 20, label: 'a' },
      { start: MAX_STORED_TEXT - 5, end: MAX_STORED_TEXT - 1, label: 'b' },
    ]);
    expect(draft.review.checks[0]!.evidenceMore).toBe(1);
    expect(draft.review.checks[0]!.reason.length).toBeLessThanOrEqual(1000);
  });
});

describe('a write that fails never leaves the old verdict standing', () => {
  const READY = 'Writing decisions down saves our team hours every single week, because nobody has to guess why. What do you think?';
  const long = (i: number) => `Draft ${i}: ${'We write every decision down so the team can read why. '.repeat(400)}`;

  test('storage.session full: a draft adding "Buy now… 030 1234567" shows the failure, not "ready"', async () => {
    const s = service();
    expect(await s.update(1, 'x.com', { composerId: 'c1', network: 'x', kind: 'post', text: READY })).toMatchObject({ verdict: 'ready' });

    simulateQuota(2_000_000);
    // Long drafts in other tabs until storage is full, as in the report (there: ~160 in 10 MB).
    let tab = 2;
    for (; tab < 500; tab++) {
      const badge = await s.update(tab, 'www.facebook.com', { composerId: `c${tab}`, network: 'facebook', kind: 'post', text: long(tab) });
      if (badge?.verdict === 'error') break;
    }
    expect(tab).toBeLessThan(500);
    // The tab whose write failed holds no review: a failure record where it fits, else nothing.
    const failed = await draftItem(tab).getValue();
    expect(failed === null || isFailed(failed)).toBe(true);

    // Fill what is left, so that any draft that grows cannot be stored.
    const all = await fakeBrowser.storage.session.get(null);
    const used = Object.entries(all).reduce((sum, [k, v]) => sum + k.length + bytes(v), 0);
    await fakeBrowser.storage.session.set({ filler: 'x'.repeat(2_000_000 - used - 'filler'.length - 2 - 10) });

    pause();
    const badge = await s.update(1, 'x.com', { composerId: 'c1', network: 'x', kind: 'post', text: `${READY} Buy now… 030 1234567` });
    expect(badge).toEqual(FAILED_BADGE);
    expect(badge?.verdict).not.toBe('ready');
    const stored = await draftItem(1).getValue();
    expect(stored && isFailed(stored)).toBe(true);

    // Room again (tabs closed): the next keystroke is reviewed and stored as usual.
    await fakeBrowser.storage.session.remove('filler');
    for (let t = 2; t <= tab; t++) await s.gone(t);
    pause();
    const again = await s.update(1, 'x.com', { composerId: 'c1', network: 'x', kind: 'post', text: `${READY} Buy now… 030 1234567!` });
    expect(again).toEqual({ verdict: 'consider', open: 1, empty: false });
    expect(isFailed((await draftItem(1).getValue())!)).toBe(false);
  });

  test('when not even the failure record fits, the old review is removed', async () => {
    const s = service();
    await s.update(1, 'x.com', { composerId: 'c1', network: 'x', kind: 'post', text: READY });
    vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValue(new Error('Resource::kQuotaBytes quota exceeded'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    pause();
    expect(await s.update(1, 'x.com', { composerId: 'c1', network: 'x', kind: 'post', text: `${READY} Buy now… 030 1234567` })).toEqual(
      FAILED_BADGE,
    );
    expect(await draftItem(1).getValue()).toBeNull();
  });

  test('a rules change or a dismissal whose write fails says so on the badge too', async () => {
    const s = service();
    await s.update(1, 'www.linkedin.com', {
      composerId: 'c1',
      network: 'linkedin',
      kind: 'post',
      text: 'We cut onboarding time in half, because memory fades.',
    });
    vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValue(new Error('quota'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await s.dismiss(1, 'c1', 'cta', true)).toEqual({ tabId: 1, composerId: 'c1', state: FAILED_BADGE });
    expect(await s.rereviewAll([1])).toEqual([{ tabId: 1, composerId: 'c1', state: FAILED_BADGE }]);
  });

  test('a review that throws is a failure on the badge, not the old verdict', async () => {
    let broken = false;
    const s = createDraftService({
      rules: async () => (broken ? Promise.reject(new Error('rules unreadable')) : defaultRules()),
      locale: 'en',
      now: () => MONDAY_10,
      budget: noBudget,
    });
    await s.update(1, 'x.com', { composerId: 'c1', network: 'x', kind: 'post', text: READY });
    broken = true;
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await s.update(1, 'x.com', { composerId: 'c1', network: 'x', kind: 'post', text: `${READY} Buy now` })).toEqual(FAILED_BADGE);
    expect(isFailed((await draftItem(1).getValue())!)).toBe(true);
  });
});
