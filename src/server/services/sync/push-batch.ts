// Write-behind for one push batch (design.md, "Sync protocol"; docs/performance.md, "Sync").
//
// A push used to cost ~8 PostgreSQL round trips and a savepoint per mutation, one after another
// under the tenant's writer lock. A PushBatch instead:
//   - loads the realisations, indicators and agreements the batch names in three queries, and the
//     stored outcomes of resent seqs in one;
//   - hands out revs in memory: the batch holds the tenant's counter row lock (lockTenantCounter)
//     from its start to its commit, so nobody else can take a rev meanwhile, and the counter is
//     written once, in the same transaction as the changes: a reader still sees last_rev = N only
//     when every change ≤ N is committed (store/sync-queries.ts);
//   - keeps written realisations, change-log rows and mutation outcomes in memory and writes them
//     with multi-row statements at the end (`flush`).
//
// Handlers see it as an ordinary Tx (`batch.tx`): the reads and writes above are served from
// memory; every other query first flushes what is pending, so it sees the database exactly as
// the old one-by-one code did. Reads of tables a push never writes (period windows, users, the tenant) are
// remembered for the batch (the tenant's period windows all at once).
//
// No savepoint per mutation: the realisation handler validates everything (schema, permission,
// quarter window, value) before it writes anything, so a refusal leaves nothing to undo. Should a
// refusal ever come after a write, `run` undoes the in-memory writes, and fails the whole batch
// (rolled back, nothing half-applied) if something had already been flushed. Handlers that read
// and write other tables (conflict choices, evidence) run `isolated`: flush, then a real savepoint.
import type { Mutation } from '../../../api/sync';
import type { Agreement } from '../../../domain/agreement';
import type { Indicator } from '../../../domain/indicator';
import type { PeriodWindow } from '../../../domain/period-window';
import { idSchema } from '../../../domain/sync-record';
import type { Tx } from '../../store/connection';
import type { RealisationRecord } from '../../store/entity-queries';
import type { ChangeRecord, MutationRecord } from '../../store/sync-queries';
import { Rejection } from '../rejection';

const keyOf = (indicatorId: string, quarter: number): string => `${indicatorId}:${quarter}`;

/**
 * Reads of tables that no push handler writes (device names change after the batch): answered
 * once per batch. Named as the store's methods, checked against Tx when compiling: a renamed query
 * fails here instead of silently flushing and reading again.
 */
const rememberedReads: ReadonlySet<string> = new Set(['findUserById', 'getDeviceNames', 'getTenant', 'findLkeTemplate'] satisfies (keyof Tx)[]);

type AnyQuery = (...args: unknown[]) => Promise<unknown>;

export class PushBatch {
  /** The overlay handlers run on. */
  readonly tx: Tx;
  private lastRev: number;
  private flushedRev: number;
  /** Current state (database + this batch's writes); null = known not to exist. */
  private readonly byId = new Map<string, RealisationRecord | null>();
  private readonly byKey = new Map<string, RealisationRecord | null>();
  /** Indicators whose realisations are all in byKey (a missing key is known not to exist). */
  private readonly keysLoaded = new Set<string>();
  private readonly indicators = new Map<string, Indicator | null>();
  private readonly agreements = new Map<string, Agreement | null>();
  private readonly remembered = new Map<string, unknown>();
  /**
   * The tenant's quarter windows (a table no push handler writes), read in one query at the first
   * check of the batch instead of one query per year × quarter; keyed year:quarter.
   */
  private periodWindows: Promise<Map<string, PeriodWindow>> | null = null;
  /** Realisations written in this batch and not yet flushed. */
  private readonly dirty = new Set<string>();
  private changes: ChangeRecord[] = [];
  private mutations: MutationRecord[] = [];
  private readonly outcomes = new Map<number, Record<string, unknown>>();
  /** Undo steps of the mutation in `run`, newest last. */
  private undo: Array<() => void> | null = null;
  /** Some of those steps' writes were flushed: they cannot be undone in memory any more. */
  private undoFlushed = false;

  constructor(private readonly inner: Tx, private readonly tenantId: string, lastRev: number) {
    this.lastRev = lastRev;
    this.flushedRev = lastRev;
    this.tx = this.overlay();
  }

  /** Loads what the batch's new mutations will read, in a few queries. */
  async prefetch(deviceId: string, lastSeq: number, mutations: readonly Mutation[]): Promise<void> {
    const resent = mutations.filter((m) => m.seq <= lastSeq).map((m) => m.seq);
    for (const [seq, outcome] of await this.inner.getMutationOutcomes(deviceId, resent)) this.outcomes.set(seq, outcome);

    const fresh = mutations.filter((m) => m.seq > lastSeq && m.entity === 'realisation');
    if (fresh.length === 0) return;
    const ids = [...new Set(fresh.map((m) => m.recordId))];
    // Only well-formed ids go into a query (the handler refuses the others as invalid).
    const named = [...new Set(fresh.map((m) => m.fields.indicatorId).filter((v): v is string => idSchema.safeParse(v).success))];
    const rows = await this.inner.listRealisationsForBatch(ids, named);
    for (const id of ids) this.byId.set(id, null);
    for (const id of named) this.keysLoaded.add(id);
    for (const row of rows) this.remember(row);

    const indicatorIds = [...new Set([...named, ...rows.map((r) => r.indicatorId)])];
    for (const id of indicatorIds) this.indicators.set(id, null);
    const indicators = await this.inner.getIndicators(indicatorIds);
    for (const indicator of indicators) this.indicators.set(indicator.id, indicator);

    // Only a create reads the agreement (for the year): those name their indicator.
    const creating = new Set(named);
    const agreementIds = [...new Set(indicators.filter((i) => creating.has(i.id)).map((i) => i.agreementId))];
    for (const id of agreementIds) this.agreements.set(id, null);
    for (const agreement of await this.inner.getAgreements(agreementIds)) this.agreements.set(agreement.id, agreement);
  }

  /** The stored outcome of a seq this device already sent (in an earlier batch or this one). */
  async outcome(deviceId: string, seq: number): Promise<Record<string, unknown> | null> {
    const known = this.outcomes.get(seq);
    if (known) return known;
    await this.flush();
    return this.inner.getMutationOutcome(deviceId, seq);
  }

  recordMutation(row: MutationRecord): void {
    this.mutations.push(row);
    this.outcomes.set(row.seq, row.outcome);
  }

  /**
   * Runs a handler that writes only after it has validated, on the overlay, without a savepoint.
   * A Rejection thrown after a write undoes the in-memory writes (see the header).
   */
  async run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const undo: Array<() => void> = [];
    this.undo = undo;
    this.undoFlushed = false;
    try {
      return await work(this.tx);
    } catch (error) {
      if (error instanceof Rejection && undo.length > 0) {
        // Failing the whole batch (rolled back) beats committing half a mutation.
        if (this.undoFlushed) throw new Error(`a mutation was refused (${error.code}) after part of it was written`, { cause: error });
        for (const step of undo.reverse()) step();
      }
      throw error;
    } finally {
      this.undo = null;
    }
  }

  /** Runs a handler on the database itself, in a savepoint of its own, after flushing. */
  async isolated<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    await this.flush();
    try {
      return await this.inner.savepoint(work);
    } finally {
      // It may have taken revs and written any table: start again from the database.
      this.lastRev = await this.inner.getLastRev(this.tenantId);
      this.flushedRev = this.lastRev;
      this.byId.clear();
      this.byKey.clear();
      this.keysLoaded.clear();
      this.remembered.clear();
      this.periodWindows = null;
      // A PK handler may have written indicators and agreements (signing supersedes a version).
      this.indicators.clear();
      this.agreements.clear();
    }
  }

  /** Writes what is pending: realisations, change-log rows, mutations, the counter. */
  async flush(): Promise<void> {
    if (this.undo && this.undo.length > 0) this.undoFlushed = true;
    if (this.dirty.size > 0) {
      const rows = [...this.dirty].map((id) => this.byId.get(id)).filter((r): r is RealisationRecord => r !== null && r !== undefined);
      this.dirty.clear();
      await this.inner.upsertRealisations(rows);
    }
    if (this.changes.length > 0) {
      const rows = this.changes;
      this.changes = [];
      await this.inner.appendChanges(rows);
    }
    if (this.mutations.length > 0) {
      const rows = this.mutations;
      this.mutations = [];
      await this.inner.insertMutations(rows);
    }
    if (this.lastRev !== this.flushedRev) {
      await this.inner.setLastRev(this.tenantId, this.lastRev);
      this.flushedRev = this.lastRev;
    }
  }

  private remember(row: RealisationRecord): void {
    this.byId.set(row.id, row);
    this.byKey.set(keyOf(row.indicatorId, row.quarter), row);
  }

  private write(row: RealisationRecord): void {
    const id = row.id;
    const key = keyOf(row.indicatorId, row.quarter);
    const hadId = this.byId.has(id);
    const previousById = this.byId.get(id);
    const hadKey = this.byKey.has(key);
    const previousByKey = this.byKey.get(key);
    const wasDirty = this.dirty.has(id);
    this.undo?.push(() => {
      if (hadId) this.byId.set(id, previousById ?? null);
      else this.byId.delete(id);
      if (hadKey) this.byKey.set(key, previousByKey ?? null);
      else this.byKey.delete(key);
      if (!wasDirty) this.dirty.delete(id);
    });
    this.remember(row);
    this.dirty.add(id);
  }

  private overlay(): Tx {
    const inner = this.inner;
    const passThrough: Record<string, unknown> = {};
    for (const [name, query] of Object.entries(inner)) {
      if (typeof query !== 'function') continue;
      const run = query as AnyQuery;
      passThrough[name] = rememberedReads.has(name)
        ? async (...args: unknown[]) => {
          const key = `${name}:${JSON.stringify(args)}`;
          if (!this.remembered.has(key)) this.remembered.set(key, await run(...args));
          return this.remembered.get(key);
        }
        : async (...args: unknown[]) => {
          await this.flush();
          return run(...args);
        };
    }
    const served: Partial<Tx> = {
      getRealisation: async (id) => {
        const known = this.byId.get(id);
        if (known !== undefined) return known;
        await this.flush();
        const row = await inner.getRealisation(id);
        if (row) this.remember(row);
        else this.byId.set(id, null);
        return row;
      },
      findRealisationByKey: async (indicatorId, quarter) => {
        const known = this.byKey.get(keyOf(indicatorId, quarter));
        if (known !== undefined) return known;
        if (this.keysLoaded.has(indicatorId)) return null;
        await this.flush();
        const row = await inner.findRealisationByKey(indicatorId, quarter);
        if (row) this.remember(row);
        else this.byKey.set(keyOf(indicatorId, quarter), null);
        return row;
      },
      getIndicator: async (id) => {
        const known = this.indicators.get(id);
        if (known !== undefined) return known;
        const indicator = await inner.getIndicator(id);
        this.indicators.set(id, indicator);
        return indicator;
      },
      getAgreement: async (id) => {
        const known = this.agreements.get(id);
        if (known !== undefined) return known;
        const agreement = await inner.getAgreement(id);
        this.agreements.set(id, agreement);
        return agreement;
      },
      getPeriodWindow: async (tenantId, year, quarter) => {
        if (tenantId !== this.tenantId) return inner.getPeriodWindow(tenantId, year, quarter);
        this.periodWindows ??= inner.listPeriodWindows(tenantId)
          .then((windows) => new Map(windows.map((w) => [`${w.year}:${w.quarter}`, w])));
        return (await this.periodWindows).get(`${year}:${quarter}`) ?? null;
      },
      nextRev: async (tenantId) => {
        if (tenantId !== this.tenantId) throw new Error(`a push batch of tenant ${this.tenantId} asked for a rev of ${tenantId}`);
        const before = this.lastRev;
        this.undo?.push(() => { this.lastRev = before; });
        this.lastRev += 1;
        return this.lastRev;
      },
      insertRealisation: async (record) => { this.write(record); },
      updateRealisation: async (record) => { this.write(record); },
      appendChange: async (change) => {
        const length = this.changes.length;
        this.undo?.push(() => { this.changes.length = length; });
        this.changes.push(change);
      },
      savepoint: (work) => this.isolated(work),
    };
    // Every member of Tx is an async query of the same signature as on `inner` (store/queries.ts):
    // the pass-through wrappers keep it, and `served` is typed against Tx itself.
    return { ...passThrough, ...served } as unknown as Tx;
  }
}
