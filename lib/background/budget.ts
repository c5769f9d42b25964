/**
 * How long one review may take before the engine gives up on the rest of its checks. The costliest
 * rules the schema accepts run past it by at most one check or one custom rule (npm run bench,
 * worst case), so no draft holds the background for long.
 */
export const REVIEW_BUDGET_MS = 120;
