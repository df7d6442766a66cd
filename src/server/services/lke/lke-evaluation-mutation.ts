// A unit's LKE of a year finalised or reopened by the evaluator (domain/lke-evaluation.ts). The
// server, not the device, computes the final score and predikat from the stored answers on the
// year's template, and refuses to finalise while a criterion has no evaluator's answer.
import type { Mutation } from '../../../api/sync';
import { canReview } from '../../../domain/permissions';
import { lkeEvaluationCreateSchema, lkeEvaluationEditSchema, type LkeEvaluation, type LkeEvaluationStatus } from '../../../domain/lke-evaluation';
import { lkeScoredSheet, lkeUnreviewed } from '../../../domain/lke-response';
import { lkePredikat, scoreLke } from '../../../domain/lke-score';
import { listLkeCriteria } from '../../../domain/lke-template';
import type { Tx } from '../../store/connection';
import type { Applied, WriteContext } from '../sync/write-context';
import { assertUnchangedElsewhere, invalidFields, Rejection, rejectionForDenial } from '../rejection';
import { lkeTemplateIn, stamp, unitOf, writeLkeRow } from './lke-write';

type Outcome = Pick<LkeEvaluation, 'status' | 'score' | 'predikat' | 'finalisedAt' | 'finalisedBy'>;

async function outcomeOf(tx: Tx, wc: WriteContext, orgUnitId: string, year: number, status: LkeEvaluationStatus): Promise<Outcome> {
  if (status === 'open') return { status, score: null, predikat: null, finalisedAt: null, finalisedBy: null };
  const template = await lkeTemplateIn(tx, wc.actor.tenantId, year);
  const responses = await tx.listLkeResponses(orgUnitId, year);
  const unreviewed = lkeUnreviewed(listLkeCriteria(template).map((c) => c.id), responses);
  if (unreviewed.length > 0) throw new Rejection('lke_unreviewed', { count: unreviewed.length, first: unreviewed.slice(0, 5) });
  const score = scoreLke(template, lkeScoredSheet(responses)).total;
  return { status, score, predikat: lkePredikat(score).code, finalisedAt: wc.now.toISOString(), finalisedBy: wc.actor.id };
}

const put = (tx: Tx) => (row: LkeEvaluation) => tx.putLkeEvaluation(row);

function checkPermission(wc: WriteContext, row: { tenantId: string; orgUnitId: string }): void {
  const permission = canReview(wc.actor, row);
  if (!permission.allowed) throw rejectionForDenial(permission.reason);
}

async function update(tx: Tx, wc: WriteContext, row: LkeEvaluation, mutation: Mutation): Promise<Applied> {
  if (row.tenantId !== wc.actor.tenantId) throw new Rejection('not_found');
  const { orgUnitId, year, ...fields } = mutation.fields;
  if ((orgUnitId !== undefined && orgUnitId !== row.orgUnitId) || (year !== undefined && year !== row.year)) {
    throw new Rejection('invalid', { issues: [{ path: ['orgUnitId'], message: 'the unit and year of an LKE never change' }] });
  }
  const parsed = lkeEvaluationEditSchema.safeParse(fields);
  if (!parsed.success) throw invalidFields(parsed.error);
  checkPermission(wc, row);
  assertUnchangedElsewhere(wc.deviceId, row, mutation.baseRev);
  if (parsed.data.status === row.status) return { status: 'applied', recordId: row.id, rev: null };
  const outcome = await outcomeOf(tx, wc, row.orgUnitId, row.year, parsed.data.status);
  return writeLkeRow(tx, wc, 'lkeEvaluation', row, { ...row, ...outcome, ...stamp(wc) }, put(tx));
}

async function create(tx: Tx, wc: WriteContext, mutation: Mutation): Promise<Applied> {
  const parsed = lkeEvaluationCreateSchema.safeParse(mutation.fields);
  if (!parsed.success) throw invalidFields(parsed.error);
  const { orgUnitId, year, status } = parsed.data;
  const unit = await unitOf(tx, wc, orgUnitId);
  const existing = await tx.findLkeEvaluation(orgUnitId, year);
  if (existing) return update(tx, wc, existing, mutation);
  checkPermission(wc, { tenantId: unit.tenantId, orgUnitId });
  const outcome = await outcomeOf(tx, wc, orgUnitId, year, status);
  return writeLkeRow(tx, wc, 'lkeEvaluation', null, {
    id: mutation.recordId, tenantId: unit.tenantId, deleted: false, ...stamp(wc), orgUnitId, year, ...outcome,
  }, put(tx));
}

export async function applyLkeEvaluationMutation(tx: Tx, wc: WriteContext, mutation: Mutation): Promise<Applied> {
  if (mutation.op === 'delete') throw new Rejection('forbidden', { op: 'delete' });
  const byId = await tx.getLkeEvaluation(mutation.recordId);
  return byId ? update(tx, wc, byId, mutation) : create(tx, wc, mutation);
}
