// A fresh, migrated store per test suite: in-memory PGlite, or a throwaway PostgreSQL database
// when TEST_DB=postgres. PostgreSQL being down fails the suite loudly; it is never skipped.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore, type Store } from '../../src/server/store/connection';

const defaultUrl = 'postgres://postgres@127.0.0.1:5432/postgres';

async function adminQuery(baseUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: baseUrl });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL is not reachable at ${baseUrl} (${String(error)}). The server-pg tests need it: start it with ` +
        '`pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start` or set TEST_DATABASE_URL.',
      { cause: error },
    );
  }
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface TestStore {
  store: Store;
  /** Opens a second store on the same database (PostgreSQL) or, after closing it, the same PGlite dir. */
  reopen(): Promise<Store>;
  cleanup(): Promise<void>;
}

/** `onDisk`: PGlite in a temporary data directory instead of memory (ignored for PostgreSQL). */
export async function createTestStore(options: { onDisk?: boolean } = {}): Promise<TestStore> {
  const opened: Store[] = [];
  const open = async (storeOptions: Parameters<typeof openStore>[0]) => {
    const store = await openStore(storeOptions);
    opened.push(store);
    return store;
  };
  const closeAll = async () => {
    for (const store of opened.splice(0)) await store.close();
  };
  if (process.env.TEST_DB !== 'postgres') {
    if (!options.onDisk) {
      const store = await open({ inMemory: true });
      return { store, reopen: () => Promise.reject(new Error('an in-memory store cannot be reopened')), cleanup: closeAll };
    }
    const dataDir = await mkdtemp(join(tmpdir(), 'pk-pglite-'));
    const store = await open({ dataDir });
    return {
      store,
      reopen: async () => {
        await closeAll(); // PGlite is single-process: one open handle per data directory
        return open({ dataDir });
      },
      cleanup: async () => {
        await closeAll();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  }
  const baseUrl = process.env.TEST_DATABASE_URL ?? defaultUrl;
  const name = `pk_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(baseUrl, `CREATE DATABASE ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const store = await open({ databaseUrl: url.toString() });
  return {
    store,
    reopen: () => open({ databaseUrl: url.toString() }),
    cleanup: async () => {
      await closeAll();
      await adminQuery(baseUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
