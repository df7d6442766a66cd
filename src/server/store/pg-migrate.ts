// Migrations on PostgreSQL, safe when several instances start together AND when they reach the
// database through PgBouncer in transaction mode (deploy/pgbouncer.ini). There a server connection
// is lent for one transaction only, so a session-level pg_advisory_lock taken in one statement is
// held by a backend the next statement may not get: instances raced into the same CREATE TABLE,
// and the unlock, sent on another backend, left the lock with an idle pooled one for the next
// start to wait on forever (test/deploy/store-pooled.test.ts). So the whole run is ONE transaction
// that begins by taking a transaction-level lock: a second instance waits for the first to commit,
// then finds everything applied. Same bookkeeping as drizzle-orm's migrator (its table and columns,
// "apply what is newer than the last applied"), which runs its reads outside its transaction and
// so cannot be used under the lock; databases it migrated carry on unchanged.
import { readMigrationFiles } from 'drizzle-orm/migrator';
import type pg from 'pg';

/** The migration lock's key (the same number the session lock used). */
export const migrationLockKey = 727_001;

export async function migratePostgres(pool: pg.Pool, migrationsFolder: string): Promise<void> {
  const migrations = readMigrationFiles({ migrationsFolder });
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [migrationLockKey]);
    await client.query('CREATE SCHEMA IF NOT EXISTS "drizzle"');
    await client.query('CREATE TABLE IF NOT EXISTS "drizzle"."__drizzle_migrations" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint)');
    const { rows } = await client.query<{ created_at: string | null }>(
      'SELECT created_at FROM "drizzle"."__drizzle_migrations" ORDER BY created_at DESC LIMIT 1',
    );
    const last = rows[0]?.created_at;
    for (const migration of migrations) {
      if (last !== undefined && last !== null && Number(last) >= migration.folderMillis) continue;
      for (const statement of migration.sql) {
        if (statement.trim() !== '') await client.query(statement);
      }
      await client.query('INSERT INTO "drizzle"."__drizzle_migrations" ("hash", "created_at") VALUES ($1, $2)', [migration.hash, migration.folderMillis]);
    }
    await client.query('COMMIT');
  } catch (error) {
    // A failed ROLLBACK means the connection is gone; the original error is the one to report.
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
