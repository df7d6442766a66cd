// The reverse-proxy examples in deploy/ run for real: nginx and Caddy from Debian's packages in
// front of the server (npm run test:proxy; .ci/run installs both and runs it).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'proxy',
    environment: 'node',
    include: ['test/proxy/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
