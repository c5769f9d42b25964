import { defineConfig } from 'vitest/config';

// Checks of the built extension (.output/chrome-mv3, .output/firefox-mv2 and the store zips):
// what it may do on the network, what it asks for, what it ships. `npm test` builds first.
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    environment: 'node',
  },
});
