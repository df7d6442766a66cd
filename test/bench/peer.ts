// Part 5, the peer comparison (issue 7): the same work done by our push/pull and by PouchDB
// replicating to a CouchDB-compatible server (express-pouchdb), on this machine, over loopback.
//
// The work, in three phases, each one sync (both ways) until device and server agree:
//   1. upload: device 1 holds 10,000 new realisations made offline and syncs them;
//   2. first sync of device 2 (which already has the master data): it receives the 10,000;
//   3. edits: device 2 changes the value of 1,000 of them offline, then syncs.
// Ours: the real server (Fastify, PostgreSQL) and the requests the app's sync cycle sends (push in
// batches, then pull until hasMore is false), answers parsed with the app's contract schemas and
// kept in a Map. PouchDB: PouchDB.sync(local, remote) from an in-memory database (pouchdb-core +
// pouchdb-adapter-memory + pouchdb-adapter-http + pouchdb-replication) to express-pouchdb on
// another in-memory or LevelDB PouchDB. Both servers run in this process, as does the client of
// each. Bytes are what crossed the server's sockets (headers included), counted the same way for
// both. Bounded: fixed counts and a deadline per phase.
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { apiRoutes } from '../../src/api/routes';
import { pullLimit, pushBatchSize } from '../../src/client/sync/sync-cycle';
import { pullResponseSchema, pushResponseSchema, type Mutation } from '../../src/api/sync';
import type { Indicator } from '../../src/domain/indicator';
import type { Quarter } from '../../src/domain/period';
import { buildApp } from '../../src/server/app';
import { seedDemoData, type SeedData, type SeedUser } from '../../src/server/seed/seed';
import { buildAgreement, buildGoal, buildIndicator, buildOrgUnit, buildTenant } from '../support/factories';
import { buildUser, testPassword, worldYear } from '../support/server-factories';
import { createTestStore } from '../support/server-store';
import { describeEnvironment, packageVersion } from './environment';
import { Probe } from './http-probe';
import { verdict, type Cell, type PartResult, type Table } from './report';
import {
  pouchVersions, startPouchServer, syncPouch, type PouchAdapter, type PouchDatabase, type PouchDoc, createClientPouch,
} from './pouch';

export interface PeerOptions {
  records: number;
  edits: number;
  deadlineMs: number;
  /** Our client: [push batch, pull page]; the app's come from src/client/sync/sync-cycle.ts. */
  ours: Array<{ name: string; pushBatch: number; pullLimit: number }>;
  /** PouchDB replication: batch_size (docs per request) and batches_limit (batches in flight). */
  pouch: Array<{ name: string; batchSize: number; batchesLimit: number }>;
  pouchServerAdapter: PouchAdapter;
}

export const defaultPeerOptions: PeerOptions = {
  records: 10_000,
  edits: 1_000,
  deadlineMs: 300_000,
  ours: [
    { name: 'app defaults', pushBatch: pushBatchSize, pullLimit },
    { name: 'tuned', pushBatch: 500, pullLimit: 5000 },
  ],
  pouch: [
    { name: 'defaults', batchSize: 100, batchesLimit: 10 },
    { name: 'tuned', batchSize: 500, batchesLimit: 10 },
    { name: 'tuned', batchSize: 2000, batchesLimit: 10 },
  ],
  pouchServerAdapter: 'leveldb',
};

const phaseNames = (o: PeerOptions): string[] => [
  `1. upload ${o.records.toLocaleString('en-US')} new`, '2. first sync of device 2', `3. push ${o.edits.toLocaleString('en-US')} offline edits`,
];
/** Untimed runs first on each side (JIT, connections, first queries), on data of their own. */
const warmUp = (o: PeerOptions): PeerOptions => ({ ...o, records: 400, edits: 40 });

interface PhaseFigure { ms: number; bytesIn: number; bytesOut: number; requests: number }
interface RunFigures { side: 'ours' | 'pouchdb'; config: string; phases: PhaseFigure[]; check: string }

/** What crossed a server's sockets: bytes read (requests) and written (responses), headers included. */
class SocketMeter {
  private readonly sockets = new Set<Socket>();
  private requests = 0;
  constructor(server: Server) {
    server.on('connection', (socket: Socket) => { this.sockets.add(socket); });
    server.on('request', () => { this.requests += 1; });
  }

  read(): { bytesIn: number; bytesOut: number; requests: number } {
    let bytesIn = 0;
    let bytesOut = 0;
    for (const socket of this.sockets) {
      bytesIn += socket.bytesRead;
      bytesOut += socket.bytesWritten;
    }
    return { bytesIn, bytesOut, requests: this.requests };
  }
}

async function measure(meter: SocketMeter, deadlineMs: number, work: () => Promise<void>): Promise<PhaseFigure> {
  const before = meter.read();
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`phase over its deadline of ${deadlineMs / 1000} s`)), deadlineMs);
  });
  try {
    await Promise.race([work(), deadline]);
  } finally {
    clearTimeout(timer);
  }
  const ms = performance.now() - started;
  const after = meter.read();
  return { ms, bytesIn: after.bytesIn - before.bytesIn, bytesOut: after.bytesOut - before.bytesOut, requests: after.requests - before.requests };
}

/** The records both sides move: realisations of one unit, indicator × quarter. */
interface RecordSpec { id: string; indicatorId: string; quarter: Quarter; value: number }

interface OurTenant { data: SeedData; first: SeedUser; second: SeedUser; indicators: Indicator[] }

function buildTenantData(indicatorCount: number, label: string): OurTenant {
  const tenant = buildTenant({ name: `Kabupaten Banding ${label}` });
  const unit = buildOrgUnit(tenant, { code: 'B', name: 'Dinas Banding' });
  const agreement = buildAgreement(unit, { year: worldYear });
  const goal = buildGoal(agreement);
  const indicators = Array.from({ length: indicatorCount }, (_, i) => buildIndicator(goal, { order: i, name: `Indikator ${i + 1}` }));
  const first = buildUser(unit, 'operator', `peer.${label}.first`);
  const second = buildUser(unit, 'operator', `peer.${label}.second`);
  return {
    data: { tenants: [tenant], orgUnits: [unit], users: [first, second], agreements: [agreement], goals: [goal], indicators, programs: [], realisations: [] },
    first, second, indicators,
  };
}

function recordSpecs(indicators: readonly Indicator[], count: number): RecordSpec[] {
  return Array.from({ length: count }, (_, i) => {
    const indicator = indicators[Math.floor(i / 4)];
    if (!indicator) throw new Error('not enough indicators');
    return { id: randomUUID(), indicatorId: indicator.id, quarter: ((i % 4) + 1) as Quarter, value: 100 + i };
  });
}

const drivers = 'Kegiatan berjalan sesuai jadwal.';

// ---------------------------------------------------------------------------------------------
// Ours: the app's requests over loopback HTTP.

interface OurDevice { cookie: string; deviceId: string; seq: number; cursor: number; rows: Map<string, Record<string, unknown>> }

function mutation(device: OurDevice, recordId: string, fields: Record<string, unknown>, baseRev: number | null): Mutation {
  device.seq += 1;
  return { id: randomUUID(), seq: device.seq, entity: 'realisation', recordId, op: 'upsert', fields, baseRev, clientTime: new Date().toISOString() };
}

/** One sync cycle as src/client/sync/sync-cycle.ts runs it: push the outbox in batches, then pull. */
async function ourCycle(probe: Probe, device: OurDevice, outbox: Mutation[], config: PeerOptions['ours'][number]): Promise<void> {
  for (let i = 0; i < outbox.length; i += config.pushBatch) {
    const response = await probe.send<unknown>('POST', apiRoutes.push, {
      cookie: device.cookie, body: { deviceId: device.deviceId, mutations: outbox.slice(i, i + config.pushBatch) }, gzip: true,
    });
    if (response.status !== 200) throw new Error(`push ${response.status}`);
    const body = pushResponseSchema.parse(response.body);
    if (body.gap || body.results.some((r) => r.status !== 'applied')) throw new Error('push: not all applied');
  }
  for (;;) {
    const response = await probe.send<unknown>('GET', `${apiRoutes.pull}?cursor=${device.cursor}&limit=${config.pullLimit}`, { cookie: device.cookie });
    if (response.status !== 200) throw new Error(`pull ${response.status}`);
    const body = pullResponseSchema.parse(response.body);
    if (body.kind !== 'changes') throw new Error('pull: reset');
    for (const change of body.changes) device.rows.set(change.recordId, change.row);
    device.cursor = body.nextCursor;
    if (!body.hasMore) return;
  }
}

async function runOurs(options: PeerOptions, config: PeerOptions['ours'][number], tenant: OurTenant, probe: Probe, meter: SocketMeter, cursorAfterSeed: number): Promise<RunFigures> {
  const specs = recordSpecs(tenant.indicators, options.records);
  const device = async (user: SeedUser): Promise<OurDevice> => ({
    cookie: await probe.login(user.username, testPassword), deviceId: randomUUID(), seq: 0, cursor: cursorAfterSeed, rows: new Map(),
  });
  const first = await device(tenant.first);
  const second = await device(tenant.second);
  const figures: PhaseFigure[] = [];

  const created = specs.map((s) => mutation(first, s.id, { indicatorId: s.indicatorId, quarter: s.quarter, value: s.value, drivers, obstacles: '', followUp: '' }, null));
  figures.push(await measure(meter, options.deadlineMs, () => ourCycle(probe, first, created, config)));
  figures.push(await measure(meter, options.deadlineMs, () => ourCycle(probe, second, [], config)));
  const edited = specs.slice(0, options.edits).map((s, i) => {
    const row = second.rows.get(s.id);
    if (!row || typeof row.rev !== 'number') throw new Error(`device 2 lacks ${s.id}`);
    return mutation(second, s.id, { value: 5000 + i }, row.rev);
  });
  figures.push(await measure(meter, options.deadlineMs, () => ourCycle(probe, second, edited, config)));

  const realisations = [...second.rows.values()].filter((r) => typeof r.indicatorId === 'string');
  const editedOk = specs.slice(0, options.edits).every((s, i) => second.rows.get(s.id)?.value === 5000 + i);
  const check = `device 1 holds ${first.rows.size}, device 2 ${realisations.length} rows; edits ${editedOk ? 'all back' : 'MISSING'}`;
  if (first.rows.size !== options.records || realisations.length !== options.records || !editedOk) throw new Error(`ours: ${check}`);
  return { side: 'ours', config: `${config.name}: push ${config.pushBatch}/request, pull ${config.pullLimit}/page`, phases: figures, check };
}

// ---------------------------------------------------------------------------------------------
// PouchDB: replication to express-pouchdb.

function pouchDoc(spec: RecordSpec, tenantId: string, orgUnitId: string, userId: string, deviceId: string): PouchDoc {
  // The same row our server sends a device (src/domain/realisation.ts), minus rev: PouchDB keeps its own.
  return {
    _id: spec.id, entity: 'realisation', tenantId, orgUnitId, indicatorId: spec.indicatorId, year: 2026, quarter: spec.quarter,
    value: spec.value, drivers, obstacles: '', followUp: '', status: 'draft', reviewNote: null,
    updatedAt: new Date().toISOString(), updatedBy: userId, deviceId, deleted: false,
  };
}

async function runPouch(
  options: PeerOptions, config: PeerOptions['pouch'][number], tenant: OurTenant, remoteUrl: string, meter: SocketMeter,
): Promise<RunFigures> {
  const specs = recordSpecs(tenant.indicators, options.records);
  const unit = tenant.data.orgUnits[0];
  if (!unit) throw new Error('no unit');
  const first = createClientPouch(`device-1-${randomUUID()}`);
  const second = createClientPouch(`device-2-${randomUUID()}`);
  const remote = createClientPouch(remoteUrl);
  const replication = { batch_size: config.batchSize, batches_limit: config.batchesLimit };
  const figures: PhaseFigure[] = [];
  try {
    // Made offline (untimed), as our outbox is filled before the timed sync.
    const docs = specs.map((s) => pouchDoc(s, unit.tenantId, unit.id, tenant.first.id, 'device-1'));
    for (let i = 0; i < docs.length; i += 1000) await first.bulkDocs(docs.slice(i, i + 1000));
    figures.push(await measure(meter, options.deadlineMs, () => syncPouch(first, remote, replication)));
    figures.push(await measure(meter, options.deadlineMs, () => syncPouch(second, remote, replication)));
    const ids = specs.slice(0, options.edits).map((s) => s.id);
    const current = await second.allDocs({ keys: ids, include_docs: true });
    const changed = current.rows.map((row, i) => {
      if (!row.doc) throw new Error(`device 2 lacks ${ids[i]}`);
      return { ...row.doc, value: 5000 + i, updatedAt: new Date().toISOString(), updatedBy: tenant.second.id, deviceId: 'device-2' };
    });
    await second.bulkDocs(changed);
    figures.push(await measure(meter, options.deadlineMs, () => syncPouch(second, remote, replication)));

    const [one, two, server] = await Promise.all([first.info(), second.info(), remote.info()]);
    const back = await remote.allDocs({ keys: ids, include_docs: true });
    const editedOk = back.rows.every((row, i) => row.doc?.value === 5000 + i);
    const check = `device 1 holds ${one.doc_count}, device 2 ${two.doc_count}, server ${server.doc_count} docs; edits ${editedOk ? 'all on the server' : 'MISSING'}`;
    if (two.doc_count !== options.records || server.doc_count !== options.records || !editedOk) throw new Error(`pouchdb: ${check}`);
    return { side: 'pouchdb', config: `${config.name}: batch_size ${config.batchSize}, batches_limit ${config.batchesLimit}`, phases: figures, check };
  } finally {
    await Promise.all([first.destroy(), second.destroy()]);
    await closeQuietly(remote);
  }
}

async function closeQuietly(db: PouchDatabase): Promise<void> {
  try {
    await db.close();
  } catch {
    // The http adapter has nothing to close.
  }
}

// ---------------------------------------------------------------------------------------------

async function postgresSettings(url: string): Promise<{ version: string; durability: string }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const show = async (name: string) => (await client.query<Record<string, string>>(`SHOW ${name}`)).rows[0]?.[name] ?? '?';
    return { version: await show('server_version'), durability: `fsync ${await show('fsync')}, synchronous_commit ${await show('synchronous_commit')}` };
  } finally {
    await client.end();
  }
}

const kB = (bytes: number): number => bytes / 1000;
const total = (figures: PhaseFigure[]): PhaseFigure => figures.reduce(
  (sum, f) => ({ ms: sum.ms + f.ms, bytesIn: sum.bytesIn + f.bytesIn, bytesOut: sum.bytesOut + f.bytesOut, requests: sum.requests + f.requests }),
  { ms: 0, bytesIn: 0, bytesOut: 0, requests: 0 },
);
const bytesOf = (f: PhaseFigure): number => f.bytesIn + f.bytesOut;
const best = (runs: RunFigures[]): RunFigures => {
  const sorted = [...runs].sort((a, b) => total(a.phases).ms - total(b.phases).ms);
  if (!sorted[0]) throw new Error('no runs');
  return sorted[0];
};

export async function runPeerBench(options: PeerOptions = defaultPeerOptions): Promise<PartResult> {
  const startedAt = new Date().toISOString();
  const t0 = performance.now();
  process.env.TEST_DB = 'postgres';
  const baseUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const { version: pgVersion, durability } = await postgresSettings(baseUrl);
  const indicatorCount = Math.ceil(options.records / 4);
  const tenants = options.ours.map((_, i) => buildTenantData(indicatorCount, String(i)));
  const warmTenant = buildTenantData(Math.ceil(warmUp(options).records / 4), 'warm');
  const phases = phaseNames(options);
  const runs: RunFigures[] = [];

  // Ours first, on its own server; then PouchDB on its own, so neither loads the other's.
  const { store, cleanup } = await createTestStore();
  try {
    const all = [warmTenant, ...tenants];
    const merged: SeedData = {
      tenants: all.flatMap((t) => t.data.tenants), orgUnits: all.flatMap((t) => t.data.orgUnits),
      users: all.flatMap((t) => t.data.users), agreements: all.flatMap((t) => t.data.agreements),
      goals: all.flatMap((t) => t.data.goals), indicators: all.flatMap((t) => t.data.indicators), programs: [], realisations: [],
    };
    await seedDemoData(store, merged);
    const app = await buildApp({ store, config: { secureCookies: false, logger: false } });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const meter = new SocketMeter(app.server);
    const probe = new Probe(`http://127.0.0.1:${(app.server.address() as AddressInfo).port}`);
    try {
      const warmConfig = options.ours[0];
      if (warmConfig) await runOurs(warmUp(options), warmConfig, warmTenant, probe, meter, await store.getLastRev(warmTenant.data.tenants[0]?.id ?? ''));
      for (const [i, config] of options.ours.entries()) {
        const tenant = tenants[i];
        if (!tenant) throw new Error('no tenant');
        // Both devices already hold the master data (unit, PK, indicators): they start at the seed's cursor.
        const cursor = await store.getLastRev(tenant.data.tenants[0]?.id ?? '');
        const run = await runOurs(options, config, tenant, probe, meter, cursor);
        console.log(`ours, ${run.config}: ${(total(run.phases).ms / 1000).toFixed(2)} s; ${run.check}`);
        runs.push(run);
      }
    } finally {
      probe.close();
      await app.close();
    }
  } finally {
    await cleanup();
  }

  const serverDir = await mkdtemp(join(tmpdir(), 'pk-pouch-server-'));
  try {
    const warmConfig = options.pouch[0];
    for (const [i, config] of [...(warmConfig ? [warmConfig] : []), ...options.pouch].entries()) {
      const warm = warmConfig !== undefined && i === 0;
      const pouchServer = await startPouchServer(options.pouchServerAdapter, join(serverDir, String(i)));
      const server = createServer(pouchServer.handler);
      const meter = new SocketMeter(server);
      server.listen(0, '127.0.0.1');
      await once(server, 'listening');
      try {
        const port = (server.address() as AddressInfo).port;
        const tenant = tenants[0];
        if (!tenant) throw new Error('no tenant');
        const run = await runPouch(warm ? warmUp(options) : options, config, warm ? warmTenant : tenant, `http://127.0.0.1:${port}/realisations`, meter);
        if (warm) continue;
        console.log(`pouchdb, ${run.config}: ${(total(run.phases).ms / 1000).toFixed(2)} s; ${run.check}`);
        runs.push(run);
      } finally {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await pouchServer.close();
      }
    }
  } finally {
    await rm(serverDir, { recursive: true, force: true });
  }

  const versions = pouchVersions();
  const setup = [
    `ours: Fastify ${packageVersion('fastify')} + PostgreSQL ${pgVersion} (pg pool of 10), drizzle-orm ${packageVersion('drizzle-orm')}; client = the app's requests (push batches, then pull pages) from Node's http with keep-alive, gzip accepted, answers parsed with the app's zod schemas, rows kept in a Map`,
    `pouchdb: pouchdb-core ${versions.core} + pouchdb-adapter-memory ${versions.memory} (devices) + pouchdb-adapter-http ${versions.http} + pouchdb-replication ${versions.replication}, PouchDB.sync (both ways) to express-pouchdb ${versions.expressPouchdb} (mode minimumForPouchDB) over ${options.pouchServerAdapter === 'leveldb' ? `pouchdb-adapter-leveldb ${versions.leveldb} (LevelDB on disk)` : `pouchdb-adapter-memory ${versions.memory} (in memory: no durability, which favours PouchDB)`}`,
    `both servers in this process with their client, 127.0.0.1; bytes = what crossed the server's sockets (request and response, headers included); devices start with the master data, so both move the same ${options.records.toLocaleString('en-US')} realisation records`,
    `ours pulls its own pushed rows back at the end of phase 1 (the app pulls after every push: ${options.records.toLocaleString('en-US')} rows back); PouchDB's sync reads the change feed both ways and sends back no document the device has`,
    `durability differs in PouchDB's favour: PostgreSQL commits every push durably (${durability}); LevelDB writes with leveldown's default sync: false`,
    'each side ran a small untimed warm-up first (400 records, its first configuration) on data of its own; ours gzips push bodies of 2 kB or more as the app does (CompressionStream); PouchDB’s client sends plain JSON',
  ];

  const rows: Cell[][] = [];
  for (const run of runs) {
    for (const [p, figure] of [...run.phases.entries(), [3, total(run.phases)] as const]) {
      rows.push([run.side, run.config, p === 3 ? 'total' : phases[p] ?? '', figure.ms / 1000, figure.requests, kB(figure.bytesIn), kB(figure.bytesOut), kB(bytesOf(figure))]);
    }
  }
  const tables: Table[] = [{
    title: `Peer: ${options.records.toLocaleString('en-US')} realisations and ${options.edits.toLocaleString('en-US')} offline edits, ours vs PouchDB (loopback)`,
    columns: ['side', 'configuration', 'phase', 'time (s)', 'requests', 'to server (kB)', 'from server (kB)', 'total (kB)'],
    rows,
    notes: setup,
  }];

  const ratioRows: Cell[][] = [];
  const ours = runs.filter((r) => r.side === 'ours');
  const pouch = runs.filter((r) => r.side === 'pouchdb');
  const pairs: Array<[string, RunFigures | undefined, RunFigures | undefined]> = [
    ['defaults', ours[0], pouch[0]],
    ['each side at its fastest', best(ours), best(pouch)],
  ];
  const ratios: Record<string, unknown> = {};
  for (const [label, a, b] of pairs) {
    if (!a || !b) continue;
    for (const p of [0, 1, 2, 3] as const) {
      const fa = p === 3 ? total(a.phases) : a.phases[p];
      const fb = p === 3 ? total(b.phases) : b.phases[p];
      if (!fa || !fb) continue;
      const faster = fb.ms / fa.ms;
      const fewer = bytesOf(fb) / bytesOf(fa);
      ratioRows.push([label, p === 3 ? 'total' : phases[p] ?? '', fa.ms / 1000, fb.ms / 1000, faster, kB(bytesOf(fa)), kB(bytesOf(fb)), fewer,
        p === 3 ? verdict(faster >= 5 && fewer >= 3) : '']);
      if (p === 3) ratios[label] = { ours: a.config, pouchdb: b.config, faster, fewerBytes: fewer };
    }
  }
  tables.push({
    title: 'Peer ratios (PouchDB ÷ ours: above 1 means ours is faster / smaller)',
    columns: ['pairing', 'phase', 'ours (s)', 'PouchDB (s)', 'time ratio', 'ours (kB)', 'PouchDB (kB)', 'bytes ratio', 'goal ≥ 5× faster, ≥ 3× fewer bytes'],
    rows: ratioRows,
  });

  return {
    part: 'peer', startedAt, durationMs: performance.now() - t0,
    environment: describeEnvironment({
      postgresql: pgVersion, fastify: packageVersion('fastify'), 'pouchdb-core': versions.core, 'express-pouchdb': versions.expressPouchdb,
      pouchServerAdapter: options.pouchServerAdapter,
    }),
    tables, figures: { runs, ratios, setup },
  };
}
