/**
 * `npm run eval` runs its TypeScript under vitest, as the bench does (the engine imports JSON and
 * uses Vite's resolution); only scripts/eval.mjs uses this config.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['scripts/eval/**/*.run.ts'],
    environment: 'node',
    testTimeout: 300_000,
  },
});
