// Writing a PK row as a change: a new rev, the row stamped with who/when/which device, and the
// change-log entry (also the version history of the PK, design.md "Data model").
import type { Agreement, Goal, Program } from '../../../domain/agreement';
import type { Indicator } from '../../../domain/indicator';
import type { Tx } from '../../store/connection';
import type { WriteContext } from '../sync/write-context';

export interface PkRows { agreement: Agreement; goal: Goal; indicator: Indicator; program: Program }
export type PkEntity = keyof PkRows;

type Unstamped<T> = Omit<T, 'rev' | 'updatedAt' | 'updatedBy' | 'deviceId'>;

/**
 * The pemda's PK and its parts are logged tenant-wide (change `orgUnitId` null): every device of
 * the tenant pulls them, so a unit can link its indicators to the IKU it supports offline.
 */
async function isPemdaPk(tx: Tx, row: Readonly<Record<string, unknown>>): Promise<boolean> {
  if (row.kind !== undefined) return row.kind === 'pemda';
  return typeof row.agreementId === 'string' && (await tx.getAgreement(row.agreementId))?.kind === 'pemda';
}

export async function writePkRow<E extends PkEntity>(tx: Tx, wc: WriteContext, entity: E, before: PkRows[E] | null, next: Unstamped<PkRows[E]>): Promise<number> {
  const rev = await tx.nextRev(next.tenantId);
  const tenantWide = await isPemdaPk(tx, next);
  const row = { ...next, rev, updatedAt: wc.now.toISOString(), updatedBy: wc.actor.id, deviceId: wc.deviceId } as PkRows[E];
  if (entity === 'agreement') await tx.putAgreement(row as Agreement);
  else if (entity === 'goal') await tx.putGoal(row as Goal);
  else if (entity === 'indicator') await tx.putIndicator(row as Indicator);
  else await tx.putProgram(row as Program);
  await tx.appendChange({
    tenantId: row.tenantId, rev, entity, recordId: row.id, orgUnitId: tenantWide ? null : row.orgUnitId,
    op: before === null ? 'insert' : row.deleted ? 'delete' : 'update', before, after: row,
    userId: wc.actor.id, deviceId: wc.deviceId, mutationId: wc.mutationId, createdAt: wc.now,
  });
  return rev;
}
