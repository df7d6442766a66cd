// The plumbing every PK write shares (agreement-repository.ts, agreement-parts-repository.ts):
// the typed refusal, the checks before a write, and "row + outbox entry" for one synced row.
// Callers run these inside their own db.transaction('rw', …) so a save is all or nothing.
import type { Agreement, Goal, Program } from '../../domain/agreement';
import type { Indicator } from '../../domain/indicator';
import type { Actor } from '../../domain/user';
import type { PkIssue } from '../../domain/agreement-validation';
import { canEditAgreement } from '../../domain/permissions';
import type { PantauDatabase } from './database';
import { tableOf } from './meta';
import { baseRevOf, queueMutation } from './outbox-queue';
import { agreementCreateOnlyFields, agreementEditableFields, goalCreateOnlyFields, goalEditableFields, indicatorCreateOnlyFields, indicatorEditableFields, programCreateOnlyFields, programEditableFields } from '../../domain/entity-fields';

export type AgreementProblem =
  | 'notFound'
  | 'forbidden'
  /** Signed or superseded: read-only; only a revision may change it. */
  | 'locked'
  /** The unit already has a PK for that year (and version). */
  | 'exists'
  /** Signing refused: `issues` says what is missing. */
  | 'incomplete'
  /** A revision needs a signed PK to start from. */
  | 'notSigned'
  /** Last year's PK to copy from is not on this device. */
  | 'sourceMissing'
  /** A field does not fit the contract (e.g. an empty name); `field` names it. */
  | 'invalid';

export class AgreementEditError extends Error {
  constructor(
    readonly problem: AgreementProblem,
    readonly detail: { field?: string; issues?: PkIssue[] } = {},
  ) {
    super(`PK write refused: ${problem}${detail.field ? ` (${detail.field})` : ''}`);
    this.name = 'AgreementEditError';
  }
}

export type PartEntity = 'goal' | 'indicator' | 'program';
export type AgreementRow = Agreement | Goal | Indicator | Program;
type EntityOf = 'agreement' | PartEntity;

/** The tables a PK write touches (realisations: read for the revision warning). */
export const pkTables = (db: PantauDatabase) => [db.agreements, db.goals, db.indicators, db.programs, db.outbox, db.meta];

export function assertMayEdit(actor: Actor, agreement: Agreement | undefined): asserts agreement is Agreement {
  if (!agreement || agreement.deleted) throw new AgreementEditError('notFound');
  if (!canEditAgreement(actor, agreement).allowed) throw new AgreementEditError('forbidden');
}

/** The agreement, checked: it exists, the actor may write it, and it is still a draft. */
export async function editableAgreement(db: PantauDatabase, actor: Actor, agreementId: string): Promise<Agreement> {
  const agreement = await db.agreements.get(agreementId);
  assertMayEdit(actor, agreement);
  if (agreement.status !== 'draft') throw new AgreementEditError('locked');
  return agreement;
}

export interface Stamp {
  at: string;
  userId: string;
  deviceId: string;
}

export const stampOf = <T extends { updatedAt: string; updatedBy: string | null; deviceId: string | null }>(row: T, stamp: Stamp): T => ({
  ...row, updatedAt: stamp.at, updatedBy: stamp.userId, deviceId: stamp.deviceId,
});

/**
 * Whether the server has never been asked to create this row: not yet synced (rev 0) and nothing
 * queued for it (a create that is still queued is followed by edits that carry only changes).
 */
export async function isNewOnServer(db: PantauDatabase, row: { id: string; rev: number }): Promise<boolean> {
  return row.rev === 0 && (await db.outbox.where('recordId').equals(row.id).count()) === 0;
}

/** Only the fields whose value changed (compared as JSON: parties, targets and tuples are objects). */
export function changedFields<T extends object>(before: T, after: T, fields: readonly (keyof T)[]): Record<string, unknown> {
  const changed: Record<string, unknown> = {};
  for (const field of fields) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) changed[field as string] = after[field];
  }
  return changed;
}

export function pickFields<T extends object>(row: T, fields: readonly (keyof T)[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const field of fields) if (row[field] !== undefined) picked[field as string] = row[field];
  return picked;
}

/**
 * Writes a row and queues what the server needs: the full create fields when the server has never
 * seen it, else only the changed fields (nothing when nothing changed). Returns whether it wrote.
 */
export async function writeRow<T extends AgreementRow>(
  db: PantauDatabase,
  entity: EntityOf,
  before: T | undefined,
  after: T,
  spec: { create: readonly (keyof T)[]; edit: readonly (keyof T)[] },
  stamp: Stamp,
): Promise<boolean> {
  const fresh = !before || (await isNewOnServer(db, before));
  const fields = fresh ? pickFields(after, spec.create) : changedFields(before, after, spec.edit);
  if (!fresh && Object.keys(fields).length === 0) return false;
  await tableOf(db, entity).put(stampOf(after, stamp));
  await queueMutation(db, { entity, recordId: after.id, op: 'upsert', fields, baseRev: baseRevOf(after), clientTime: stamp.at });
  return true;
}

/**
 * Removes a row: a row the server never received (created here, its entries never sent) simply
 * goes with its queued entries; any other becomes a tombstone with a `delete` mutation.
 */
export async function removeRow(db: PantauDatabase, entity: EntityOf, row: AgreementRow, stamp: Stamp): Promise<void> {
  const entries = await db.outbox.where('recordId').equals(row.id).toArray();
  const neverSent = row.rev === 0 && entries.every((e) => e.state === 'pending' && e.attempts === 0);
  if (neverSent) {
    await db.outbox.bulkDelete(entries.map((e) => e.seq));
    await tableOf(db, entity).delete(row.id);
    return;
  }
  await tableOf(db, entity).put({ ...stampOf(row, stamp), deleted: true });
  await queueMutation(db, { entity, recordId: row.id, op: 'delete', fields: {}, baseRev: baseRevOf(row), clientTime: stamp.at });
}

// Which fields a create and an edit carry: the domain's lists (entity-fields.ts), so a field added
// there syncs without a change here.
export const goalSpec = {
  create: [...goalCreateOnlyFields, ...goalEditableFields],
  edit: goalEditableFields,
} as const satisfies { create: readonly (keyof Goal)[]; edit: readonly (keyof Goal)[] };

export const indicatorSpec = {
  create: [...indicatorCreateOnlyFields, ...indicatorEditableFields],
  edit: indicatorEditableFields,
} as const satisfies { create: readonly (keyof Indicator)[]; edit: readonly (keyof Indicator)[] };

export const programSpec = {
  create: [...programCreateOnlyFields, ...programEditableFields],
  edit: programEditableFields,
} as const satisfies { create: readonly (keyof Program)[]; edit: readonly (keyof Program)[] };

export const agreementSpec = {
  create: [...agreementCreateOnlyFields, ...agreementEditableFields],
  edit: agreementEditableFields,
} as const satisfies { create: readonly (keyof Agreement)[]; edit: readonly (keyof Agreement)[] };
