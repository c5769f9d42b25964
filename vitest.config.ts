import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Three projects, run together by `vitest run` (npm test) or one at a time with `--project`:
// `unit` is the inner loop (`npm run test:unit`, seconds), `robustness` the property tests and hang
// guards (seconds of work each, `npm run test:robustness`), `component` the pages in happy-dom
// (`npm run test:component`).
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // Component tests opt into happy-dom with a `// @vitest-environment happy-dom` line.
    environment: 'node',
    restoreMocks: true,
    // Correctness, not speed, is asserted here (speed is `npm run bench`): the property tests do seconds
    // of work, which a busy 2-core machine can stretch past vitest's 5 s default.
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: ['tests/unit/robustness/**'] } },
      { extends: true, test: { name: 'robustness', include: ['tests/unit/robustness/**/*.test.ts'] } },
      { extends: true, test: { name: 'component', include: ['tests/component/**/*.test.tsx'] } },
    ],
  },
});
