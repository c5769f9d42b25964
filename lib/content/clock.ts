/**
 * The time the content script's timed pieces run on (send scheduler, page watch, resize probe). The
 * real one reads the globals at each call, so a test may replace them (fake timers, or the browser
 * tests' clock put into the content script's world) as well as pass a clock of its own.
 */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realClock: Clock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout> | undefined),
};
