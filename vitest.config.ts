import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    // Component tests opt into happy-dom with a `// @vitest-environment happy-dom` line.
    environment: 'node',
    restoreMocks: true,
    // Correctness, not speed, is asserted here (speed is `npm run bench`): the property tests do seconds
    // of work, which a busy 2-core machine can stretch past vitest's 5 s default.
    testTimeout: 30_000,
  },
});
