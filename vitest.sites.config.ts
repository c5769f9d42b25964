import { defineConfig } from 'vitest/config';

// Site adapter tests: lib/sites against fixture pages in real Chromium (see tests/sites/harness.ts).
export default defineConfig({
  test: {
    include: ['tests/sites/**/*.test.ts'],
    environment: 'node',
    // Two workers, one Chromium each (tests/sites/harness.ts sharedBrowser): each worker runs its files one
    // after another without isolation, so its browser and the bundles of lib/ are made once. Each file has its
    // own browser contexts (a tab per set-up, navigated afresh for each test), so what one file does to a page
    // never reaches another. A second worker costs a second browser and bundle build (about a second of CPU)
    // and roughly halves the wall time.
    fileParallelism: true,
    maxWorkers: 2,
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    retry: 0,
  },
});
