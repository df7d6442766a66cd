// Part 3, local store in Chromium with real IndexedDB: the app's own Dexie code (browser-entry.ts,
// bundled here with vite) on data built by the server's test factories.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { build } from 'vite';
import type { Page } from 'playwright-core';
import type { Change } from '../../src/api/sync';
import type { Actor } from '../../src/domain/user';
import { launchChromiumOnDisk } from '../support/browser';
import { buildBenchWorld } from './bench-world';
import { pullLimit } from '../../src/client/sync/sync-cycle';
import { serveStatic } from './static-server';
import { describeEnvironment } from './environment';
import { median, percentile, verdict, type PartResult, type Table } from './report';
import { startProfiling, stopProfiling } from './start-profile';

export type Bench = {
  applyPull(name: string, url: string, pageSize: number): Promise<{ rows: number; ms: number; parseMs: number; realisations: number; units: string[]; year: number; tenantId: string }>;
  saveMany(name: string, actor: Actor, count: number): Promise<{ times: number[]; outbox: number }>;
  agreementView(name: string, units: string[], year: number): Promise<{ times: number[]; indicators: number }>;
  filteredList(name: string, units: string[], year: number): Promise<{ times: number[]; rows: number }>;
  writeDurability(name: string): Promise<IDBTransactionDurability>;
};

/** A tenant's rows as one pull would deliver them, parents first. */
export function pullFixture(units: number, indicatorsPerUnit: number): string {
  const world = buildBenchWorld({ pushIndicators: 0, units, indicatorsPerUnit, devices: 0 });
  const tenantId = world.evaluator.tenantId;
  const d = world.data;
  const rows = [
    ...d.orgUnits.filter((r) => r.tenantId === tenantId).map((row) => ['orgUnit', row] as const),
    ...d.agreements.filter((r) => r.tenantId === tenantId).map((row) => ['agreement', row] as const),
    ...d.goals.filter((r) => r.tenantId === tenantId).map((row) => ['goal', row] as const),
    ...d.indicators.filter((r) => r.tenantId === tenantId).map((row) => ['indicator', row] as const),
    ...d.realisations.filter((r) => r.tenantId === tenantId).map((row) => ['realisation', row] as const),
  ];
  const changes: Change[] = rows.map(([entity, row], i) => ({ rev: i + 1, entity, recordId: row.id, row: { ...row, rev: i + 1 } }));
  const unitIds = d.orgUnits.filter((u) => u.tenantId === tenantId && u.type !== 'setda').map((u) => u.id);
  return JSON.stringify({ changes, units: unitIds, year: 2026, tenantId });
}

/** Builds browser-entry.ts (the app's Dexie code) into `outDir` with an index.html that loads it. */
export async function bundleEntry(outDir: string): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: resolve('.'),
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir, emptyOutDir: true, minify: process.env.BENCH_MINIFY !== '0', sourcemap: false,
      lib: { entry: resolve('test/bench/browser-entry.ts'), formats: ['es'], fileName: 'bench' },
    },
  });
  await writeFile(join(outDir, 'index.html'), '<!doctype html><title>loading</title><script type="module" src="/bench.js"></script>');
}

export async function runStoreBench(options = { pullUnits: 100, listUnits: 50, indicatorsPerUnit: 100, saves: 200, pageSize: Number(process.env.BENCH_PULL_PAGE ?? pullLimit) }): Promise<PartResult> {
  const startedAt = new Date().toISOString();
  const t0 = performance.now();
  const outDir = await mkdtemp(join(tmpdir(), 'pk-bench-store-'));
  const big = pullFixture(options.pullUnits, options.indicatorsPerUnit);
  const list = pullFixture(options.listUnits, options.indicatorsPerUnit);
  await bundleEntry(outDir);
  const server = await serveStatic(outDir, { '/pull-50k.json': () => big, '/pull-20k.json': () => list });
  // A profile on disk: an off-the-record context would keep IndexedDB in memory.
  const browser = await launchChromiumOnDisk(join(outDir, 'profile'));
  try {
    const page: Page = await browser.newPage();
    page.setDefaultTimeout(120_000);
    await page.goto(server.url + '/');
    await page.waitForFunction(() => document.title === 'ready');
    // A string expression, so that no transpiler helper leaks into the page.
    const call = <K extends keyof Bench>(method: K, ...args: Parameters<Bench[K]>): ReturnType<Bench[K]> =>
      page.evaluate(`window.pantauBench.${method}(...${JSON.stringify(args)})`) as ReturnType<Bench[K]>;

    // BENCH_PROFILE=1: a CPU profile of the big pull's apply (start-profile.ts), printed as tables.
    const profiling = process.env.BENCH_PROFILE === '1';
    const cdp = profiling ? await page.context().newCDPSession(page) : null;
    if (cdp) await startProfiling(cdp);
    const pull = await call('applyPull', 'big', '/pull-50k.json', options.pageSize);
    const profiled: Table[] = cdp ? await stopProfiling(cdp, 'store-pull-apply') : [];
    const rowsPerSecond = pull.rows / (pull.ms / 1000);
    const actor: Actor = { id: randomUUID(), tenantId: pull.tenantId, orgUnitId: pull.units[0]!, role: 'operator' };
    await call('saveMany', 'big', actor, 10); // warm-up
    const timed = await call('saveMany', 'big', actor, options.saves);
    const listed = await call('applyPull', 'list', '/pull-20k.json', options.pageSize);
    const units = listed.units.slice(0, 20);
    const views = await call('agreementView', 'list', units, listed.year);
    const filtered = await call('filteredList', 'list', units, listed.year);
    const durability = await call('writeDurability', 'big');
    const saveMedian = median(timed.times);
    const saveP95 = percentile(timed.times, 95);
    const viewMedian = median(views.times);
    const chromium = browser.browser()?.version() ?? 'unknown';
    return {
      part: 'store', startedAt, durationMs: performance.now() - t0,
      environment: describeEnvironment({ chromium, cpuThrottling: 'none' }),
      figures: {
        save: { count: timed.times.length, median: saveMedian, p95: saveP95, outbox: timed.outbox },
        bulkApply: { rows: pull.rows, ms: pull.ms, parseMs: pull.parseMs, rowsPerSecond, pageSize: options.pageSize },
        agreementView: { realisationsInDb: listed.realisations, indicators: views.indicators, median: viewMedian, p95: percentile(views.times, 95) },
        durability,
        filteredList: { realisationsInDb: listed.realisations, rows: filtered.rows, median: median(filtered.times), p95: percentile(filtered.times, 95) },
      },
      tables: [{
        title: `Local store: Chromium ${chromium}, real IndexedDB on disk via the app's Dexie code, no CPU throttling`,
        columns: ['operation', 'size', 'median', 'p95 / rate', 'target', 'verdict'],
        rows: [
          ['save one realisation (row + outbox, one transaction)', `${timed.times.length} saves`, `${saveMedian.toFixed(1)} ms`, `${saveP95.toFixed(1)} ms`, '≤ 10 ms', verdict(saveP95 <= 10)],
          [`apply a pull (pages of ${options.pageSize}, parse + rebase + cursor)`, `${pull.rows.toLocaleString('en-US')} rows`, `${(pull.ms / 1000).toFixed(1)} s`, `${Math.round(rowsPerSecond).toLocaleString('en-US')} rows/s`, '≥ 10,000 rows/s', verdict(rowsPerSecond >= 10_000)],
          [`home query: one unit's PK (${views.indicators} indicators)`, `${listed.realisations.toLocaleString('en-US')} realisations in DB`, `${viewMedian.toFixed(1)} ms`, `${percentile(views.times, 95).toFixed(1)} ms`, '≤ 50 ms', verdict(percentile(views.times, 95) <= 50)],
          [`filtered list: a unit's realisations of the year (${filtered.rows} rows)`, `${listed.realisations.toLocaleString('en-US')} realisations in DB`, `${median(filtered.times).toFixed(1)} ms`, `${percentile(filtered.times, 95).toFixed(1)} ms`, '≤ 50 ms', verdict(percentile(filtered.times, 95) <= 50)],
        ],
        notes: [
          `of the pull's apply time, validating rows with zod (jitless) alone takes ${(pull.parseMs / 1000).toFixed(1)} s`,
          '20 runs of each query, over 20 different units; fixture fetch and JSON parse excluded from the apply time',
          `write transactions' durability: ${durability} (the app's setting, db/database.ts); IndexedDB on this machine's disk (a profile directory, not an off-the-record context, which keeps IndexedDB in memory)`,
        ],
      }, ...profiled],
    };
  } finally {
    await browser.close();
    await server.close();
    await rm(outDir, { recursive: true, force: true });
  }
}
