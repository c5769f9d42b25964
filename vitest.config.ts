import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    // Component tests opt into happy-dom with a `// @vitest-environment happy-dom` line.
    environment: 'node',
    restoreMocks: true,
  },
});
