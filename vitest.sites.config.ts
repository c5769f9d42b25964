import { defineConfig } from 'vitest/config';

// Site adapter tests: lib/sites against fixture pages in real Chromium (see tests/sites/harness.ts).
export default defineConfig({
  test: {
    include: ['tests/sites/**/*.test.ts'],
    environment: 'node',
    // One worker, one Chromium (tests/sites/harness.ts sharedBrowser): the files run one after another in
    // the same worker without isolation, so the browser and the bundles of lib/ are made once. Each test
    // opens its own browser context, so what one file does to a page never reaches another.
    fileParallelism: false,
    maxWorkers: 1,
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    retry: 0,
  },
});
