import { defineConfig } from 'vitest/config';

// Site adapter tests: lib/sites against fixture pages in real Chromium (see tests/sites/harness.ts).
export default defineConfig({
  test: {
    include: ['tests/sites/**/*.test.ts'],
    environment: 'node',
    // One Chromium at a time: the machine has two cores and each file launches its own browser.
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    retry: 0,
  },
});
