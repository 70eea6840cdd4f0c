import { defineConfig } from 'vitest/config';

// Two projects: fast Node unit tests, and browser tests that drive headless Chromium
// against the production build (run one file at a time: one Chromium is enough on 2 cores).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
          environment: 'node',
          testTimeout: 30_000,
          // CLI tests run the bundle bin/lantu.mjs runs (built here when stale), loaded by Node, not by vite.
          globalSetup: ['tests/main/cli/ensureCliBuilt.ts'],
          server: { deps: { external: [/\/out\/cli\//] } },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          globalSetup: ['tests/main/cli/ensureCliBuilt.ts'],
        },
      },
    ],
  },
});
