// Opens the store: PGlite under `${dataDir}/pglite` by default (or in memory), PostgreSQL when a
// DATABASE_URL is given. Migrations run at open, the same SQL files for both.
// PGlite is single-process: never open one data directory from two processes.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Db } from './db';
import { createQueries, createTx, type Queries, type Tx } from './queries';
import { migratePostgres } from './pg-migrate';
import { lockDataDir } from './pglite-lock';
import { createTableDump, type TableDump } from './table-dump';

export type { Tx } from './queries';

export type Store = Queries & {
  readonly kind: 'pglite' | 'postgres';
  /** Every table as rows, out and in: backup and restore (services/operations/backup.ts). */
  readonly tables: TableDump;
  /** Runs `work` in one transaction; it commits when `work` resolves and rolls back when it throws. */
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

export interface StoreOptions {
  databaseUrl?: string;
  dataDir?: string;
  inMemory?: boolean;
}

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

function wrap(db: Db, kind: Store['kind'], close: () => Promise<void>): Store {
  return {
    ...createQueries(db),
    kind,
    tables: createTableDump(db),
    transaction: (work) => db.transaction((tx) => work(createTx(tx))),
    close,
  };
}

async function openPostgres(databaseUrl: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  // An idle client can be cut by the server (restart, failover, DROP DATABASE … FORCE); the pool
  // discards it and reconnects on demand. Without a listener the process would crash.
  pool.on('error', (error: Error & { code?: string }) => {
    if (error.code !== '57P01') console.error('PostgreSQL idle client error:', error.message);
  });
  // One transaction under a transaction-level lock: also safe through PgBouncer (pg-migrate.ts).
  try {
    await migratePostgres(pool, migrationsFolder);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
  const db = drizzlePg(pool) as unknown as Db;
  return wrap(db, 'postgres', () => pool.end());
}

async function openPglite(options: StoreOptions): Promise<Store> {
  let client: PGlite;
  let unlock = (): void => {};
  if (options.inMemory) {
    client = new PGlite();
  } else {
    const dataDir = options.dataDir ?? './data';
    const dir = join(dataDir, 'pglite');
    await mkdir(dir, { recursive: true });
    unlock = lockDataDir(dataDir); // throws "stop the server first" while another process has it open
    try {
      client = new PGlite(dir);
    } catch (error) {
      unlock();
      throw error;
    }
  }
  const pgliteDb = drizzlePglite(client);
  try {
    await migratePglite(pgliteDb, { migrationsFolder });
  } catch (error) {
    await client.close().catch(() => undefined);
    unlock();
    throw error;
  }
  return wrap(pgliteDb as unknown as Db, 'pglite', async () => {
    try {
      await client.close();
    } finally {
      unlock();
    }
  });
}

export function openStore(options: StoreOptions): Promise<Store> {
  return options.databaseUrl ? openPostgres(options.databaseUrl) : openPglite(options);
}
