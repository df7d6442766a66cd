// A recommendation of a unit's LKE as a mutation (domain/lke-recommendation.ts): the evaluator
// writes, orders and removes it; the unit's operator or head keeps its follow-up. Each side is
// refused the other's fields. A final LKE does not lock its recommendations: their follow-up is
// what the next year is about.
import type { Mutation } from '../../../api/sync';
import { canAnswerLke, canReview } from '../../../domain/permissions';
import {
  followUpProblem, lkeRecommendationCreateSchema, lkeRecommendationFollowUpEditSchema, lkeRecommendationTextEditSchema, type LkeRecommendation,
} from '../../../domain/lke-recommendation';
import type { Tx } from '../../store/connection';
import type { Applied, WriteContext } from '../sync/write-context';
import { assertUnchangedElsewhere, invalidFields, Rejection, rejectionForDenial } from '../rejection';
import { stamp, unitOf, writeLkeRow } from './lke-write';

const put = (tx: Tx) => (row: LkeRecommendation) => tx.putLkeRecommendation(row);
const scope = (row: { tenantId: string; orgUnitId: string }) => ({ tenantId: row.tenantId, orgUnitId: row.orgUnitId });

/** Which side writes: the evaluator the text, the unit the follow-up; anyone else is refused. */
function sideOf(wc: WriteContext, row: { tenantId: string; orgUnitId: string }): 'evaluator' | 'unit' {
  if (canReview(wc.actor, scope(row)).allowed) return 'evaluator';
  const unit = canAnswerLke(wc.actor, scope(row));
  if (!unit.allowed) throw rejectionForDenial(unit.reason);
  return 'unit';
}

async function update(tx: Tx, wc: WriteContext, row: LkeRecommendation, mutation: Mutation): Promise<Applied> {
  if (row.tenantId !== wc.actor.tenantId) throw new Rejection('not_found');
  const side = sideOf(wc, row);
  if (mutation.op === 'delete') {
    if (side !== 'evaluator') throw new Rejection('forbidden', { op: 'delete' });
    assertUnchangedElsewhere(wc.deviceId, row, mutation.baseRev);
    return writeLkeRow(tx, wc, 'lkeRecommendation', row, { ...row, deleted: true, ...stamp(wc) }, put(tx));
  }
  const parsed = (side === 'evaluator' ? lkeRecommendationTextEditSchema : lkeRecommendationFollowUpEditSchema).safeParse(mutation.fields);
  if (!parsed.success) throw invalidFields(parsed.error);
  assertUnchangedElsewhere(wc.deviceId, row, mutation.baseRev);
  const next = { ...row, ...parsed.data, ...stamp(wc) };
  if (followUpProblem(next) === 'noteRequired') throw new Rejection('note_required', { field: 'followUpNote' });
  return writeLkeRow(tx, wc, 'lkeRecommendation', row, next, put(tx));
}

async function create(tx: Tx, wc: WriteContext, mutation: Mutation): Promise<Applied> {
  if (mutation.op === 'delete') throw new Rejection('not_found');
  const parsed = lkeRecommendationCreateSchema.safeParse(mutation.fields);
  if (!parsed.success) throw invalidFields(parsed.error);
  const unit = await unitOf(tx, wc, parsed.data.orgUnitId);
  const permission = canReview(wc.actor, { tenantId: unit.tenantId, orgUnitId: unit.id });
  if (!permission.allowed) throw rejectionForDenial(permission.reason);
  return writeLkeRow(tx, wc, 'lkeRecommendation', null, {
    id: mutation.recordId, tenantId: unit.tenantId, deleted: false, ...stamp(wc), ...parsed.data, followUp: 'belum', followUpNote: '',
  }, put(tx));
}

export async function applyLkeRecommendationMutation(tx: Tx, wc: WriteContext, mutation: Mutation): Promise<Applied> {
  const byId = await tx.getLkeRecommendation(mutation.recordId);
  return byId && !byId.deleted ? update(tx, wc, byId, mutation) : create(tx, wc, mutation);
}
