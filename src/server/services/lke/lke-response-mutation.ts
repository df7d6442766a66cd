// One side's answer of a unit's LKE criterion, as a mutation (domain/lke-response.ts): the unit's
// operator or head writes its own answers (side self), the evaluator the review. A criterion must
// be one of the year's template and the answer of its scale; a final LKE refuses changes; a row
// changed on another device since this one saw it is refused, never silently overwritten.
import type { Mutation } from '../../../api/sync';
import { canAnswerLke, canReview } from '../../../domain/permissions';
import { isLkeAnswerOfScale } from '../../../domain/lke-score';
import { listLkeCriteria, type LkeAnswer } from '../../../domain/lke-template';
import { lkeResponseCreateSchema, lkeResponseEditSchema, type LkeResponse, type LkeSide } from '../../../domain/lke-response';
import type { Tx } from '../../store/connection';
import type { Applied, WriteContext } from '../sync/write-context';
import { assertUnchangedElsewhere, invalidFields, Rejection, rejectionForDenial } from '../rejection';
import { assertLkeOpen, lkeTemplateIn, stamp, unitOf, writeLkeRow } from './lke-write';

function checkPermission(wc: WriteContext, side: LkeSide, row: { tenantId: string; orgUnitId: string }): void {
  const permission = side === 'self' ? canAnswerLke(wc.actor, row) : canReview(wc.actor, row);
  if (!permission.allowed) throw rejectionForDenial(permission.reason);
}

/** The criterion of the tenant's template of the year, and the answer on its scale. */
async function checkAnswer(tx: Tx, tenantId: string, year: number, criterionId: string, answer: LkeAnswer | null | undefined): Promise<void> {
  const criterion = listLkeCriteria(await lkeTemplateIn(tx, tenantId, year)).find((c) => c.id === criterionId);
  if (!criterion) throw new Rejection('invalid', { issues: [{ path: ['criterionId'], message: 'no such criterion in the year\'s LKE' }] });
  if (answer != null && !isLkeAnswerOfScale(answer, criterion.scale)) {
    throw new Rejection('invalid', { issues: [{ path: ['answer'], message: `not an answer of scale ${criterion.scale}` }] });
  }
}

const put = (tx: Tx) => (row: LkeResponse) => tx.putLkeResponse(row);

async function update(tx: Tx, wc: WriteContext, row: LkeResponse, mutation: Mutation): Promise<Applied> {
  if (row.tenantId !== wc.actor.tenantId) throw new Rejection('not_found');
  const { orgUnitId, year, criterionId, side, ...fields } = mutation.fields;
  const renamed = [[orgUnitId, row.orgUnitId], [year, row.year], [criterionId, row.criterionId], [side, row.side]].some(([sent, kept]) => sent !== undefined && sent !== kept);
  if (renamed) throw new Rejection('invalid', { issues: [{ path: ['criterionId'], message: 'the unit, year, criterion and side of an answer never change' }] });
  const parsed = lkeResponseEditSchema.safeParse(fields);
  if (!parsed.success) throw invalidFields(parsed.error);
  checkPermission(wc, row.side, row);
  await checkAnswer(tx, row.tenantId, row.year, row.criterionId, parsed.data.answer);
  await assertLkeOpen(tx, row.orgUnitId, row.year);
  assertUnchangedElsewhere(wc.deviceId, row, mutation.baseRev);
  const next = { ...row, ...parsed.data, ...stamp(wc) };
  if (next.answer === row.answer && next.note === row.note) return { status: 'applied', recordId: row.id, rev: null };
  return writeLkeRow(tx, wc, 'lkeResponse', row, next, put(tx));
}

async function create(tx: Tx, wc: WriteContext, mutation: Mutation): Promise<Applied> {
  const parsed = lkeResponseCreateSchema.safeParse(mutation.fields);
  if (!parsed.success) throw invalidFields(parsed.error);
  const { orgUnitId, year, criterionId, side } = parsed.data;
  const unit = await unitOf(tx, wc, orgUnitId);
  const existing = await tx.findLkeResponseByKey({ orgUnitId, year, criterionId, side });
  if (existing) return update(tx, wc, existing, mutation);
  checkPermission(wc, side, { tenantId: unit.tenantId, orgUnitId });
  await checkAnswer(tx, unit.tenantId, year, criterionId, parsed.data.answer);
  await assertLkeOpen(tx, orgUnitId, year);
  return writeLkeRow(tx, wc, 'lkeResponse', null, {
    id: mutation.recordId, tenantId: unit.tenantId, deleted: false, ...stamp(wc),
    orgUnitId, year, criterionId, side, answer: parsed.data.answer ?? null, note: parsed.data.note ?? '',
  }, put(tx));
}

export async function applyLkeResponseMutation(tx: Tx, wc: WriteContext, mutation: Mutation): Promise<Applied> {
  if (mutation.op === 'delete') throw new Rejection('forbidden', { op: 'delete' });
  const byId = await tx.getLkeResponse(mutation.recordId);
  return byId ? update(tx, wc, byId, mutation) : create(tx, wc, mutation);
}
