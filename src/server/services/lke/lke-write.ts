// What the LKE's handlers share: the unit the rows belong to, the year's template, the rule that a
// final LKE's answers do not change, and writing a row with its change-log entry.
import type { OrgUnit } from '../../../domain/org-unit';
import type { Tx } from '../../store/connection';
import type { Applied, WriteContext } from '../sync/write-context';
import { Rejection } from '../rejection';
import type { SyncEntity } from '../../../api/sync';
import type { LkeTemplate } from '../../../domain/lke-template';
import { lkeTemplateFor } from '../../../domain/lke-template-record';

/** The template the tenant's LKE of `year` is answered and scored on: its own, else the default. */
export async function lkeTemplateIn(tx: Tx, tenantId: string, year: number): Promise<LkeTemplate> {
  return lkeTemplateFor(await tx.findLkeTemplate(tenantId, year), year);
}

/** The unit named by a new row, in the writer's tenant; another tenant's unit "does not exist". */
export async function unitOf(tx: Tx, wc: WriteContext, orgUnitId: string): Promise<OrgUnit> {
  const unit = await tx.getOrgUnit(orgUnitId);
  if (!unit || unit.deleted || unit.tenantId !== wc.actor.tenantId) throw new Rejection('not_found');
  return unit;
}

export async function assertLkeOpen(tx: Tx, orgUnitId: string, year: number): Promise<void> {
  const evaluation = await tx.findLkeEvaluation(orgUnitId, year);
  if (evaluation?.status === 'final') throw new Rejection('lke_final');
}

export const stamp = (wc: WriteContext) => ({ updatedAt: wc.now.toISOString(), updatedBy: wc.actor.id, deviceId: wc.deviceId });

type Row = { id: string; tenantId: string; orgUnitId: string; rev: number };

export async function writeLkeRow<R extends Row>(
  tx: Tx, wc: WriteContext, entity: Extract<SyncEntity, 'lkeResponse' | 'lkeEvaluation' | 'lkeRecommendation' | 'lkeEvidence'>, before: R | null, next: Omit<R, 'rev'>, put: (row: R) => Promise<void>,
): Promise<Applied> {
  const rev = await tx.nextRev(next.tenantId);
  const row = { ...next, rev } as R;
  await put(row);
  await tx.appendChange({
    tenantId: row.tenantId, rev, entity, recordId: row.id, orgUnitId: row.orgUnitId,
    op: before ? 'update' : 'insert', before, after: row,
    userId: wc.actor.id, deviceId: wc.deviceId, mutationId: wc.mutationId, createdAt: wc.now,
  });
  return { status: 'applied', recordId: row.id, rev };
}
