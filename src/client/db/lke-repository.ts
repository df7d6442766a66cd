// Saving the LKE on the device: one side's answer to a criterion, and the evaluator finalising or
// reopening a unit's LKE. Each row with its outbox entry in ONE transaction (design.md, invariant
// 1), only the changed fields sent. The server is the judge (permissions, the template, a final
// LKE); what is checked here only spares the user a refusal the device can already foresee.
import type { Actor } from '../../domain/user';
import { canAnswerLke, canReview } from '../../domain/permissions';
import type { LkeAnswer } from '../../domain/lke-template';
import type { LkeEvaluation, LkeEvaluationStatus } from '../../domain/lke-evaluation';
import type { LkeResponse, LkeSide } from '../../domain/lke-response';
import type { PantauDatabase } from './database';
import { ensureDeviceId } from './meta';
import { guardStorage } from './storage-errors';
import { baseRevOf, queueMutation } from './outbox-queue';

export class LkeWriteError extends Error {
  constructor(readonly problem: 'notAllowed' | 'final') {
    super(`LKE write refused: ${problem}`);
    this.name = 'LkeWriteError';
  }
}

export interface LkeResponseInput {
  orgUnitId: string;
  year: number;
  criterionId: string;
  side: LkeSide;
  /**
   * The answer, or how to make it from the answer as stored when the save runs: a note saved as
   * its field is left keeps the answer chosen a moment before, even if the screen has not re-read
   * it yet (the answer's own save then runs first and is what is stored).
   */
  answer: LkeAnswer | null | ((stored: LkeAnswer | null) => LkeAnswer | null);
  /**
   * The note, or how to make it from the note as stored when the save runs: a suggestion taken
   * right after typing must add to the text the field's own save just stored, not to an older one.
   */
  note: string | ((stored: string) => string);
}

const newer = <R extends { updatedAt: string }>(rows: R[]): R | undefined => rows.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];

async function evaluationOf(db: PantauDatabase, orgUnitId: string, year: number): Promise<LkeEvaluation | undefined> {
  return newer((await db.lkeEvaluations.where('[orgUnitId+year]').equals([orgUnitId, year]).toArray()).filter((e) => !e.deleted));
}

export function saveLkeResponse(db: PantauDatabase, actor: Actor, input: LkeResponseInput, now: Date = new Date()): Promise<LkeResponse> {
  return saveLkeResponses(db, actor, [input], now).then(([row]) => row as LkeResponse);
}

/**
 * Several answers in one transaction ("agree with the unit" on every unreviewed criterion): the
 * screen re-reads once, not once per criterion, and either all are saved or none.
 */
export async function saveLkeResponses(db: PantauDatabase, actor: Actor, inputs: readonly LkeResponseInput[], now: Date = new Date()): Promise<LkeResponse[]> {
  for (const input of inputs) {
    const unit = { tenantId: actor.tenantId, orgUnitId: input.orgUnitId };
    if (!(input.side === 'self' ? canAnswerLke(actor, unit) : canReview(actor, unit)).allowed) throw new LkeWriteError('notAllowed');
  }
  return guardStorage(() =>
    db.transaction('rw', [db.lkeResponses, db.lkeEvaluations, db.outbox, db.meta], async () => {
      const deviceId = await ensureDeviceId(db);
      const saved: LkeResponse[] = [];
      for (const input of inputs) {
        if ((await evaluationOf(db, input.orgUnitId, input.year))?.status === 'final') throw new LkeWriteError('final');
        saved.push(await saveOne(db, actor, deviceId, input, now.toISOString()));
      }
      return saved;
    }),
  );
}

async function saveOne(db: PantauDatabase, actor: Actor, deviceId: string, input: LkeResponseInput, stamp: string): Promise<LkeResponse> {
  const key = [input.orgUnitId, input.year, input.criterionId, input.side];
  const existing = newer((await db.lkeResponses.where('[orgUnitId+year+criterionId+side]').equals(key).toArray()).filter((r) => !r.deleted));
  const edited = {
    answer: typeof input.answer === 'function' ? input.answer(existing?.answer ?? null) : input.answer,
    note: typeof input.note === 'function' ? input.note(existing?.note ?? '') : input.note,
  };
  const changed: Record<string, unknown> = {};
  if (!existing || existing.answer !== edited.answer) changed.answer = edited.answer;
  if (!existing || existing.note !== edited.note) changed.note = edited.note;
  if (existing && Object.keys(changed).length === 0) return existing;
  const row: LkeResponse = existing
    ? { ...existing, ...edited, updatedAt: stamp, updatedBy: actor.id, deviceId }
    : {
        id: crypto.randomUUID(), tenantId: actor.tenantId, rev: 0, updatedAt: stamp, updatedBy: actor.id, deviceId, deleted: false,
        orgUnitId: input.orgUnitId, year: input.year, criterionId: input.criterionId, side: input.side, ...edited,
      };
  const isNewOnServer = row.rev === 0 && (await db.outbox.where('recordId').equals(row.id).count()) === 0;
  await db.lkeResponses.put(row);
  await queueMutation(db, {
    entity: 'lkeResponse', recordId: row.id, op: 'upsert',
    fields: isNewOnServer ? { orgUnitId: row.orgUnitId, year: row.year, criterionId: row.criterionId, side: row.side, ...edited } : changed,
    baseRev: baseRevOf(row), clientTime: stamp,
  });
  return row;
}

/**
 * The evaluator finalises (or reopens) a unit's LKE. The device marks it at once so the screen
 * locks the answers; the score and predikat are the server's, and arrive with the next pull.
 */
export async function setLkeEvaluationStatus(db: PantauDatabase, actor: Actor, input: { orgUnitId: string; year: number; status: LkeEvaluationStatus }, now: Date = new Date()): Promise<LkeEvaluation> {
  if (!canReview(actor, { tenantId: actor.tenantId, orgUnitId: input.orgUnitId }).allowed) throw new LkeWriteError('notAllowed');
  return guardStorage(() =>
    db.transaction('rw', [db.lkeEvaluations, db.outbox, db.meta], async () => {
      const deviceId = await ensureDeviceId(db);
      const existing = await evaluationOf(db, input.orgUnitId, input.year);
      if (existing?.status === input.status) return existing;
      const stamp = now.toISOString();
      const cleared = { score: null, predikat: null, finalisedAt: null, finalisedBy: null };
      const row: LkeEvaluation = existing
        ? { ...existing, ...cleared, status: input.status, updatedAt: stamp, updatedBy: actor.id, deviceId }
        : {
            id: crypto.randomUUID(), tenantId: actor.tenantId, rev: 0, updatedAt: stamp, updatedBy: actor.id, deviceId, deleted: false,
            orgUnitId: input.orgUnitId, year: input.year, status: input.status, ...cleared,
          };
      const isNewOnServer = row.rev === 0 && (await db.outbox.where('recordId').equals(row.id).count()) === 0;
      await db.lkeEvaluations.put(row);
      await queueMutation(db, {
        entity: 'lkeEvaluation', recordId: row.id, op: 'upsert',
        fields: isNewOnServer ? { orgUnitId: row.orgUnitId, year: row.year, status: row.status } : { status: row.status },
        baseRev: baseRevOf(row), clientTime: stamp,
      });
      return row;
    }),
  );
}

export { evaluationOf as lkeEvaluationOf };
