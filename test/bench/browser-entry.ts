// Bundled by store.ts into a page of its own: the app's real IndexedDB code (Dexie database,
// pull apply, repository, queries) driven in Chromium, exposed as window.pantauBench.
import type { Change } from '../../src/api/sync';
import type { Actor } from '../../src/domain/user';
import type { Quarter } from '../../src/domain/period';
import { openUserDatabase, type PantauDatabase } from '../../src/client/db/database';
import { applyPullChanges } from '../../src/client/db/pull-apply';
import { saveRealisation } from '../../src/client/db/realisation-repository';
import { getAgreementView } from '../../src/client/db/queries';

interface PullFixture {
  changes: Change[];
  units: string[];
  year: number;
  tenantId: string;
}

const databases = new Map<string, PantauDatabase>();

async function fixture(url: string): Promise<PullFixture> {
  return (await (await fetch(url)).json()) as PullFixture;
}

const bench = {
  /** Applies a pull's changes page by page, as the sync cycle does; returns ms of applying only. */
  async applyPull(name: string, url: string, pageSize: number) {
    const data = await fixture(url);
    const db = openUserDatabase(name);
    databases.set(name, db);
    await db.open();
    const started = performance.now();
    for (let i = 0; i < data.changes.length; i += pageSize) {
      const page = data.changes.slice(i, i + pageSize);
      await applyPullChanges(db, page, page[page.length - 1]?.rev ?? 0, new Date().toISOString());
    }
    const ms = performance.now() - started;
    // The share of that time spent validating rows (zod, jitless), measured apart.
    const { entityRowSchemas } = await import('../../src/client/lazy-schemas');
    const parseStarted = performance.now();
    for (const change of data.changes) entityRowSchemas[change.entity].safeParse(change.row);
    const parseMs = performance.now() - parseStarted;
    return { rows: data.changes.length, ms, parseMs, realisations: await db.realisations.count(), units: data.units, year: data.year, tenantId: data.tenantId };
  },

  /** Saves `count` edits (row + outbox entry each) one after another; returns each save's ms. */
  async saveMany(name: string, actor: Actor, count: number) {
    const db = databases.get(name);
    if (!db) throw new Error(`database ${name} not loaded`);
    const indicators = (await db.indicators.toArray()).filter((i) => i.orgUnitId === actor.orgUnitId);
    const times: number[] = [];
    for (let i = 0; i < count; i += 1) {
      const indicator = indicators[i % indicators.length]!;
      const started = performance.now();
      await saveRealisation(db, actor, {
        indicatorId: indicator.id, quarter: ((i % 4) + 1) as Quarter, value: 1000 + i,
        drivers: 'Kegiatan berjalan sesuai jadwal.', obstacles: '', followUp: '',
      });
      times.push(performance.now() - started);
    }
    return { times, outbox: await db.outbox.count() };
  },

  /** The home screen's query: one unit's PK with every indicator's realisations; returns ms per run. */
  async agreementView(name: string, orgUnitIds: string[], year: number) {
    const db = databases.get(name);
    if (!db) throw new Error(`database ${name} not loaded`);
    const times: number[] = [];
    let indicators = 0;
    for (const orgUnitId of orgUnitIds) {
      const started = performance.now();
      const view = await getAgreementView(db, orgUnitId, year);
      times.push(performance.now() - started);
      indicators = view?.goals.reduce((n, g) => n + g.indicators.length, 0) ?? 0;
    }
    return { times, indicators };
  },

  /** The durability Chromium gives the database's write transactions ('strict', 'relaxed', 'default'). */
  async writeDurability(name: string) {
    const db = databases.get(name);
    if (!db) throw new Error(`database ${name} not loaded`);
    return db.transaction('rw', db.meta, (tx) => tx.idbtrans.durability);
  },

  /** A plain filtered list: one unit's realisations of a year by the compound index. */
  async filteredList(name: string, orgUnitIds: string[], year: number) {
    const db = databases.get(name);
    if (!db) throw new Error(`database ${name} not loaded`);
    const times: number[] = [];
    let rows = 0;
    for (const orgUnitId of orgUnitIds) {
      const started = performance.now();
      const list = await db.realisations.where('[orgUnitId+year]').equals([orgUnitId, year]).toArray();
      rows = list.filter((r) => !r.deleted).length;
      times.push(performance.now() - started);
    }
    return { times, rows };
  },
};

/** Errors cross page.evaluate as text: keep the name, message and cause readable. */
function explained<T extends Record<string, (...args: never[]) => Promise<unknown>>>(api: T): T {
  return Object.fromEntries(Object.entries(api).map(([key, fn]) => [key, async (...args: never[]) => {
    try {
      return await fn(...args);
    } catch (error) {
      const e = error as Error & { cause?: unknown };
      throw new Error(`${key}: ${e.name}: ${e.message}; cause: ${JSON.stringify(e.cause)?.slice(0, 500)}`, { cause: error });
    }
  }])) as T;
}

(window as unknown as { pantauBench: typeof bench }).pantauBench = explained(bench);
document.title = 'ready';
