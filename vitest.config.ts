// One vitest run for every package: unit, contract, API (real HTTP server) and browser (real Chromium) tests.
import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS entry for every package; Vite would give our sources its ES build instead, and
    // schema objects from one copy fail instanceof checks in the other ("from another module or realm").
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['tests/**/*.test.ts', 'server/src/**/*.test.ts', 'graph-seed/src/**/*.test.ts', 'web/src/**/*.test.ts'],
    // Several test files serve web/dist; building it once up front avoids concurrent builds into one folder.
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser and server tests start real processes; two cores do not gain from more workers.
    maxWorkers: 2,
  },
});
