// Typed access to the meta table. Callers run these inside their own transaction when they need
// atomicity (Dexie joins the ambient transaction).
import type { Table } from 'dexie';
import type { SyncEntity } from '../../api/sync';
import type { PantauDatabase } from './database';

export type MetaKey = 'deviceId' | 'nextSeq' | 'cursor' | 'lastSyncAt' | 'clockSkewMs' | 'deviceName' | 'tenant' | 'catchUp';

export async function getMeta<T>(db: PantauDatabase, key: MetaKey): Promise<T | undefined> {
  const entry = await db.meta.get(key);
  return entry?.value as T | undefined;
}

export async function setMeta(db: PantauDatabase, key: MetaKey, value: unknown): Promise<void> {
  await db.meta.put({ key, value });
}

/** Several keys in one write (one IndexedDB request instead of one per key). */
export async function setMetas(db: PantauDatabase, values: Partial<Record<MetaKey, unknown>>): Promise<void> {
  await db.meta.bulkPut(Object.entries(values).map(([key, value]) => ({ key, value })));
}

/** The device id, created if the database predates it (populate normally makes it). */
export async function ensureDeviceId(db: PantauDatabase): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const existing = await getMeta<string>(db, 'deviceId');
    if (existing) return existing;
    const id = crypto.randomUUID();
    await setMeta(db, 'deviceId', id);
    return id;
  });
}

/** Next mutation seq; call inside the transaction that writes the outbox entry. */
export async function allocateSeq(db: PantauDatabase): Promise<number> {
  const stored = (await getMeta<number>(db, 'nextSeq')) ?? 1;
  // Never reuse a seq still in the outbox, even if meta was lost.
  const last = await db.outbox.orderBy('seq').last();
  const seq = Math.max(stored, (last?.seq ?? 0) + 1);
  await setMeta(db, 'nextSeq', seq + 1);
  return seq;
}

// The row type differs per table; callers parse rows with the entity's schema before writing.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- one accessor over ten row types
export function tableOf(db: PantauDatabase, entity: SyncEntity): Table<any, string> {
  switch (entity) {
    case 'orgUnit':
      return db.orgUnits;
    case 'agreement':
      return db.agreements;
    case 'goal':
      return db.goals;
    case 'indicator':
      return db.indicators;
    case 'program':
      return db.programs;
    case 'realisation':
      return db.realisations;
    case 'evidence':
      return db.evidence;
    case 'conflict':
      return db.conflicts;
    case 'periodWindow':
      return db.periodWindows;
    case 'programRealisation':
      return db.programRealisations;
    case 'lkeResponse':
      return db.lkeResponses;
    case 'lkeEvaluation':
      return db.lkeEvaluations;
    case 'lkeRecommendation':
      return db.lkeRecommendations;
    case 'lkeTemplate':
      return db.lkeTemplates;
    case 'lkeEvidence':
      return db.lkeEvidence;
    case 'rpjmdPlan':
      return db.rpjmdPlans;
  }
}
