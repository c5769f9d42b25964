import { defineConfig } from 'vitest/config';

// Browser tests: the built extension in real Chromium (see tests/e2e/harness.ts).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    // Two workers, files side by side: the tests spend much of their time waiting on the browser, so two
    // Chromiums keep both cores busy. E2E_WORKERS=1 runs one file at a time.
    fileParallelism: process.env.E2E_WORKERS !== '1',
    maxWorkers: Number(process.env.E2E_WORKERS ?? 2),
    // Each worker runs its files without isolation, so the files that need only a fresh extension share
    // the worker's one browser (tests/e2e/harness.ts freshExtension), reset between files.
    isolate: false,
    testTimeout: 30_000,
    // expect.poll waits for a state the test expects; on a loaded machine (other stages of npm test
    // beside these) the default second is too short for a real browser. A hang guard, not a speed claim.
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 60_000,
    // A flaky browser test is a bug to fix, not to retry.
    retry: 0,
    // A failed comparison prints both values whole: the JSON report (and so `npm test`'s list of failures)
    // carries the message alone, and a browser test's records (errors, blocked requests) are the clue.
    chaiConfig: { truncateThreshold: 0 },
  },
});
