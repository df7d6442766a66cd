// Workflow steps on the device: the head submits entries of the unit's quarter, the evaluator
// verifies or returns one (or all of a unit's quarter), and takes a decision back (undo). Each step is the row's new status and one outbox entry, in ONE
// transaction (design.md, invariant 1), sent like any edit; the server re-checks it
// (domain/realisation-workflow.ts) and may refuse it with a reason.
import type { Actor } from '../../domain/user';
import { plainTextOf } from '../../domain/plain-text';
import type { Realisation, RealisationStatus } from '../../domain/realisation';
import { availableActions, type WorkflowAction } from '../../domain/realisation-workflow';
import { realisationStatuses } from '../../domain/realisation-status';
import { checkResubmission } from '../../domain/resubmission';
import type { PantauDatabase } from './database';
import { ensureDeviceId } from './meta';
import { guardStorage } from './storage-errors';
import { baseRevOf, queueMutation } from './outbox-queue';

export class WorkflowStepError extends Error {
  constructor(readonly rowId: string, readonly action: WorkflowAction) {
    super(`${action} is not possible on ${rowId} now`);
    this.name = 'WorkflowStepError';
  }
}

const statusOf: Record<WorkflowAction, Exclude<RealisationStatus, 'draft'>> = { submit: 'submitted', verify: 'verified', return: 'returned', undo: 'submitted' };

async function step(
  db: PantauDatabase, actor: Actor, rowId: string, action: WorkflowAction, note: string | null, now: Date, reply: string | null = null,
): Promise<Realisation> {
  const deviceId = await ensureDeviceId(db);
  const row = await db.realisations.get(rowId);
  if (!row || row.deleted || !availableActions(actor, row).includes(action)) throw new WorkflowStepError(rowId, action);
  // A returned entry nobody changed goes back only with the head's reply (resubmission.ts).
  const resubmission = checkResubmission(row, reply === null ? null : plainTextOf(reply));
  if (action === 'submit' && !resubmission.allowed) throw new WorkflowStepError(rowId, action);
  const replyField = action === 'submit' && resubmission.allowed && resubmission.reply !== null ? { reply: resubmission.reply } : {};
  const status = statusOf[action];
  const reviewNote = action === 'submit' || action === 'undo' ? row.reviewNote : note === null ? null : plainTextOf(note).trim() || null;
  if (action === 'return' && reviewNote === null) throw new WorkflowStepError(rowId, action);
  const stamp = now.toISOString();
  const next: Realisation = { ...row, status, reviewNote, updatedAt: stamp, updatedBy: actor.id, deviceId };
  await db.realisations.put(next);
  await queueMutation(db, {
    entity: 'realisation', recordId: row.id, op: 'upsert',
    fields: action === 'submit' ? { status, ...replyField } : action === 'undo' ? { status, undo: true } : { status, reviewNote },
    // A review is judged against the rev the evaluator saw (stale_review when the unit changed it since).
    baseRev: baseRevOf(row), clientTime: stamp,
  });
  return next;
}

/** The head submits these entries (all or none); returns how many. */
export function submitEntries(db: PantauDatabase, actor: Actor, rowIds: readonly string[], now: Date = new Date()): Promise<number> {
  return guardStorage(() =>
    db.transaction('rw', [db.realisations, db.outbox, db.meta], async () => {
      for (const id of rowIds) await step(db, actor, id, 'submit', null, now);
      return rowIds.length;
    }),
  );
}

/**
 * The head sends a returned entry back unchanged, with a reply saying why it stays as it is (the
 * reply is in the entry's history on the server, not on the row).
 */
export function resubmitWithReply(db: PantauDatabase, actor: Actor, rowId: string, reply: string, now: Date = new Date()): Promise<Realisation> {
  return guardStorage(() =>
    db.transaction('rw', [db.realisations, db.outbox, db.meta], () => step(db, actor, rowId, 'submit', null, now, reply)),
  );
}

/** The evaluator verifies an entry, or returns it with a note (required). */
export function reviewEntry(
  db: PantauDatabase, actor: Actor, rowId: string, decision: 'verify' | 'return', note: string, now: Date = new Date(),
): Promise<Realisation> {
  return guardStorage(() =>
    db.transaction('rw', [db.realisations, db.outbox, db.meta], () => step(db, actor, rowId, decision, note, now)),
  );
}

/**
 * "Verifikasi semua": the evaluator verifies these entries (one unit's quarter), all or none, one
 * mutation each so each is judged on its own by the server; returns how many.
 */
export function verifyEntries(db: PantauDatabase, actor: Actor, rowIds: readonly string[], now: Date = new Date()): Promise<number> {
  return guardStorage(() =>
    db.transaction('rw', [db.realisations, db.outbox, db.meta], async () => {
      for (const id of rowIds) await step(db, actor, id, 'verify', null, now);
      return rowIds.length;
    }),
  );
}

/** The evaluator takes a decision back: the entry waits for review again (server: window open only). */
export function undoDecision(db: PantauDatabase, actor: Actor, rowId: string, now: Date = new Date()): Promise<Realisation> {
  return guardStorage(() =>
    db.transaction('rw', [db.realisations, db.outbox, db.meta], () => step(db, actor, rowId, 'undo', null, now)),
  );
}

/**
 * A refused step must not leave the entry looking submitted (and so locked) on the device: the
 * refusal names the status the server holds, which the row takes back. Call inside the
 * acknowledgement's transaction.
 */
export async function restoreRefusedStatus(db: PantauDatabase, rowId: string, details: unknown): Promise<void> {
  const status = (details as { status?: unknown } | undefined)?.status;
  if (!realisationStatuses.includes(status as RealisationStatus)) return;
  await db.realisations.update(rowId, { status: status as RealisationStatus });
}
