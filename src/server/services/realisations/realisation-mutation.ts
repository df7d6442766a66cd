// Applies one realisation mutation (create by id or natural key, or update with field merge).
// Refusals are thrown as Rejection, and only before anything is written: a push batch runs this
// without a savepoint, on its write-behind overlay (push-batch.ts). Keep every check before the writes.
import type { Mutation } from '../../../api/sync';
import type { Actor } from '../../../domain/user';
import type { Indicator } from '../../../domain/indicator';
import { isQuarter } from '../../../domain/period';
import { canEditRealisation } from '../../../domain/permissions';
import {
  checkRealisationValue, realisationCreateSchema, realisationEditSchema, type Realisation, type RealisationCreate, type RealisationStatus,
} from '../../../domain/realisation';
import type { Tx } from '../../store/connection';
import type { RealisationRecord } from '../../store/entity-queries';
import { mergeFields } from './field-merge';
import { invalidFields, Rejection, rejectionForDenial, rejectionForValue } from '../rejection';
import { assertQuarterOpen } from './period-guard';
import { statusAfterEdit } from '../../../domain/resubmission';
import { recordConflicts } from './conflict-record';
import { currentIndicator } from '../agreements/agreement-carry-over';
import type { Applied, WriteContext } from '../sync/write-context';
import { realisationDefaults, realisationEditableFields, withDefaults } from '../../../domain/entity-fields';
import { foldedFields } from '../../../domain/realisation-key';
import { assertDataChecks } from './data-check-guard';
import { isPemdaRealisation } from './pemda-realisation';
import type { DataCheckKind } from '../../../domain/data-checks';

/** What a create carries beyond naming its indicator and quarter: the unit's contents. */
const contentsOf = ({ indicatorId: _indicator, quarter: _quarter, confirmedChecks: _confirmed, ...contents }: RealisationCreate) => contents;
/** The user's confirmation of the checks, for the change log only (an empty list says nothing). */
const remarksOf = (confirmed: readonly DataCheckKind[] | undefined): ChangeRemarks => (confirmed && confirmed.length > 0 ? { confirmedChecks: [...confirmed] } : {});

const toRow = ({ fieldRevs: _revs, fieldDevices: _devices, ...row }: RealisationRecord): Realisation => row;

function checkQuarter(fields: Record<string, unknown>): void {
  const quarter = fields.quarter;
  if (typeof quarter === 'number' && !isQuarter(quarter)) throw new Rejection('quarter_outside_year', { field: 'quarter' });
}

function checkPermission(actor: Actor, row: { tenantId: string; orgUnitId: string; status: RealisationStatus; pemda: boolean }): void {
  const permission = canEditRealisation(actor, row);
  if (!permission.allowed) throw rejectionForDenial(permission.reason);
}

function checkValue(indicator: Indicator, fields: { value?: number | null }): void {
  if (fields.value === undefined) return;
  const problem = checkRealisationValue(indicator, fields.value);
  if (problem) throw rejectionForValue(problem);
}

/**
 * What a change says beyond the row's fields, kept only in the change log (the history reads it):
 * `unitReply`, the head's answer to a return when resubmitting an entry unchanged (resubmission.ts);
 * `confirmedChecks`, the checks at entry the user was asked about and confirmed for the value written.
 * Devices pulling the change read the row through its schema and never see it.
 */
export interface ChangeRemarks { unitReply?: string; confirmedChecks?: DataCheckKind[] }

/** `tenantWide`: an entry of the pemda's own IKU, which every device of the tenant pulls (pemda-realisation.ts). */
async function logChange(tx: Tx, wc: WriteContext, before: RealisationRecord | null, after: RealisationRecord, tenantWide: boolean, remarks: ChangeRemarks = {}): Promise<void> {
  await tx.appendChange({
    tenantId: after.tenantId, rev: after.rev, entity: 'realisation', recordId: after.id, orgUnitId: tenantWide ? null : after.orgUnitId,
    op: before ? 'update' : 'insert', before: before ? toRow(before) : null, after: { ...toRow(after), ...remarks },
    userId: wc.actor.id, deviceId: wc.deviceId, mutationId: wc.mutationId, createdAt: wc.now,
  });
}

async function update(tx: Tx, wc: WriteContext, row: RealisationRecord, fields: Record<string, unknown>, baseRev: number | null): Promise<Applied> {
  if (row.tenantId !== wc.actor.tenantId) throw new Rejection('not_found');
  checkQuarter(fields);
  // A device that thought it was creating sends the natural key again; it must match the row.
  const editable = foldedFields(fields, row);
  if (!editable) throw new Rejection('invalid', { issues: [{ path: ['indicatorId'], message: 'the natural key of a realisation never changes' }] });
  const parsed = realisationEditSchema.safeParse(editable);
  if (!parsed.success) throw invalidFields(parsed.error);
  const { confirmedChecks, ...fieldsSent } = parsed.data;
  checkPermission(wc.actor, { ...row, pemda: await isPemdaRealisation(tx, row) });
  await assertQuarterOpen(tx, row, wc.now);
  const indicator = await tx.getIndicator(row.indicatorId);
  if (!indicator) throw new Rejection('not_found');
  checkValue(indicator, fieldsSent);
  await assertDataChecks(tx, indicator, { ...row, ...fieldsSent });

  // baseRev null on an existing row: the device never saw it, so everything on it is news.
  const { apply, conflicts, changedElsewhere } = mergeFields(row, row, fieldsSent, { rev: baseRev ?? 0, deviceId: wc.deviceId });
  // Editing a returned entry is the change the evaluator asked for: it goes back to draft (the
  // note stays), so it may be submitted again without a reply (resubmission.ts).
  const status = statusAfterEdit(row.status);
  const edit = Object.keys(apply).length > 0 && status !== row.status ? { ...apply, status } : apply;
  // Nothing to write (values already equal): 'applied' with rev null — the server holds exactly
  // what the device sent, and no change-log entry is made for a no-op.
  // A confirmation goes with the value it confirms: not kept when the value itself was not written.
  const rev = await writeFields(tx, wc, row, edit, 'value' in edit ? remarksOf(confirmedChecks) : {});
  // Recorded after the write, from the row as it was: each conflict becomes a synced row.
  const recorded = await recordConflicts(tx, wc, row, conflicts);
  const conflictPart = recorded.length > 0 ? { conflicts: recorded } : {};
  const outcome = conflicts.length > 0 ? 'conflict' : changedElsewhere ? 'merged' : 'applied';
  return { status: outcome, recordId: row.id, rev, ...conflictPart };
}

/** Writes changed fields as one edit (new rev, per-field revs, change log); null when nothing changed. */
export async function writeFields(
  tx: Tx, wc: WriteContext, row: RealisationRecord, apply: Record<string, unknown>, remarks: ChangeRemarks = {},
): Promise<number | null> {
  const changed = Object.keys(apply);
  if (changed.length === 0) return null;
  const rev = await tx.nextRev(row.tenantId);
  const fieldRevs = { ...row.fieldRevs, ...Object.fromEntries(changed.map((f) => [f, rev])) };
  const fieldDevices = { ...row.fieldDevices, ...Object.fromEntries(changed.map((f) => [f, wc.deviceId])) };
  const next: RealisationRecord = {
    ...row, ...apply, rev, fieldRevs, fieldDevices, updatedAt: wc.now.toISOString(), updatedBy: wc.actor.id, deviceId: wc.deviceId,
  };
  await tx.updateRealisation(next);
  await logChange(tx, wc, row, next, await isPemdaRealisation(tx, row), remarks);
  return rev;
}

async function create(tx: Tx, wc: WriteContext, mutation: Mutation): Promise<Applied> {
  checkQuarter(mutation.fields);
  const parsed = realisationCreateSchema.safeParse(mutation.fields);
  if (!parsed.success) throw invalidFields(parsed.error);
  const data = parsed.data;
  const named = await tx.getIndicator(data.indicatorId);
  if (!named || named.deleted || named.tenantId !== wc.actor.tenantId) throw new Rejection('not_found');
  // Sent against a PK version that was revised meanwhile: it lands on the indicator continuing it.
  const indicator = (await currentIndicator(tx, named)) ?? named;
  // Two devices may create the same indicator × quarter with different ids: the second lands on the first.
  const existing = await tx.findRealisationByKey(indicator.id, data.quarter);
  if (existing) return update(tx, wc, existing, mutation.fields, mutation.baseRev);

  const agreement = await tx.getAgreement(indicator.agreementId);
  if (!agreement) throw new Rejection('not_found');
  const pemda = agreement.kind === 'pemda';
  checkPermission(wc.actor, { tenantId: indicator.tenantId, orgUnitId: indicator.orgUnitId, status: 'draft', pemda });
  checkValue(indicator, data);
  await assertDataChecks(tx, indicator, { tenantId: indicator.tenantId, quarter: data.quarter, ...withDefaults(contentsOf(data), realisationDefaults()) });
  await assertQuarterOpen(tx, { tenantId: indicator.tenantId, orgUnitId: indicator.orgUnitId, year: agreement.year, quarter: data.quarter }, wc.now);
  const rev = await tx.nextRev(indicator.tenantId);
  const given = realisationEditableFields.filter((f) => f in data);
  const record: RealisationRecord = {
    id: mutation.recordId, tenantId: indicator.tenantId, rev, updatedAt: wc.now.toISOString(), updatedBy: wc.actor.id,
    deviceId: wc.deviceId, deleted: false, orgUnitId: indicator.orgUnitId, indicatorId: indicator.id, year: agreement.year,
    quarter: data.quarter, ...withDefaults(contentsOf(data), realisationDefaults()), status: 'draft', reviewNote: null,
    fieldRevs: Object.fromEntries(given.map((f) => [f, rev])),
    fieldDevices: Object.fromEntries(given.map((f) => [f, wc.deviceId])),
  };
  await tx.insertRealisation(record);
  await logChange(tx, wc, null, record, pemda, remarksOf(data.confirmedChecks));
  return { status: 'applied', recordId: record.id, rev };
}

export async function applyRealisationMutation(tx: Tx, wc: WriteContext, mutation: Mutation): Promise<Applied> {
  // Deleting an entry is not part of the workflow yet.
  if (mutation.op === 'delete') throw new Rejection('forbidden', { op: 'delete' });
  const byId = await tx.getRealisation(mutation.recordId);
  return byId ? update(tx, wc, byId, mutation.fields, mutation.baseRev) : create(tx, wc, mutation);
}
