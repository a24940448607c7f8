// One vitest run for every package: unit, contract, API (real HTTP server) and browser (real Chromium) tests.
import { defineConfig } from 'vitest/config';

export default defineConfig({
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
