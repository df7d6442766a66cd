// The store behind PgBouncer in transaction mode (deploy/pgbouncer.ini), as several instances run
// it: a server connection is lent for one transaction only, so nothing may rely on session state.
// The migration lock was a session-level pg_advisory_lock: through the pooler it was taken on one
// backend, the migration ran on others and the unlock went to yet another, so instances starting
// together raced, and the lock could stay held by an idle pooled backend (the next start waited
// forever). It needs PostgreSQL and pgbouncer (Debian's package), so it runs with the deployment
// tests (npm run test:deploy, installed and run by .ci/run), not in npm test.
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/server/store/connection';
import { startPgBouncer, type RunningPgBouncer } from '../support/pgbouncer';
import { queryDatabase } from '../support/pg-query';

const journal = JSON.parse(readFileSync('src/server/store/migrations/meta/_journal.json', 'utf8')) as { entries: { tag: string }[] };

const direct = queryDatabase;

function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  return Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what}: still waiting after ${ms} ms`)), ms))]);
}

describe('the store through PgBouncer in transaction mode', () => {
  const database = `pk_pool_${randomBytes(6).toString('hex')}`;
  let bouncer: RunningPgBouncer;
  const stores: Store[] = [];

  beforeAll(async () => {
    await direct('postgres', `CREATE DATABASE ${database}`);
    // Two backends for three instances: transactions of different instances must share them.
    bouncer = await startPgBouncer({ database, poolSize: 2 });
  });

  afterAll(async () => {
    await Promise.allSettled(stores.map((s) => s.close()));
    await bouncer?.stop();
    await direct('postgres', `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  });

  it('three instances starting at once apply each migration once and leave no lock behind', async () => {
    const opened = await within(20_000, 'three stores opening together', Promise.all([1, 2, 3].map(() => openStore({ databaseUrl: bouncer.url }))));
    stores.push(...opened);
    const applied = await direct<{ hash: string; n: string }>(database, 'SELECT hash, count(*) AS n FROM drizzle.__drizzle_migrations GROUP BY hash');
    expect(applied).toHaveLength(journal.entries.length);
    expect(applied.every((row) => Number(row.n) === 1)).toBe(true);
    const locks = await direct<{ n: string }>(database,
      "SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = $1)", [database]);
    expect(Number(locks[0]?.n)).toBe(0);
    // A later start (a restarted instance) neither waits for a lock nor applies anything again.
    stores.push(await within(10_000, 'a fourth store opening later', openStore({ databaseUrl: bouncer.url })));
    const after = await direct<{ n: string }>(database, 'SELECT count(*) AS n FROM drizzle.__drizzle_migrations');
    expect(Number(after[0]?.n)).toBe(journal.entries.length);
  });

  it('answers queries and transactions from several stores through the two pooled backends', async () => {
    const [a, b] = stores;
    if (!a || !b) throw new Error('stores not opened');
    const tenantId = randomUUID();
    // Interleaved transactions on two stores: each must see only its own uncommitted work.
    const results = await Promise.all([a, b, a, b].map((store, i) => store.transaction(async () => i)));
    expect(results).toEqual([0, 1, 2, 3]);
    expect(await a.hasAnyTenant()).toBe(false);
    expect(await b.findUserByUsername(`nobody-${tenantId}`)).toBeFalsy();
  });
});
