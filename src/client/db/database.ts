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
 *
 * Every schema version stays here: add `this.version(n + 1)`, never edit an old one.
 * A full disk surfaces as QuotaExceededError; see storage-errors.ts.
 */
import Dexie, { type Table } from 'dexie';
import type { OrgUnit } from '../../domain/org-unit';
import type { Agreement, Goal, Program } from '../../domain/agreement';
import type { Indicator } from '../../domain/indicator';
import type { Realisation } from '../../domain/realisation';
import type { SyncEntity } from '../../api/sync';
import type { RejectionCode } from '../../api/errors';

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
}

export interface MetaEntry {
  key: string;
  value: unknown;
}

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

  constructor(name: string) {
    super(name);
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
  return [db.orgUnits, db.agreements, db.goals, db.indicators, db.programs, db.realisations];
}

export function userDatabaseName(userId: string): string {
  return `pantau-kinerja-user-${userId}`;
}

export function openUserDatabase(userId: string): PantauDatabase {
  return new PantauDatabase(userDatabaseName(userId));
}
