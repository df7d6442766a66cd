// Browser tests: the production build served by the real server, driven in Debian's Chromium.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['test/e2e/**/*.spec.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Two files at a time: a browser test mostly waits (on the page, the service worker, the sync
    // timer), so on the 2-core machines two run side by side in 461 s instead of 837 s one by one.
    maxWorkers: 2,
  },
});
