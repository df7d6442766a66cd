// Part 4, sync on loopback against PostgreSQL (a fresh database, dropped afterwards): one device
// pushing 10,000 queued mutations, an evaluator's first pull of a 50,000-row tenant, and 200
// devices pushing and pulling at once. Bounded: fixed counts and a deadline per phase.
import { pullLimit } from '../../src/client/sync/sync-cycle';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { buildApp } from '../../src/server/app';
import { seedDemoData } from '../../src/server/seed/seed';
import { apiRoutes } from '../../src/api/routes';
import { maxPushBatch, type Mutation, type PullResponse, type PushResponse } from '../../src/api/sync';
import { testPassword } from '../support/server-factories';
import { createTestStore } from '../support/server-store';
import { buildBenchWorld } from './bench-world';
import { Probe } from './http-probe';
import { describeEnvironment } from './environment';
import { median, percentile, verdict, type PartResult, type Table } from './report';

export interface SyncOptions {
  mutations: number;
  units: number;
  indicatorsPerUnit: number;
  devices: number;
  rounds: number;
  pullLimit: number;
  deadlineMs: number;
  pacedIntervalMs: number;
}

export const defaultSyncOptions: SyncOptions = {
  mutations: 10_000, units: 100, indicatorsPerUnit: 100, devices: 200, rounds: 10, pullLimit, deadlineMs: 180_000, pacedIntervalMs: 5000,
};

const kB = (bytes: number) => bytes / 1000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function postgresVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
    return rows[0]?.server_version ?? '?';
  } finally {
    await client.end();
  }
}

function mutation(seq: number, recordId: string, fields: Record<string, unknown>, baseRev: number | null): Mutation {
  return { id: randomUUID(), seq, entity: 'realisation', recordId, op: 'upsert', fields, baseRev, clientTime: new Date().toISOString() };
}

async function pullAll(probe: Probe, cookie: string, limit: number, cursor = 0) {
  let bytes = 0;
  let pages = 0;
  let rows = 0;
  const started = performance.now();
  const seen: Extract<PullResponse, { kind: 'changes' }>[] = [];
  for (;;) {
    const response = await probe.send<PullResponse>('GET', `${apiRoutes.pull}?cursor=${cursor}&limit=${limit}`, { cookie });
    if (response.status !== 200 || response.body.kind !== 'changes') throw new Error(`pull ${response.status}`);
    bytes += response.bytesReceived;
    pages += 1;
    rows += response.body.changes.length;
    cursor = response.body.nextCursor;
    seen.push(response.body);
    if (!response.body.hasMore) break;
  }
  return { ms: performance.now() - started, bytes, pages, rows, cursor, responses: seen };
}

export async function runSyncBench(options: SyncOptions = defaultSyncOptions): Promise<PartResult> {
  const startedAt = new Date().toISOString();
  const t0 = performance.now();
  process.env.TEST_DB = 'postgres';
  const baseUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const pgVersion = await postgresVersion(baseUrl);
  const world = buildBenchWorld({
    pushIndicators: Math.ceil(options.mutations / 4), units: options.units, indicatorsPerUnit: options.indicatorsPerUnit, devices: options.devices,
  });
  const { store, cleanup } = await createTestStore();
  const tables: Table[] = [];
  const figures: Record<string, unknown> = {};
  let probe: Probe | null = null;
  try {
    const seedStarted = performance.now();
    await seedDemoData(store, world.data);
    const seedMs = performance.now() - seedStarted;
    console.log(`seeded ${world.data.realisations.length + world.data.indicators.length} rows in ${(seedMs / 1000).toFixed(1)} s`);
    const app = await buildApp({ store, config: { secureCookies: false, logger: false } });
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      probe = new Probe(`http://127.0.0.1:${(app.server.address() as AddressInfo).port}`);

      // 1. One device pushes its queue, in the client's batch size, one batch after another.
      const pusherCookie = await probe.login(world.pusher.username, testPassword);
      const deviceId = randomUUID();
      const queue = world.pushIndicators.flatMap((indicator) =>
        ([1, 2, 3, 4] as const).map((quarter) => ({ indicatorId: indicator.id, quarter })),
      ).slice(0, options.mutations).map((key, i) =>
        mutation(i + 1, randomUUID(), { ...key, value: 100 + i, drivers: 'Kegiatan berjalan sesuai jadwal.', obstacles: '', followUp: '' }, null),
      );
      let pushBytesOut = 0;
      let pushBytesIn = 0;
      let batches = 0;
      const statuses = new Map<string, number>();
      const pushStarted = performance.now();
      for (let i = 0; i < queue.length; i += maxPushBatch) {
        if (performance.now() - pushStarted > options.deadlineMs) throw new Error('push phase over its deadline');
        const response = await probe.send<PushResponse>('POST', apiRoutes.push, { cookie: pusherCookie, body: { deviceId, mutations: queue.slice(i, i + maxPushBatch) } });
        if (response.status !== 200) throw new Error(`push ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`);
        for (const r of response.body.results) statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
        pushBytesOut += response.bytesSent;
        pushBytesIn += response.bytesReceived;
        batches += 1;
      }
      const pushMs = performance.now() - pushStarted;
      const pushRate = queue.length / (pushMs / 1000);
      figures.push = { mutations: queue.length, batches, batchSize: maxPushBatch, ms: pushMs, perSecond: pushRate, bytesSent: pushBytesOut, bytesReceived: pushBytesIn, statuses: Object.fromEntries(statuses) };
      tables.push({
        title: `Push: ${queue.length.toLocaleString('en-US')} queued mutations from one device (PostgreSQL ${pgVersion}, loopback)`,
        columns: ['mutations', 'batches', 'time (s)', 'mutations/s', 'sent (kB)', 'received (kB gzip)', 'target ≥ 1,000/s'],
        rows: [[queue.length, batches, pushMs / 1000, Math.round(pushRate), kB(pushBytesOut), kB(pushBytesIn), verdict(pushRate >= 1000)]],
        notes: [`outcomes: ${[...statuses].map(([s, n]) => `${s} ${n}`).join(', ')}; request bodies sent as plain JSON here (the app gzips bodies of 2 kB or more; the peer part measures that)`],
      });

      // 2. An evaluator's first pull of the whole tenant, at the app's page size and at the maximum.
      const evaluatorCookie = await probe.login(world.evaluator.username, testPassword);
      const pullRows: (string | number)[][] = [];
      for (const limit of [options.pullLimit, 5000]) {
        const pull = await pullAll(probe, evaluatorCookie, limit);
        figures[`firstPull${limit}`] = { rows: pull.rows, pages: pull.pages, ms: pull.ms, bytes: pull.bytes };
        pullRows.push([limit, pull.rows, pull.pages, pull.ms / 1000, kB(pull.bytes), Math.round(pull.bytes / pull.rows), verdict(pull.ms <= 5000)]);
      }
      tables.push({
        title: `First pull: evaluator of a tenant with ${world.pullRows.toLocaleString('en-US')} rows`,
        columns: ['page size', 'rows', 'pages', 'time (s)', 'received (kB gzip)', 'bytes/row', 'target ≤ 5 s'],
        rows: pullRows,
        notes: ['server time and transfer only: applying the rows on a device is measured by the store part'],
      });

      // 3. Devices pushing and pulling at once, each on its own session, rows and cursor.
      const loginStarted = performance.now();
      const devices: { cookie: string; deviceId: string; seq: number; cursor: number; recordId: string; rev: number }[] = [];
      // Groups of 8: the server checks one or two passwords at once and queues 8 (hash-gate.ts).
      for (let i = 0; i < world.operators.length; i += 8) {
        const group = world.operators.slice(i, i + 8);
        const cookies = await Promise.all(group.map((u) => probe!.login(u.username, testPassword)));
        for (const cookie of cookies) devices.push({ cookie, deviceId: randomUUID(), seq: 0, cursor: 0, recordId: '', rev: 0 });
      }
      // Catch up first (untimed), as a device in daily use would have; each takes its own row.
      for (let i = 0; i < devices.length; i += 20) {
        await Promise.all(devices.slice(i, i + 20).map(async (device, j) => {
          const index = i + j;
          const pull = await pullAll(probe!, device.cookie, options.pullLimit);
          const mine = pull.responses.flatMap((r) => r.changes).filter((c) => c.entity === 'realisation')
            .sort((a, b) => a.recordId.localeCompare(b.recordId));
          const row = mine[Math.floor(index / options.units) % mine.length];
          if (!row) throw new Error('device has no realisation to edit');
          device.cursor = pull.cursor;
          device.recordId = row.recordId;
          device.rev = row.rev;
        }));
      }
      console.log(`${devices.length} devices logged in and caught up in ${((performance.now() - loginStarted) / 1000).toFixed(1)} s`);
      // Closed loop (every device syncs again as soon as it has an answer: the server's saturation)
      // and paced (each device syncs every `pacedIntervalMs`, starting at a random moment).
      for (const mode of ['saturated', 'paced'] as const) {
        const pushLatency: number[] = [];
        const pullLatency: number[] = [];
        let errors = 0;
        let conflicts = 0;
        const errorSamples: string[] = [];
        const phaseStarted = performance.now();
        const deadline = phaseStarted + options.deadlineMs;
        await Promise.all(devices.map(async (device, d) => {
          if (mode === 'paced') await sleep(Math.random() * options.pacedIntervalMs);
          for (let round = 0; round < options.rounds && performance.now() < deadline; round += 1) {
            const cycleStarted = performance.now();
            try {
              device.seq += 1;
              const push = await probe!.send<PushResponse>('POST', apiRoutes.push, {
                cookie: device.cookie,
                body: { deviceId: device.deviceId, mutations: [mutation(device.seq, device.recordId, { value: 1000 + d * 100 + round }, device.rev)] },
              });
              pushLatency.push(push.ms);
              const result = push.body.results?.[0];
              if (push.status !== 200 || !result || result.status === 'rejected') {
                errors += 1;
                if (errorSamples.length < 3) errorSamples.push(`push ${push.status} ${JSON.stringify(push.body).slice(0, 200)}`);
              } else {
                if (result.status === 'conflict') conflicts += 1;
                if (result.rev !== null) device.rev = result.rev;
              }
              const pull = await probe!.send<PullResponse>('GET', `${apiRoutes.pull}?cursor=${device.cursor}&limit=${options.pullLimit}`, { cookie: device.cookie });
              pullLatency.push(pull.ms);
              if (pull.status !== 200 || pull.body.kind !== 'changes') {
                errors += 1;
                if (errorSamples.length < 3) errorSamples.push(`pull ${pull.status}`);
              } else {
                device.cursor = pull.body.nextCursor;
              }
            } catch (error) {
              errors += 1;
              if (errorSamples.length < 3) errorSamples.push(String(error));
            }
            if (mode === 'paced') await sleep(Math.max(0, options.pacedIntervalMs - (performance.now() - cycleStarted)));
          }
        }));
        const phaseMs = performance.now() - phaseStarted;
        const all = [...pushLatency, ...pullLatency];
        const requestsPerSecond = all.length / (phaseMs / 1000);
        const p99 = percentile(all, 99);
        figures[`concurrent_${mode}`] = {
          devices: devices.length, rounds: options.rounds, requests: all.length, ms: phaseMs, requestsPerSecond,
          p50: median(all), p99, pushP50: median(pushLatency), pushP99: percentile(pushLatency, 99),
          pullP50: median(pullLatency), pullP99: percentile(pullLatency, 99), errors, conflicts, errorSamples,
        };
        tables.push({
          title: mode === 'saturated'
            ? `${devices.length} devices at once, closed loop: each ${options.rounds} × (push 1 edit, pull) back to back`
            : `${devices.length} devices, paced: each ${options.rounds} × (push 1 edit, pull), one sync every ${options.pacedIntervalMs / 1000} s`,
          columns: ['requests', 'time (s)', 'req/s', 'p50 (ms)', 'p99 (ms)', 'push p50/p99', 'pull p50/p99', 'errors', 'target p99 ≤ 100 ms, 0 errors'],
          rows: [[all.length, phaseMs / 1000, Math.round(requestsPerSecond), median(all), p99,
            `${median(pushLatency).toFixed(1)}/${percentile(pushLatency, 99).toFixed(1)}`,
            `${median(pullLatency).toFixed(1)}/${percentile(pullLatency, 99).toFixed(1)}`, errors, verdict(p99 <= 100 && errors === 0)]],
          notes: [`all devices in one tenant (its writer lock serialises pushes); conflicts ${conflicts} (expected 0: each device edits its own row)`, ...errorSamples],
        });
      }
    } finally {
      probe?.close();
      await app.close();
    }
    figures.seedMs = seedMs;
  } finally {
    await cleanup();
  }
  return {
    part: 'sync', startedAt, durationMs: performance.now() - t0,
    environment: describeEnvironment({ postgresql: pgVersion, server: 'one Fastify process, in-process with the load generator' }),
    tables, figures,
  };
}
