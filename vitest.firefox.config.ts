import { defineConfig } from 'vitest/config';

// Browser tests in Firefox: the Firefox build in Debian's firefox-esr over WebDriver BiDi (see tests/firefox/harness.ts).
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.firefox.ts'],
    environment: 'node',
    globalSetup: ['tests/firefox/global-setup.ts'],
    // One worker without isolation: the files that need no fresh install share one Firefox (harness.ts
    // sharedFirefox), reset to the install's state before each; the others launch their own.
    fileParallelism: false,
    maxWorkers: 1,
    isolate: false,
    testTimeout: 40_000,
    hookTimeout: 60_000,
    retry: 0,
    // A failed comparison prints both values whole: the JSON report (and so `npm test`'s list of failures)
    // carries the message alone, and a browser test's records (errors, blocked requests) are the clue.
    chaiConfig: { truncateThreshold: 0 },
  },
});
