import { defineConfig } from 'vitest/config';

// Browser tests: the built extension in real Chromium (see tests/e2e/harness.ts).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    // One Chromium at a time: the machine has two cores and each file launches its own browser.
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // A flaky browser test is a bug to fix, not to retry.
    retry: 0,
  },
});
