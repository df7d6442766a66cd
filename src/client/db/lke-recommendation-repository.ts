// The LKE's recommendations on the device: the evaluator adds and removes them, the unit
// keeps their follow-up. Each change with its outbox entry in ONE transaction (design.md,
// invariant 1), only the changed fields sent; the server judges who may write what.
import { followUpProblem, type LkeFollowUpStatus, type LkeRecommendation } from '../../domain/lke-recommendation';
import { canAnswerLke, canReview } from '../../domain/permissions';
import type { Actor } from '../../domain/user';
import type { PantauDatabase } from './database';
import { ensureDeviceId } from './meta';
import { guardStorage } from './storage-errors';
import { baseRevOf, queueMutation } from './outbox-queue';

export class LkeRecommendationError extends Error {
  constructor(readonly problem: 'notAllowed' | 'notFound' | 'emptyText' | 'noteRequired') {
    super(`LKE recommendation refused: ${problem}`);
    this.name = 'LkeRecommendationError';
  }
}

const scope = (actor: Actor, orgUnitId: string) => ({ tenantId: actor.tenantId, orgUnitId });
const tables = (db: PantauDatabase) => [db.lkeRecommendations, db.outbox, db.meta];

export async function addLkeRecommendation(db: PantauDatabase, actor: Actor, input: { orgUnitId: string; year: number; text: string }, now = new Date()): Promise<LkeRecommendation> {
  if (!canReview(actor, scope(actor, input.orgUnitId)).allowed) throw new LkeRecommendationError('notAllowed');
  const text = input.text.trim();
  if (text === '') throw new LkeRecommendationError('emptyText');
  return guardStorage(() => db.transaction('rw', tables(db), async () => {
    const deviceId = await ensureDeviceId(db);
    const order = (await db.lkeRecommendations.where('[orgUnitId+year]').equals([input.orgUnitId, input.year]).toArray()).filter((r) => !r.deleted).length;
    const stamp = now.toISOString();
    const row: LkeRecommendation = {
      id: crypto.randomUUID(), tenantId: actor.tenantId, rev: 0, updatedAt: stamp, updatedBy: actor.id, deviceId, deleted: false,
      orgUnitId: input.orgUnitId, year: input.year, order, text, followUp: 'belum', followUpNote: '',
    };
    await db.lkeRecommendations.put(row);
    await queueMutation(db, { entity: 'lkeRecommendation', recordId: row.id, op: 'upsert', fields: { orgUnitId: row.orgUnitId, year: row.year, order, text }, baseRev: null, clientTime: stamp });
    return row;
  }));
}

async function change(db: PantauDatabase, actor: Actor, id: string, allowed: (row: LkeRecommendation) => boolean, edit: (row: LkeRecommendation) => Partial<LkeRecommendation> | 'delete', now: Date): Promise<void> {
  await guardStorage(() => db.transaction('rw', tables(db), async () => {
    const row = await db.lkeRecommendations.get(id);
    if (!row || row.deleted) throw new LkeRecommendationError('notFound');
    if (!allowed(row)) throw new LkeRecommendationError('notAllowed');
    const deviceId = await ensureDeviceId(db);
    const stamp = now.toISOString();
    const edited = edit(row);
    const fields = edited === 'delete' ? {} : edited;
    await db.lkeRecommendations.put({ ...row, ...fields, deleted: edited === 'delete', updatedAt: stamp, updatedBy: actor.id, deviceId });
    await queueMutation(db, { entity: 'lkeRecommendation', recordId: id, op: edited === 'delete' ? 'delete' : 'upsert', fields, baseRev: baseRevOf(row), clientTime: stamp });
  }));
}

export async function removeLkeRecommendation(db: PantauDatabase, actor: Actor, id: string, now = new Date()): Promise<void> {
  return change(db, actor, id, (row) => canReview(actor, scope(actor, row.orgUnitId)).allowed, () => 'delete', now);
}

export async function followUpLkeRecommendation(db: PantauDatabase, actor: Actor, id: string, input: { followUp: LkeFollowUpStatus; followUpNote: string }, now = new Date()): Promise<void> {
  if (followUpProblem(input) === 'noteRequired') throw new LkeRecommendationError('noteRequired');
  return change(db, actor, id, (row) => canAnswerLke(actor, scope(actor, row.orgUnitId)).allowed, () => ({ followUp: input.followUp, followUpNote: input.followUpNote }), now);
}

export async function listLkeRecommendations(db: PantauDatabase, orgUnitId: string, year: number): Promise<LkeRecommendation[]> {
  const rows = await db.lkeRecommendations.where('[orgUnitId+year]').equals([orgUnitId, year]).toArray();
  return rows.filter((r) => !r.deleted).sort((a, b) => a.order - b.order || a.updatedAt.localeCompare(b.updatedAt));
}
