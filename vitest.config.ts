import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Files that need a module graph of their own: they replace a module with vi.mock (the mock must reach the
// modules that import it, and must not reach the next file), or they count what the content runtime logs,
// which it logs once per page (lib/log.ts), as a fresh page would. Every other file must leave nothing behind
// for the next one in its worker: real timers back (a spy on a faked timer undone first), stubs undone.
// The files that run the background's draft service also get their own: its cross-post memory writes to
// storage a second after the last draft (lib/background/recent.ts), which in a shared worker lands in the
// next file's storage (seen: transfer.test.tsx found recentDrafts it never wrote).
const OWN_MODULES_UNIT = [
  'tests/unit/review/registry.test.ts',
  'tests/unit/background/budget.test.ts',
  'tests/unit/background/drafts.test.ts',
  'tests/unit/background/coalesce.test.ts',
  'tests/unit/background/storage.test.ts',
  'tests/unit/background/toolbar.test.ts',
];
const OWN_MODULES_COMPONENT = [
  'tests/component/content/send-retry.test.tsx',
  'tests/component/options/try-draft.test.tsx',
  'tests/component/sidepanel/goal.test.tsx',
];

// Five projects, run together by `vitest run` (npm test) or a few at a time with `--project`:
// `unit*` is the inner loop (`npm run test:unit`, seconds), `robustness` the property tests and hang
// guards (seconds of work each, `npm run test:robustness`), `component*` the pages in happy-dom
// (`npm run test:component`). `unit` and `component` share one module graph per worker (isolate: false):
// each file no longer loads React, zod and the engine afresh, which was most of their cost; a file that
// needs a graph of its own runs in `unit-isolated` or `component-isolated`.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // Worker threads start faster and share memory better than child processes on a 2-core machine.
    pool: 'threads',
    // One thread per core. Vitest's default for a run is one fewer, a single thread on a 2-core machine, which
    // left a core idle: measured here, two threads took 57 s where one took 97 s, for the same CPU time.
    maxWorkers: availableParallelism(),
    // Component tests opt into happy-dom with a `// @vitest-environment happy-dom` line.
    environment: 'node',
    restoreMocks: true,
    // Correctness, not speed, is asserted here (speed is `npm run bench`): a hang guard, far above any test.
    // The property tests and the simulations of an hour of typing do seconds of work, which `npm test` on a
    // 2-core machine, with the browser tests beside them, stretches: one of 4 s alone ran past 30 s there.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: ['tests/unit/robustness/**', ...OWN_MODULES_UNIT],
          isolate: false,
        },
      },
      { extends: true, test: { name: 'unit-isolated', include: OWN_MODULES_UNIT } },
      { extends: true, test: { name: 'robustness', include: ['tests/unit/robustness/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          exclude: OWN_MODULES_COMPONENT,
          isolate: false,
        },
      },
      { extends: true, test: { name: 'component-isolated', include: OWN_MODULES_COMPONENT } },
    ],
  },
});
