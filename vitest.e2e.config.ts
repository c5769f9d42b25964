import { defineConfig } from 'vitest/config';

// Browser tests: the built extension in real Chromium (see tests/e2e/harness.ts).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    // One Chromium at a time: the machine has two cores.
    fileParallelism: false,
    maxWorkers: 1,
    // The files run in the same worker without isolation, so the files that need only a fresh extension
    // share one browser (tests/e2e/harness.ts freshExtension), reset between files.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // A flaky browser test is a bug to fix, not to retry.
    retry: 0,
  },
});
