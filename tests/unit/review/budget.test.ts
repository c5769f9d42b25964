// The review's time budget, with a fake clock: the budget is read between checks (and between the
// person's rules); once it is gone the rest is skipped as 'over-budget' and the review never says "ready".
import { describe, expect, test } from 'vitest';
import { contextAt } from '../../../lib/review/context';
import { CHECKS } from '../../../lib/review/registry';
import { review } from '../../../lib/review/review';
import type { Draft, ReviewContext } from '../../../lib/review/types';
import { defaultRules } from '../../../lib/settings/defaults';
import type { CustomRule, Rules } from '../../../lib/settings/schema';

const NOW = new Date(2026, 10, 24, 10, 0);
const READY_X: Draft = {
  network: 'x',
  kind: 'post',
  text: 'Small teams ship faster when every change is small: one flag per change, reviews within a day. What made your team faster?',
};

const custom = (id: string, pattern = 'synergy'): CustomRule => ({
  id,
  enabled: true,
  mode: 'avoid',
  pattern,
  regex: false,
  networks: [],
  message: 'No.',
  severity: 'warn',
});

/** A clock that moves `step` ms each time it is read, as if every check took that long. */
function ticking(step: number) {
  let t = 1000;
  const reads: number[] = [];
  return {
    reads,
    now: () => {
      reads.push(t);
      const now = t;
      t += step;
      return now;
    },
  };
}

function withBudget(ms: number, clock: { now: () => number }): ReviewContext {
  return { ...contextAt(NOW, 'en'), budget: { now: clock.now, ms } };
}

function rulesWith(...rules: CustomRule[]): Rules {
  const r = defaultRules();
  r.custom = rules;
  r.pause = [{ id: 'storm', label: 'Storm', from: null, to: null, topics: ['storm'] }];
  return r;
}

describe('time budget', () => {
  test('ample: the review is the same as without a budget', () => {
    const rules = rulesWith(custom('a'), custom('b'));
    const plain = review(READY_X, rules, contextAt(NOW, 'en'));
    const budgeted = review(READY_X, rules, withBudget(10_000, ticking(1)));
    expect(budgeted).toEqual(plain);
    expect(budgeted.incomplete).toBeUndefined();
    expect(plain.verdict).toBe('ready');
  });

  test('runs out between checks: the rest are skipped as over-budget, in order, and the verdict is not ready', () => {
    const rules = rulesWith(custom('a'), custom('b'));
    // Read once at the start, then before each check: 10 ms a read, 25 ms allowed → two checks run.
    const r = review(READY_X, rules, withBudget(25, ticking(10)));
    const ran = r.checks.map((c) => c.id);
    expect(ran).toEqual(CHECKS.slice(0, 2).map((c) => c.id));
    const over = r.skipped.filter((s) => s.why === 'over-budget').map((s) => s.id);
    const applicable = CHECKS.filter((c) => c.appliesTo.includes('post')).map((c) => c.id);
    expect(over).toEqual([...applicable.slice(2), 'custom:a', 'custom:b', 'pause']);
    // Not-applicable checks are still said to be so, not blamed on the budget.
    expect(r.skipped.filter((s) => s.why === 'not-applicable').map((s) => s.id)).toEqual(['share-comment']);
    expect(r.incomplete).toBe('budget');
    expect(r.verdict).toBe('consider');
  });

  test('between the person’s rules too: fifty rules may be what runs it out', () => {
    const rules = rulesWith(...Array.from({ length: 50 }, (_, i) => custom(`r${i}`)));
    const builtins = CHECKS.filter((c) => c.appliesTo.includes('post')).length;
    // Read at the start (0), before each built-in check (1…builtins), then before each rule: three fit.
    const r = review(READY_X, rules, withBudget(builtins + 4, ticking(1)));
    expect(r.checks.filter((c) => c.id.startsWith('custom:')).map((c) => c.id)).toEqual(['custom:r0', 'custom:r1', 'custom:r2']);
    expect(r.skipped.filter((s) => s.why === 'over-budget')).toHaveLength(47 + 1);
    expect(r.incomplete).toBe('budget');
    expect(r.verdict).toBe('consider');
  });

  test('a problem found before the budget ran out still counts: fix stays fix', () => {
    const rules = rulesWith({ ...custom('boom', 'small'), severity: 'fail' });
    const builtins = CHECKS.filter((c) => c.appliesTo.includes('post')).length;
    const r = review(READY_X, rules, withBudget(builtins + 2, ticking(1)));
    expect(r.checks.at(-1)).toMatchObject({ id: 'custom:boom', status: 'fail' });
    expect(r.skipped.at(-1)).toEqual({ id: 'pause', why: 'over-budget' });
    expect(r.verdict).toBe('fix');
    expect(r.incomplete).toBe('budget');
  });

  test('gone before the first check: nothing runs, and the review says so', () => {
    const r = review(READY_X, rulesWith(), withBudget(0, ticking(0)));
    expect(r.checks).toEqual([]);
    expect(r.verdict).toBe('consider');
    expect(r.incomplete).toBe('budget');
    expect(r.length.count).toBeGreaterThan(0);
  });

  test('the clock is only the one in the context', () => {
    const clock = ticking(0);
    review(READY_X, rulesWith(custom('a')), withBudget(100, clock));
    expect(clock.reads.length).toBeGreaterThan(CHECKS.length);
  });
});
