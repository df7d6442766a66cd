// A user's choice on a conflict (a mutation on entity `conflict`): the chosen value is written to
// the entry as a normal edit (new rev, change log = audit), then the conflict is marked resolved
// (also a change), so every device converges on the choice. Refusals are thrown as Rejection.
import type { Mutation } from '../../../api/sync';
import { isPemdaRealisation } from './pemda-realisation';
import { canEditRealisation } from '../../../domain/permissions';
import { checkConflictChoice, conflictResolveSchema, conflictSchema, type Conflict } from '../../../domain/conflict';
import { checkRealisationValue } from '../../../domain/realisation';
import type { Tx } from '../../store/connection';
import { logConflict, recordConflicts } from './conflict-record';
import { mergeFields } from './field-merge';
import { assertQuarterOpen } from './period-guard';
import { writeFields } from './realisation-mutation';
import type { Applied, WriteContext } from '../sync/write-context';
import { invalidFields, Rejection, rejectionForDenial, rejectionForValue } from '../rejection';

async function currentConflict(tx: Tx, wc: WriteContext, id: string): Promise<Conflict> {
  const stored = await tx.getConflict(id);
  if (!stored || stored.tenantId !== wc.actor.tenantId) throw new Rejection('not_found');
  const latest = await tx.getLatestChange(stored.tenantId, 'conflict', id);
  const parsed = conflictSchema.safeParse(latest?.after);
  // A conflict recorded before conflicts were synced has no row to resolve; it stays as history.
  if (!parsed.success) throw new Rejection('not_found');
  return parsed.data;
}

export async function applyConflictMutation(tx: Tx, wc: WriteContext, mutation: Mutation): Promise<Applied> {
  if (mutation.op === 'delete') throw new Rejection('forbidden', { op: 'delete' });
  const choice = conflictResolveSchema.safeParse(mutation.fields);
  if (!choice.success) throw invalidFields(choice.error);
  const conflict = await currentConflict(tx, wc, mutation.recordId);
  const row = await tx.getRealisation(conflict.recordId);
  if (!row) throw new Rejection('not_found');
  // Whoever may edit the entry may settle its conflicts; others only see them.
  const permission = canEditRealisation(wc.actor, { ...row, pemda: await isPemdaRealisation(tx, row) });
  if (!permission.allowed) throw rejectionForDenial(permission.reason);
  await assertQuarterOpen(tx, row, wc.now);

  const problem = checkConflictChoice(conflict, choice.data);
  if (problem === 'alreadyResolved') {
    throw new Rejection('conflict_resolved', { resolution: conflict.resolution, resolvedBy: conflict.resolvedByName });
  }
  if (problem) throw new Rejection('invalid', { field: 'value', reason: problem });
  const value = choice.data.value ?? null;
  if (conflict.field === 'value') {
    const indicator = await tx.getIndicator(row.indicatorId);
    if (!indicator) throw new Rejection('not_found');
    const valueProblem = checkRealisationValue(indicator, value as number | null);
    if (valueProblem) throw rejectionForValue(valueProblem);
  }

  // The same merge rule as any edit, based on the value the conflict showed: a change of the field
  // made since by another device is not overwritten silently but becomes a new conflict.
  const { apply, conflicts } = mergeFields(row, row, { [conflict.field]: value }, { rev: conflict.serverRev, deviceId: wc.deviceId });
  await writeFields(tx, wc, row, apply);
  const newer = await recordConflicts(tx, wc, row, conflicts);

  await tx.markConflictResolved(conflict.id, wc.now);
  const stamp = wc.now.toISOString();
  const resolver = await tx.findUserById(wc.actor.id);
  const resolved = await logConflict(tx, wc, conflict, {
    ...conflict, updatedAt: stamp, updatedBy: wc.actor.id, deviceId: wc.deviceId,
    status: 'resolved', resolution: choice.data.resolution, resolvedValue: value,
    resolvedBy: wc.actor.id, resolvedByName: resolver?.name ?? null, resolvedAt: stamp,
  });
  return {
    status: newer.length > 0 ? 'conflict' : 'applied', recordId: conflict.id, rev: resolved.rev,
    ...(newer.length > 0 ? { conflicts: newer } : {}),
  };
}
