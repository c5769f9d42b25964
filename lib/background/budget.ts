/**
 * How long one review may take before the engine gives up on the rest of its checks. The costliest
 * rules the schema accepts run past it by at most one check or one custom rule (npm run bench,
 * worst case), so no draft holds the background for long.
 */
export const REVIEW_BUDGET_MS = 120;

/**
 * How long after a review ran out of time it is made once more: the first review after a change compiles the
 * rules, and a busy machine slows any, so a short draft can miss the budget once and then fit it.
 */
export const AGAIN_MS = 300;
