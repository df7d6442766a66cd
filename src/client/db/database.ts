/*
 * The device's database, one per user (IndexedDB name `pantau-kinerja-user-${userId}`), so that
 * logging out or another user logging in never touches someone else's unsent work.
 *
 * Tables:
 * - orgUnits, agreements, goals, indicators, programs, realisations: copies of the server's rows
 *   this user may read, as pulled (plus the device's own unsent edits re-applied on top).
 * - outbox: the device's mutations not yet acknowledged by the server, keyed by `seq` (the
 *   per-device order number the server uses to apply each mutation once). Written in the same
 *   transaction as the row it changes (design.md, invariant 1); deleted only on acknowledgement
 *   (invariant 2).
 * - rejections: mutations the server refused, with its reason, kept until the user dismisses them
 *   (invariant 4). The refused value stays in the local row.
 * - conflicts: fields the server resolved against a concurrent change, one row per field, shown in
 *   the conflict inbox until someone chooses.
 * - meta: key/value: deviceId, nextSeq, cursor (pull position), lastSyncAt, clockSkewMs.
 * - evidence (v2): bukti dukung rows, mirrored like the tables above.
 * - blobs (v2): the bytes of evidence files by sha256, with whether the server has verified them.
 *   Kept after upload too, so thumbnails show offline.
 * - programRealisations (v4): realisasi anggaran (cumulative Rp) and fisik (%) per program ×
 *   quarter, mirrored like the tables above.
 * - periodWindows (v3): the tenant's jadwal input (quarter locked / deadline), mirrored, so the
 *   form can warn before the server refuses.
 * - (v5) realisations lose their single-field indexes indicatorId and orgUnitId, which the
 *   compound ones already cover.
 * - lkeResponses, lkeEvaluations, lkeRecommendations (v6): the LKE's answers (each side's, per
 *   unit × year × criterion), each unit's LKE of a year (open or final) and its recommendations
 *   with their follow-up, mirrored like the tables above.
 * - lkeTemplates (v7): the pemda's own LKE templates, one per year (a year without one uses the
 *   default), mirrored like periodWindows; lkeResponses gain a year index.
 * - lkeEvidence (v7): bukti dukung of units' own LKE answers, one row per file per unit × year ×
 *   criterion, mirrored like evidence; their bytes are in blobs, as evidence's are.
 * - rpjmdPlans (v7): the pemda's RPJMD plans (visi, misi, tujuan per plan period), mirrored like
 *   periodWindows.
 *   A database upgraded from v6 catches up on the v7 entities' rows, which its old build's pulls
 *   left out (sync/catch-up.ts).
 * - (v8) rpjmdPlans rows gain `sasaran` (the plan's sasaran daerah with their IKU and targets):
 *   a database upgraded from v7 fetches the plans once more (catch-up), since its old build's
 *   parse stripped them; until then a row without them reads as none (rpjmd-plan-sasaran.ts).
 *   The same upgrade catches up on the PK rows (agreements, goals, indicators) of the units above
 *   a bidang's or UPTD's own, which a unit-scoped user's device pulls from this build on
 *   (domain/permissions.ts canReadHigherPk); the server sends none to other devices.
 *
 * Every schema version stays here: add `this.version(n + 1)`, never edit an old one.
 * A full disk surfaces as QuotaExceededError; see storage-errors.ts.
 */
import Dexie, { type Table } from 'dexie';
import type { OrgUnit } from '../../domain/org-unit';
import type { Agreement, Goal, Program } from '../../domain/agreement';
import type { Indicator } from '../../domain/indicator';
import type { Realisation } from '../../domain/realisation';
import type { Conflict, ConflictResolution } from '../../domain/conflict';
import type { Evidence } from '../../domain/evidence';
import type { EvidenceMimeType } from '../../domain/evidence-file';
import type { PeriodWindow } from '../../domain/period-window';
import type { ProgramRealisation } from '../../domain/program-realisation';
import type { LkeResponse } from '../../domain/lke-response';
import type { LkeEvaluation } from '../../domain/lke-evaluation';
import type { LkeRecommendation } from '../../domain/lke-recommendation';
import type { LkeTemplateRecord } from '../../domain/lke-template-record';
import type { RpjmdPlan } from '../../domain/rpjmd-plan';
import type { LkeEvidence } from '../../domain/lke-evidence';
import type { SyncEntity } from '../../api/sync';
import type { RejectionCode } from '../../api/error-codes';

export type EntrySyncState = 'pending' | 'sending' | 'refused' | 'conflict'; // absent = synced

export interface OutboxEntry {
  seq: number;
  id: string;
  entity: SyncEntity;
  recordId: string;
  op: 'upsert' | 'delete';
  fields: Record<string, unknown>;
  baseRev: number | null;
  clientTime: string;
  state: 'pending' | 'sending';
  attempts: number;
  lastError: string | null;
  /**
   * The local row this entry's values live on, when it differs from recordId: a row created on
   * this device whose natural key (indicator × quarter) turned out to exist on the server already.
   * The mutation still names its own recordId; the server folds it into the existing row.
   */
  rowId?: string;
}

export interface Rejection {
  mutationId: string;
  seq: number;
  entity: SyncEntity;
  recordId: string;
  fields: Record<string, unknown>;
  code: RejectionCode;
  message: string;
  details?: unknown;
  rejectedAt: string;
}

export interface ConflictEntry {
  id: string;
  entity: SyncEntity;
  recordId: string;
  field: string;
  serverValue: unknown;
  yourValue: unknown;
  detectedAt: string;
  /** The server's synced conflict row, once pulled (absent: known so far only from a push result). */
  record?: Conflict;
  /** The user's choice, saved here and queued (outbox entity 'conflict') until the server has it. */
  resolution?: ConflictResolution;
  value?: unknown;
}

/**
 * An evidence file's bytes. Stored as an ArrayBuffer rather than a Blob: Safari has lost Blobs
 * kept in IndexedDB before, and an ArrayBuffer round-trips everywhere (a Blob is made to show it).
 */
export interface BlobEntry {
  sha256: string;
  bytes: ArrayBuffer;
  mimeType: EvidenceMimeType;
  size: number;
  /** When the server answered that it holds and verified these bytes; null until then. */
  uploadedAt: string | null;
  /** 1 until the server verified the bytes, then absent: an index of what still needs uploading that never reads the bytes. */
  pending?: 1;
  /** The last upload failure, shown on the evidence; null when none. */
  lastError: string | null;
  /** Of an unfinished chunked upload, the bytes the server said it holds: the next attempt resumes there. */
  uploadedBytes?: number;
}

export interface MetaEntry {
  key: string;
  value: unknown;
}

/** What a v7 database catches up on for the PKs of the units above its user's (v8's upgrade). */
const higherPkCatchUp = ['agreement', 'goal', 'indicator'];

export class PantauDatabase extends Dexie {
  declare orgUnits: Table<OrgUnit, string>;
  declare agreements: Table<Agreement, string>;
  declare goals: Table<Goal, string>;
  declare indicators: Table<Indicator, string>;
  declare programs: Table<Program, string>;
  declare realisations: Table<Realisation, string>;
  declare outbox: Table<OutboxEntry, number>;
  declare rejections: Table<Rejection, string>;
  declare conflicts: Table<ConflictEntry, string>;
  declare meta: Table<MetaEntry, string>;
  declare evidence: Table<Evidence, string>;
  declare blobs: Table<BlobEntry, string>;
  declare periodWindows: Table<PeriodWindow, string>;
  declare programRealisations: Table<ProgramRealisation, string>;
  declare lkeResponses: Table<LkeResponse, string>;
  declare lkeEvaluations: Table<LkeEvaluation, string>;
  declare lkeRecommendations: Table<LkeRecommendation, string>;
  declare lkeTemplates: Table<LkeTemplateRecord, string>;
  declare lkeEvidence: Table<LkeEvidence, string>;
  declare rpjmdPlans: Table<RpjmdPlan, string>;

  constructor(name: string) {
    // Every write transaction is flushed to disk before it completes ('strict'): Chromium's
    // default is 'relaxed', where a save the screen already called "saved on this device" can
    // be lost if the tablet's battery dies or the OS crashes a moment later. Measured cost in
    // the store bench: none visible (save median 3.2 vs 3.4 ms, pull 14,300 vs 13,500 rows/s);
    // on a tablet's flash it is one flush per save and per pull page (docs/performance.md).
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      orgUnits: 'id',
      agreements: 'id, [orgUnitId+year]',
      goals: 'id, agreementId',
      indicators: 'id, agreementId, goalId',
      programs: 'id, agreementId',
      realisations: 'id, indicatorId, [indicatorId+quarter], orgUnitId, [orgUnitId+year]',
      outbox: 'seq, recordId',
      rejections: 'mutationId, recordId',
      conflicts: 'id, recordId',
      meta: 'key',
    });
    this.version(2).stores({
      evidence: 'id, realisationId, sha256',
      blobs: 'sha256, pending',
    });
    this.version(3).stores({
      periodWindows: 'id, [year+quarter]',
    });
    this.version(4).stores({
      programRealisations: 'id, programId, [programId+quarter]',
    });
    // v5: realisations keep only their compound indexes. `where('indicatorId')` still works
    // (Dexie reads the first part of [indicatorId+quarter] as a virtual index), and every index
    // is written for every pulled row: two fewer made a first pull faster (npm run bench store).
    this.version(5).stores({
      realisations: 'id, [indicatorId+quarter], [orgUnitId+year]',
    });
    this.version(6).stores({
      lkeResponses: 'id, [orgUnitId+year], [orgUnitId+year+criterionId+side]',
      lkeEvaluations: 'id, [orgUnitId+year], year',
      lkeRecommendations: 'id, [orgUnitId+year]',
    });
    // A database made by an older build: its pulls left out the rows of entities its protocol did
    // not know (api/sync.ts entityProtocol), so the next sync fetches them once (sync/catch-up.ts).
    // A new database pulls everything from the start and needs no catch-up.
    this.version(7).stores({
      lkeTemplates: 'id, year',
      lkeEvidence: 'id, [orgUnitId+year], sha256',
      rpjmdPlans: 'id',
      // The evaluator's list of every unit's progress reads one year's answers, not all years'.
      lkeResponses: 'id, [orgUnitId+year], [orgUnitId+year+criterionId+side], year',
    }).upgrade((tx) => tx.table('meta').put({ key: 'catchUp', value: ['lkeTemplate', 'lkeEvidence', 'rpjmdPlan'] }));
    // Added to what v7's upgrade asked for when both run (a v6 database), not in its place.
    this.version(8).stores({}).upgrade(async (tx) => {
      const meta = tx.table<{ key: string; value: unknown }, string>('meta');
      const before = (await meta.get('catchUp'))?.value;
      const wanted = Array.isArray(before) ? before.filter((e): e is string => typeof e === 'string') : [];
      await meta.put({ key: 'catchUp', value: [...new Set([...wanted, 'rpjmdPlan', ...higherPkCatchUp])] });
    });
    this.on('populate', (tx) => {
      // The device id names this device to the server for seq numbering; made once per database.
      void tx.table('meta').bulkAdd([
        { key: 'deviceId', value: crypto.randomUUID() },
        { key: 'nextSeq', value: 1 },
        { key: 'cursor', value: 0 },
      ]);
    });
  }
}

/** The tables that mirror the server (cleared by a reset; the device's own queues are not). */
export function syncedTables(db: PantauDatabase): Table[] {
  return [db.orgUnits, db.agreements, db.goals, db.indicators, db.programs, db.realisations, db.evidence, db.periodWindows, db.programRealisations, db.lkeResponses, db.lkeEvaluations, db.lkeRecommendations, db.lkeTemplates, db.lkeEvidence, db.rpjmdPlans];
}

export function userDatabaseName(userId: string): string {
  return `pantau-kinerja-user-${userId}`;
}

export function openUserDatabase(userId: string): PantauDatabase {
  return new PantauDatabase(userDatabaseName(userId));
}
