/**
 * The benchmark runs under vitest (the engine imports JSON and uses Vite's resolution) but is
 * not a test: only `npm run bench` uses this config, and the test config does not include tests/bench.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/bench/**/*.measure.ts'],
    environment: 'node',
    // One file at a time, so two measurements never share the machine's two cores.
    fileParallelism: false,
    testTimeout: 300_000,
  },
});
