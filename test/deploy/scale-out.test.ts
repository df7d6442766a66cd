// Scale-out, proven: two instances of the compiled server started together on one PostgreSQL
// database through PgBouncer in transaction mode (deploy/pgbouncer.ini), behind nginx
// (deploy/nginx-scale-out.conf), with simulated devices pushing and pulling through the proxy.
// One instance is killed with SIGKILL while pushes are in flight and started again. Afterwards:
// migrations were applied once, the session worked on whichever instance answered, every
// acknowledged mutation is on the server exactly once and applied once, every row holds the value
// its device last had acknowledged, and every device's pulls saw every change it may see, in
// order, without a gap. The figures (requests/s through the proxy, p99) go to docs/performance.md.
// pgbouncer or nginx missing fails the file loudly (.ci/run installs both); it is never skipped.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRoutes, clientHeader, sessionCookieName } from '../../src/api/routes';
import { syncEntitySchema, type Mutation, type PullResponse, type PushResponse } from '../../src/api/sync';
import type { Realisation } from '../../src/domain/realisation';
import { hashPassword } from '../../src/server/services/auth/password';
import { seedDemoData, type SeedData } from '../../src/server/seed/seed';
import { openStore } from '../../src/server/store/connection';
import { buildAgreement, buildGoal, buildIndicator, buildOrgUnit, buildRealisation, buildTenant } from '../support/factories';
import { buildUser, testPassword, worldYear } from '../support/server-factories';
import { freePort, requireBinary, startPgBouncer, type RunningPgBouncer } from '../support/pgbouncer';
import { appInstances, appSettings, nginxConfigPath, serverCommand } from './scale-out-topology';
import { queryDatabase } from '../support/pg-query';

const database = `pk_scale_${randomBytes(6).toString('hex')}`;
const units = 4;
const operatorsPerUnit = 3;
/** Each device edits its own rows (2 indicators × 4 quarters), one mutation per row per batch. */
const indicatorsPerDevice = 2;
const steadyMs = 8000;
const downMs = 3000;
const afterRestartMs = 8000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let dir = '';
let bouncer: RunningPgBouncer | null = null;
let proxy = '';
const instances: { name: string; port: number; child: ChildProcess | null; output: string }[] = [];
const others: ChildProcess[] = [];

const sql = queryDatabase;

function startInstance(index: number): void {
  const instance = instances[index];
  if (!instance || !bouncer) throw new Error('no instance');
  const [command, ...args] = serverCommand;
  // `node` of the Dockerfile's CMD is this very node binary here.
  const child = spawn(command === 'node' ? process.execPath : command, args, {
    env: {
      PATH: process.env.PATH, ...appSettings, PORT: String(instance.port), HOST: '127.0.0.1',
      DATABASE_URL: bouncer.url, DATA_DIR: join(dir, instance.name),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  instance.output = '';
  child.stdout?.on('data', (d: Buffer) => { instance.output += d.toString(); });
  child.stderr?.on('data', (d: Buffer) => { instance.output += d.toString(); });
  instance.child = child;
}

async function waitReady(index: number): Promise<void> {
  const instance = instances[index];
  if (!instance) throw new Error('no instance');
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${instance.port}${apiRoutes.ready}`)).status === 200) return;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline || instance.child?.exitCode !== null) {
      throw new Error(`${instance.name} did not become ready:\n${instance.output}\n${await bouncer?.log()}`);
    }
    await sleep(200);
  }
}

interface Answer<T> { status: number; body: T; upstream: string; ms: number; setCookie: string | null }

async function call<T>(base: string, method: 'GET' | 'POST', path: string, cookie: string | null, body?: unknown): Promise<Answer<T>> {
  const started = performance.now();
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      accept: 'application/json',
      ...(method === 'POST' ? { [clientHeader.name]: clientHeader.value, 'content-type': 'application/json' } : {}),
      ...(cookie ? { cookie } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  let parsed: unknown;
  try { parsed = text === '' ? null : JSON.parse(text); } catch { parsed = text; }
  return {
    status: response.status, body: parsed as T, upstream: response.headers.get('x-pantau-upstream') ?? '',
    ms: performance.now() - started, setCookie: response.headers.get('set-cookie'),
  };
}

interface Acked { id: string; seq: number; recordId: string; value: number; status: string; rev: number | null; duplicate: boolean }
interface Device {
  name: string;
  unitId: string | null;
  username: string;
  cookie: string;
  deviceId: string;
  seq: number;
  rows: { recordId: string; rev: number }[];
  acked: Acked[];
  cursor: number;
  pulled: number[];
}

/** Every request through the proxy: when it ended, what it was, how long, and who answered. */
const samples: { at: number; kind: 'push' | 'pull'; ms: number; status: number; upstream: string }[] = [];
const failures: { at: number; kind: 'push' | 'pull'; what: string }[] = [];
let pushesInFlight = 0;

async function pushUntilAcknowledged(device: Device): Promise<void> {
  const mutations: Mutation[] = device.rows.map((row) => {
    device.seq += 1;
    return {
      id: randomUUID(), seq: device.seq, entity: 'realisation', recordId: row.recordId, op: 'upsert',
      fields: { value: device.seq }, baseRev: row.rev, clientTime: new Date().toISOString(),
    };
  });
  // Exactly what a device's outbox does: the same mutations (ids and seqs) again until answered.
  for (let attempt = 0; ; attempt += 1) {
    pushesInFlight += 1;
    let answer: Answer<PushResponse>;
    try {
      answer = await call<PushResponse>(proxy, 'POST', apiRoutes.push, device.cookie, { deviceId: device.deviceId, mutations });
    } catch (error) {
      failures.push({ at: performance.now(), kind: 'push', what: String(error) });
      await sleep(100);
      continue;
    } finally {
      pushesInFlight -= 1;
    }
    samples.push({ at: performance.now(), kind: 'push', ms: answer.ms, status: answer.status, upstream: answer.upstream });
    if (answer.status !== 200) {
      failures.push({ at: performance.now(), kind: 'push', what: `${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}` });
      if (attempt > 50) throw new Error(`${device.name}: push never acknowledged: ${answer.status}`);
      await sleep(100);
      continue;
    }
    const { results, gap } = answer.body;
    if (gap) throw new Error(`${device.name}: the server saw a gap at ${gap.expectedSeq}`);
    expect(results.map((r) => r.id)).toEqual(mutations.map((m) => m.id));
    for (const [i, result] of results.entries()) {
      const mutation = mutations[i];
      const row = device.rows[i];
      if (!mutation || !row) throw new Error('result without mutation');
      device.acked.push({ id: result.id, seq: result.seq, recordId: result.recordId, value: mutation.seq, status: result.status, rev: result.rev, duplicate: result.duplicate });
      if (result.rev !== null) row.rev = result.rev;
    }
    return;
  }
}

async function pullToEnd(device: Device): Promise<void> {
  for (let page = 0; page < 1000; page += 1) {
    let answer: Answer<PullResponse>;
    try {
      answer = await call<PullResponse>(proxy, 'GET', `${apiRoutes.pull}?cursor=${device.cursor}&limit=200`, device.cookie);
    } catch (error) {
      failures.push({ at: performance.now(), kind: 'pull', what: String(error) });
      await sleep(100);
      continue;
    }
    samples.push({ at: performance.now(), kind: 'pull', ms: answer.ms, status: answer.status, upstream: answer.upstream });
    if (answer.status !== 200 || answer.body.kind !== 'changes') {
      failures.push({ at: performance.now(), kind: 'pull', what: `${answer.status}` });
      await sleep(100);
      continue;
    }
    for (const change of answer.body.changes) device.pulled.push(change.rev);
    device.cursor = answer.body.nextCursor;
    if (!answer.body.hasMore) return;
  }
  throw new Error(`${device.name}: pull never reached the end`);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

const devices: Device[] = [];
let observer: Device;
let world: SeedData;
let tenantId = '';

beforeAll(async () => {
  requireBinary('pgbouncer', 'apt-get install -y pgbouncer');
  requireBinary('nginx', 'apt-get install -y nginx');
  const build = spawnSync('npx', ['vite', 'build', '--config', 'vite.server.config.ts', '--logLevel', 'warn'], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build:server failed: ${build.stderr}`);
  dir = await mkdtemp(join(tmpdir(), 'pk-scale-'));
  await sql('postgres', `CREATE DATABASE ${database}`);
  // Fewer PostgreSQL backends (6) than the instances' pool slots (2 × 10): transactions of both
  // instances share backends, as in production, so session state would leak between them.
  bouncer = await startPgBouncer({ database, poolSize: 6 });
  for (const name of appInstances) instances.push({ name, port: await freePort(), child: null, output: '' });
  // Started together on an empty database: both migrate at once.
  instances.forEach((_, i) => startInstance(i));
  await Promise.all(instances.map((_, i) => waitReady(i)));

  const proxyPort = await freePort();
  let site = await readFile(nginxConfigPath, 'utf8');
  for (const [i, name] of appInstances.entries()) {
    const from = `server ${name}:8080 `;
    if (!site.includes(from)) throw new Error(`${nginxConfigPath} no longer names "${from}"`);
    site = site.replace(from, `server 127.0.0.1:${instances[i]?.port} `);
  }
  site = site.replace('listen 80;', `listen 127.0.0.1:${proxyPort};`)
    // Test only: which instance answered, to prove both served the same session.
    .replace('location / {', 'location / {\n        add_header X-Pantau-Upstream $upstream_addr always;');
  await writeFile(join(dir, 'site.conf'), site);
  await writeFile(join(dir, 'nginx.conf'), [
    'user root;', 'worker_processes 1;', `pid ${join(dir, 'nginx.pid')};`, `error_log ${join(dir, 'nginx-error.log')};`, 'events {}',
    `http { access_log off; client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; include ${join(dir, 'site.conf')}; }`,
  ].join('\n'));
  const check = spawnSync('nginx', ['-t', '-c', join(dir, 'nginx.conf')]);
  if (check.status !== 0) throw new Error(`nginx -t: ${check.stderr.toString()}`);
  const nginx = spawn('nginx', ['-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'ignore' });
  others.push(nginx);
  proxy = `http://127.0.0.1:${proxyPort}`;
  for (let i = 0; ; i += 1) {
    try { if ((await fetch(`${proxy}${apiRoutes.health}`)).status === 200) break; } catch { /* starting */ }
    if (i > 100) throw new Error('nginx never answered');
    await sleep(100);
  }

  // The data: one tenant, four units, three operators per unit, each with rows of their own.
  const tenant = buildTenant();
  tenantId = tenant.id;
  const setda = buildOrgUnit(tenant, { code: 'S', name: 'Bappeda', type: 'setda' });
  world = { tenants: [tenant], orgUnits: [setda], users: [buildUser(setda, 'evaluator', 'evaluator')], agreements: [], goals: [], indicators: [], programs: [], realisations: [] };
  const hash = await hashPassword(testPassword);
  const rowsOf = new Map<string, Realisation[]>();
  for (let u = 0; u < units; u += 1) {
    const unit = buildOrgUnit(tenant, { code: `U${u}`, name: `Dinas ${u}`, parentId: setda.id });
    const agreement = buildAgreement(unit, { year: worldYear });
    const goal = buildGoal(agreement);
    world.orgUnits.push(unit);
    world.agreements.push(agreement);
    world.goals.push(goal);
    for (let o = 0; o < operatorsPerUnit; o += 1) {
      const user = buildUser(unit, 'operator', `operator.${u}.${o}`, { passwordHash: hash });
      world.users.push(user);
      const rows: Realisation[] = [];
      for (let k = 0; k < indicatorsPerDevice; k += 1) {
        const indicator = buildIndicator(goal, { order: o * indicatorsPerDevice + k, name: `Indikator ${o}.${k}` });
        world.indicators.push(indicator);
        for (const quarter of [1, 2, 3, 4] as const) rows.push(buildRealisation(indicator, { year: worldYear, quarter, value: 0 }));
      }
      world.realisations.push(...rows);
      rowsOf.set(user.username, rows);
    }
  }
  world.users = world.users.map((u) => ({ ...u, passwordHash: hash }));
  const store = await openStore({ databaseUrl: bouncer.url });
  try {
    await seedDemoData(store, world);
  } finally {
    await store.close();
  }
  const revOf = new Map((await sql<{ id: string; rev: string }>(database, 'SELECT id, rev FROM realisations')).map((r) => [r.id, Number(r.rev)]));

  // Sign in through the proxy four at a time (the server bounds concurrent password checks).
  const people = world.users.filter((u) => u.role === 'operator' || u.username === 'evaluator');
  for (let i = 0; i < people.length; i += 4) {
    await Promise.all(people.slice(i, i + 4).map(async (user) => {
      const login = await call<unknown>(proxy, 'POST', apiRoutes.login, null, { username: user.username, password: testPassword });
      const token = new RegExp(`${sessionCookieName}=([^;]+)`).exec(login.setCookie ?? '')?.[1];
      if (login.status !== 200 || !token) throw new Error(`login ${user.username}: ${login.status} ${JSON.stringify(login.body)}`);
      const device: Device = {
        name: user.username, unitId: user.role === 'operator' ? user.orgUnitId : null, username: user.username,
        cookie: `${sessionCookieName}=${token}`, deviceId: randomUUID(), seq: 0,
        rows: (rowsOf.get(user.username) ?? []).map((r) => ({ recordId: r.id, rev: revOf.get(r.id) ?? 0 })),
        acked: [], cursor: 0, pulled: [],
      };
      if (user.username === 'evaluator') observer = device;
      else devices.push(device);
    }));
  }
}, 240_000);

afterAll(async () => {
  for (const child of [...instances.map((i) => i.child), ...others]) if (child && child.exitCode === null) child.kill('SIGTERM');
  await sleep(300);
  await bouncer?.stop();
  await sql('postgres', `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch((error: unknown) => console.error(error));
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('two instances behind nginx, through PgBouncer in transaction mode', () => {
  it('applied each migration once although both instances started on the empty database together', async () => {
    const journal = JSON.parse(readFileSync('src/server/store/migrations/meta/_journal.json', 'utf8')) as { entries: unknown[] };
    const applied = await sql<{ hash: string; n: string }>(database, 'SELECT hash, count(*) AS n FROM drizzle.__drizzle_migrations GROUP BY hash');
    expect(applied).toHaveLength(journal.entries.length);
    expect(applied.filter((r) => Number(r.n) !== 1)).toEqual([]);
  });

  it('keeps a session working on whichever instance answers', async () => {
    const device = devices[0];
    if (!device) throw new Error('no device');
    for (const instance of instances) {
      const direct = await call<{ user: { username: string } }>(`http://127.0.0.1:${instance.port}`, 'GET', apiRoutes.session, device.cookie);
      expect(direct.status, instance.name).toBe(200);
      expect(direct.body.user.username).toBe(device.username);
    }
    const answeredBy = new Set<string>();
    for (let i = 0; i < 8; i += 1) {
      const viaProxy = await call<unknown>(proxy, 'GET', apiRoutes.session, device.cookie);
      expect(viaProxy.status).toBe(200);
      answeredBy.add(viaProxy.upstream);
    }
    expect(answeredBy).toEqual(new Set(instances.map((i) => `127.0.0.1:${i.port}`)));
  });

  it('loses nothing, applies nothing twice and skips no change when an instance is killed mid-push', async () => {
    let stopped = false;
    const started = performance.now();
    const deviceLoops = devices.map(async (device) => {
      while (!stopped) {
        await pushUntilAcknowledged(device);
        await pullToEnd(device);
      }
    });
    const observerLoop = (async () => {
      while (!stopped) {
        await pullToEnd(observer);
        await sleep(50);
      }
    })();
    await sleep(steadyMs);
    const steadyEnd = performance.now();

    // Kill instance 1 while pushes are on their way (both instances take half of them).
    const victim = instances[0];
    if (!victim?.child) throw new Error('no victim');
    for (let i = 0; pushesInFlight < 4 && i < 1000; i += 1) await sleep(2);
    const inFlightAtKill = pushesInFlight;
    const killedAt = performance.now();
    victim.child.kill('SIGKILL');
    await sleep(downMs);
    startInstance(0);
    await waitReady(0);
    const restartedAt = performance.now();
    await sleep(afterRestartMs);
    stopped = true;
    await Promise.all([...deviceLoops, observerLoop]);
    for (const device of [...devices, observer]) await pullToEnd(device);

    // The kill landed mid-push: some pushes were cut off and sent again.
    const cutPushes = failures.filter((f) => f.kind === 'push' && f.at >= killedAt);
    expect(inFlightAtKill).toBeGreaterThan(0);
    expect(cutPushes.length).toBeGreaterThan(0);
    // The restarted instance took requests again through the proxy.
    const victimAddress = `127.0.0.1:${victim.port}`;
    expect(samples.some((s) => s.at > restartedAt && s.status === 200 && s.upstream === victimAddress)).toBe(true);

    // Every acknowledged mutation is kept exactly once; nothing was kept that was never acknowledged.
    const acked = devices.flatMap((d) => d.acked);
    expect(acked.length).toBeGreaterThan(devices.length * 8 * 5);
    expect(acked.filter((a) => a.status !== 'applied')).toEqual([]);
    const kept = await sql<{ id: string; n: string }>(database, 'SELECT id, count(*) AS n FROM mutations GROUP BY id');
    const keptCount = new Map(kept.map((r) => [r.id, Number(r.n)]));
    expect(acked.filter((a) => keptCount.get(a.id) !== 1)).toEqual([]);
    expect(kept.length).toBe(acked.length);
    // Applied once: one change per mutation, at the rev the device was told.
    const applied = await sql<{ mutation_id: string; n: string; rev: string }>(database,
      'SELECT mutation_id, count(*) AS n, min(rev) AS rev FROM changes WHERE mutation_id IS NOT NULL GROUP BY mutation_id');
    const changeOf = new Map(applied.map((r) => [r.mutation_id, { n: Number(r.n), rev: Number(r.rev) }]));
    expect(acked.filter((a) => changeOf.get(a.id)?.n !== 1 || changeOf.get(a.id)?.rev !== a.rev)).toEqual([]);
    expect(applied.length).toBe(acked.length);
    // Nothing lost: each row holds the value its device last had acknowledged.
    const values = new Map((await sql<{ id: string; value: number }>(database, 'SELECT id, value FROM realisations')).map((r) => [r.id, r.value]));
    for (const device of devices) {
      const last = new Map<string, number>();
      for (const a of device.acked) last.set(a.recordId, a.value);
      for (const [recordId, value] of last) expect(values.get(recordId), `${device.name} ${recordId}`).toBe(value);
    }

    // No cursor skipped a change: the log is gap-free (a killed transaction used up no rev), the
    // observer (evaluator, whole tenant) pulled all of it in order, and each operator's device pulled
    // exactly the changes of its unit and the tenant's, in order.
    const log = await sql<{ rev: string; org_unit_id: string | null; entity: string }>(database, 'SELECT rev, org_unit_id, entity FROM changes WHERE tenant_id = $1 ORDER BY rev', [tenantId]);
    const revs = log.map((r) => Number(r.rev));
    expect(revs).toEqual(revs.map((_, i) => i + 1));
    const [counter] = await sql<{ last_rev: string }>(database, 'SELECT last_rev FROM tenant_counters WHERE tenant_id = $1', [tenantId]);
    expect(Number(counter?.last_rev)).toBe(revs.length);
    // Pulls carry the synced rows of the log; its audit-only rows (each device's sign-in) take a
    // rev but are never pulled.
    const synced = log.filter((r) => syncEntitySchema.safeParse(r.entity).success);
    expect(synced.length).toBeLessThan(log.length);
    expect(observer.pulled).toEqual(synced.map((r) => Number(r.rev)));
    for (const device of devices) {
      const visible = synced.filter((r) => r.org_unit_id === null || r.org_unit_id === device.unitId).map((r) => Number(r.rev));
      expect(device.pulled, device.name).toEqual(visible);
    }
    // Duplicates were answered from the stored outcome, never applied again (counted above).
    const duplicates = acked.filter((a) => a.duplicate).length;

    // Migrations still once after the restart, and no advisory lock left behind by the killed instance.
    const again = await sql<{ n: string }>(database, 'SELECT count(*) AS n FROM drizzle.__drizzle_migrations');
    const journal = JSON.parse(readFileSync('src/server/store/migrations/meta/_journal.json', 'utf8')) as { entries: unknown[] };
    expect(Number(again[0]?.n)).toBe(journal.entries.length);
    const locks = await sql<{ n: string }>(database,
      "SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = $1)", [database]);
    expect(Number(locks[0]?.n)).toBe(0);

    // Figures through the proxy, both instances up (the steady phase before the kill).
    const steady = samples.filter((s) => s.at >= started && s.at < steadyEnd && s.status === 200);
    const seconds = (steadyEnd - started) / 1000;
    const push = steady.filter((s) => s.kind === 'push').map((s) => s.ms);
    const pull = steady.filter((s) => s.kind === 'pull').map((s) => s.ms);
    const all = steady.map((s) => s.ms);
    const fmt = (v: number) => v.toFixed(1);
    const figures = [
      `scale-out figures (${devices.length} devices + 1 observer, ${appInstances.length} instances, nginx, PgBouncer transaction mode):`,
      `  steady ${seconds.toFixed(1)} s: ${(steady.length / seconds).toFixed(0)} requests/s through the proxy ` +
        `(push ${(push.length / seconds).toFixed(0)}/s of ${devices[0]?.rows.length} mutations, pull ${(pull.length / seconds).toFixed(0)}/s)`,
      `  latency p50/p99 ms: all ${fmt(percentile(all, 50))}/${fmt(percentile(all, 99))}, push ${fmt(percentile(push, 50))}/${fmt(percentile(push, 99))}, pull ${fmt(percentile(pull, 50))}/${fmt(percentile(pull, 99))}`,
      `  kill -9 with ${inFlightAtKill} pushes in flight: ${cutPushes.length} push attempts cut off and sent again, ${duplicates} mutations answered as duplicates; ` +
        `${acked.length} mutations acknowledged, ${revs.length} changes in the log`,
    ].join('\n');
    console.log(figures);
  });
});
