// A real PgBouncer in transaction mode in front of a PostgreSQL database, from the checked-in
// deploy/pgbouncer.ini (host, port, database and file paths substituted). Used by the scale-out
// deploy test and the store's migration test. A missing pgbouncer binary fails loudly, never skips.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const pgbouncerConfigPath = 'deploy/pgbouncer.ini';
/** PgBouncer refuses to run as root; the ini's header gives the same command. */
export const pgbouncerArgs = (configFile: string): string[] => ['-u', 'postgres', configFile];

export interface RunningPgBouncer {
  /** postgres:// URL of the database through PgBouncer. */
  url: string;
  port: number;
  stop(): Promise<void>;
  log(): Promise<string>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export function requireBinary(name: string, install: string): void {
  if (spawnSync('sh', ['-c', `command -v ${name}`]).status !== 0) {
    throw new Error(`${name} is missing: ${install} (.ci/run installs it)`);
  }
}

async function waitForPort(port: number, child: ChildProcess, what: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ host: '127.0.0.1', port }, () => { socket.end(); resolve(true); });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`${what} did not listen on ${port}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * `database`: the PostgreSQL database behind it (on 127.0.0.1:5432); clients connect to the name
 * `pantau`, as the app does in compose.yaml. `poolSize` overrides default_pool_size.
 */
export async function startPgBouncer(options: { database: string; poolSize?: number; pgHost?: string; pgPort?: number }): Promise<RunningPgBouncer> {
  requireBinary('pgbouncer', 'apt-get install -y pgbouncer');
  const dir = await mkdtemp(join(tmpdir(), 'pk-pgbouncer-'));
  // pgbouncer drops to the postgres user before it opens its log and pid files.
  await chmod(dir, 0o777);
  const port = await freePort();
  let ini = await readFile(pgbouncerConfigPath, 'utf8');
  const substitute = (from: string, to: string) => {
    if (!ini.includes(from)) throw new Error(`${pgbouncerConfigPath} no longer contains "${from}": update the test with it`);
    ini = ini.replace(from, to);
  };
  substitute('host=postgres port=5432 dbname=pantau', `host=${options.pgHost ?? '127.0.0.1'} port=${options.pgPort ?? 5432} dbname=${options.database}`);
  substitute('listen_addr = 0.0.0.0', 'listen_addr = 127.0.0.1');
  substitute('listen_port = 6432', `listen_port = ${port}`);
  substitute('/etc/pgbouncer/userlist.txt', join(dir, 'userlist.txt'));
  substitute('/var/log/pgbouncer/pgbouncer.log', join(dir, 'pgbouncer.log'));
  substitute('/var/run/pgbouncer/pgbouncer.pid', join(dir, 'pgbouncer.pid'));
  if (options.poolSize !== undefined) substitute('default_pool_size = 20', `default_pool_size = ${options.poolSize}`);
  await writeFile(join(dir, 'userlist.txt'), '"postgres" ""\n', { mode: 0o644 });
  const configFile = join(dir, 'pgbouncer.ini');
  await writeFile(configFile, ini, { mode: 0o644 });
  const child = spawn('pgbouncer', pgbouncerArgs(configFile), { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => { output += d.toString(); });
  child.stderr?.on('data', (d: Buffer) => { output += d.toString(); });
  const log = async () => output + (await readFile(join(dir, 'pgbouncer.log'), 'utf8').catch(() => ''));
  try {
    await waitForPort(port, child, 'pgbouncer');
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${String(error)}\n${await log()}`, { cause: error });
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/pantau`,
    port,
    log,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
