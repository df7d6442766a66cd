// Unit, component and server suites. The server suite runs twice: on PGlite and on PostgreSQL.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  test: {
    // Vitest's default (cores − 1) is a single worker on the 2-core machines here; much of a server
    // test waits on PostgreSQL or a timer, so two workers take the suite from ~8.5 to ~6 minutes.
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      {
        test: { name: 'domain', environment: 'node', include: ['test/domain/**/*.test.ts', 'test/api/**/*.test.ts', 'test/lint/**/*.test.ts'] },
      },
      {
        plugins: [react()],
        // As in the app's build (vite.config.ts): PNG images in PDFs decode through fflate, not pako.
        resolve: { alias: { pako: fileURLToPath(new URL('src/client/documents/pako-via-fflate.ts', import.meta.url)) } },
        test: {
          name: 'client',
          environment: 'jsdom',
          // fast-png through vite, so that the pako alias above reaches it as in the build.
          server: { deps: { inline: ['fast-png'] } },
          include: ['test/client/**/*.test.{ts,tsx}'],
          setupFiles: ['test/support/client-setup.ts'],
          testTimeout: 20_000,
          // Sync tests start the real server (PGlite, migrations, seed with scrypt): ~1 s alone, over
          // 10 s when the machine is busy, which failed whole files at the default hook timeout.
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'server-pglite',
          environment: 'node',
          include: ['test/server/**/*.test.ts'],
          env: { TEST_DB: 'pglite' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'server-pg',
          environment: 'node',
          // The client sync property test too: real client code against the server app on PostgreSQL.
          include: ['test/server/**/*.test.ts', 'test/client/sync/convergence.test.ts'],
          env: { TEST_DB: 'postgres' },
          // PostgreSQL on 127.0.0.1:5432 or TEST_DATABASE_URL; else (or TEST_PG=embedded) one from npm.
          globalSetup: ['test/support/postgres-global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
