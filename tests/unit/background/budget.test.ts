// The background gives every review a time budget, and a review that ran out of it never shows "ready".
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AGAIN_MS, createDraftService, REVIEW_BUDGET_MS } from '../../../lib/background/drafts';
import { draftItem, isFailed } from '../../../lib/drafts/state';
import { defaultRules } from '../../../lib/settings/defaults';
import type { Review, ReviewContext } from '../../../lib/review/types';
import { noBudget } from '../../support/budget';

// The engine's side of the budget is its own (lib/review); here it stands in to see what the background
// passes and how it shows a review that gave up, whatever the engine found before it stopped.
// giveUps: how many of the next reviews run out of time (Infinity: every one).
const engine = vi.hoisted(() => ({ contexts: [] as ReviewContext[], giveUps: 0 }));
vi.mock('../../../lib/review/review', async (actual) => {
  const real = await actual<typeof import('../../../lib/review/review')>();
  return {
    ...real,
    review: (...args: Parameters<typeof real.review>): Review => {
      engine.contexts.push(args[2]);
      const out = real.review(...args);
      if (engine.giveUps <= 0) return out;
      engine.giveUps -= 1;
      // As the contract says: the remaining checks skipped as 'over-budget'. An engine that still said
      // "ready" (all checks that ran passed) must not get a green badge.
      const [ran, ...rest] = out.checks;
      return {
        ...out,
        verdict: 'ready',
        checks: ran ? [ran] : [],
        skipped: [...out.skipped, ...rest.map((c) => ({ id: c.id, why: 'over-budget' as const }))],
        incomplete: 'budget',
      };
    },
  };
});

const MONDAY_10 = new Date(2026, 10, 23, 10, 0);
const draft = {
  composerId: 'c1',
  network: 'x' as const,
  kind: 'post' as const,
  text: 'Writing decisions down saves hours, because nobody has to guess why. What do you think?',
};

// The service's one more try is a timer: a fake one, so none left by a test fires in the next.
beforeEach(() => {
  fakeBrowser.reset();
  engine.contexts.length = 0;
  engine.giveUps = 0;
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
});

test('every review gets a budget on the high-resolution clock', async () => {
  const s = createDraftService({ rules: async () => defaultRules(), locale: 'en', now: () => MONDAY_10 });
  await s.update(1, 'x.com', draft);
  await s.dismiss(1, 'c1', 'cta', true);
  await s.rereviewAll([1]);
  expect(engine.contexts).toHaveLength(3);
  // The budget reads performance.now itself (not a copy taken earlier, not Date): what it says, the budget says.
  const clock = vi.spyOn(performance, 'now').mockReturnValue(123_456.5);
  for (const context of engine.contexts) {
    expect(context.budget?.ms).toBe(REVIEW_BUDGET_MS);
    expect(context.budget!.now()).toBe(123_456.5);
  }
  clock.mockReturnValue(7.25);
  expect(engine.contexts.map((c) => c.budget!.now())).toEqual([7.25, 7.25, 7.25]);
});

// From here the real engine's clock stands still (noBudget): only the stand-in runs out of time, never a real
// review on a busy machine, which would add a try of its own.
test('a review that ran out of time says so on the badge and in storage, and is never "ready"', async () => {
  const s = createDraftService({ rules: async () => defaultRules(), locale: 'en', now: () => MONDAY_10, budget: noBudget });
  engine.giveUps = Infinity;
  const badge = await s.update(1, 'x.com', draft);
  expect(badge).toEqual({ verdict: 'consider', open: 0, empty: false, incomplete: true });
  const stored = await draftItem(1).getValue();
  expect(stored && !isFailed(stored) && stored.review.incomplete).toBe('budget');
  // A review that finishes again is shown as usual.
  engine.giveUps = 0;
  expect(await s.update(1, 'x.com', { ...draft, text: `${draft.text} Truly.` })).toEqual({ verdict: 'ready', open: 0, empty: false });
});

describe('a review that ran out of time is made once more, a moment later', () => {
  const service = () => {
    const told: Array<[number, string, unknown]> = [];
    const s = createDraftService({
      rules: async () => defaultRules(),
      locale: 'en',
      now: () => MONDAY_10,
      budget: noBudget,
      reviewedAgain: (tabId, composerId, state) => told.push([tabId, composerId, state]),
    });
    return { s, told };
  };

  test('a draft that missed the budget once (a cold worker, a busy machine) is shown as it is, badge and storage', async () => {
    const { s, told } = service();
    engine.giveUps = 1;
    expect((await s.update(1, 'x.com', draft))?.incomplete).toBe(true);
    await vi.advanceTimersByTimeAsync(AGAIN_MS);
    expect(engine.contexts).toHaveLength(2);
    expect(told).toEqual([[1, 'c1', { verdict: 'ready', open: 0, empty: false }]]);
    const stored = await draftItem(1).getValue();
    expect(stored && !isFailed(stored) ? [stored.review.verdict, stored.review.incomplete] : stored).toEqual(['ready', undefined]);
  });

  test('a draft too long indeed is tried once more only, and stays marked', async () => {
    const { s, told } = service();
    engine.giveUps = Infinity;
    await s.update(1, 'x.com', draft);
    await vi.advanceTimersByTimeAsync(AGAIN_MS * 20);
    expect(engine.contexts).toHaveLength(2);
    expect(told).toEqual([[1, 'c1', { verdict: 'consider', open: 0, empty: false, incomplete: true }]]);
  });

  test('a draft still being typed is not reviewed again: its next key is', async () => {
    const { s, told } = service();
    engine.giveUps = 1;
    await s.update(1, 'x.com', draft);
    await s.update(1, 'x.com', { ...draft, text: `${draft.text} Truly.` });
    await vi.advanceTimersByTimeAsync(AGAIN_MS * 2);
    expect(engine.contexts).toHaveLength(2);
    expect(told).toEqual([]);
  });

  test('nor one whose tab closed', async () => {
    const { s, told } = service();
    engine.giveUps = 1;
    await s.update(1, 'x.com', draft);
    await s.gone(1);
    await vi.advanceTimersByTimeAsync(AGAIN_MS * 2);
    expect(engine.contexts).toHaveLength(1);
    expect(told).toEqual([]);
  });
});
