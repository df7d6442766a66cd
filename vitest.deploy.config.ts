// What a production deployment runs, for real: the compiled server on a production-only install,
// and the reverse-proxy examples in deploy/ (nginx and Caddy from Debian's packages) in front of
// the server (npm run test:deploy; .ci/run installs nginx and Caddy and runs it).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'deploy',
    environment: 'node',
    include: ['test/deploy/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
