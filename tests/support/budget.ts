/**
 * A review budget on a clock that never moves: a review never runs out of time, so a test's verdicts do
 * not depend on how loaded the machine is (the budget itself is tested in tests/unit/background/budget.test.ts).
 */
export const noBudget = () => ({ now: () => 0, ms: 1 });
