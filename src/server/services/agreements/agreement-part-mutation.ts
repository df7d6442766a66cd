// The parts of a draft PK as mutations (issue 4): sasaran (goal), indicators and budget lines
// (program → kegiatan → sub-kegiatan). Tenant and unit always come from the PK on the server; the
// references a part makes (its goal, its parent line, the indicator it continues) must lie in the
// same PK (or, for `previousId`, in the version it revises). Runs isolated, like the PK itself.
import type { Mutation } from '../../../api/sync';
import type { Agreement, Goal, Program } from '../../../domain/agreement';
import {
  goalCreateSchema, goalEditSchema, indicatorCreateSchema, indicatorEditSchema, programCreateSchema, programEditSchema,
} from '../../../domain/agreement-edit';
import type { Indicator } from '../../../domain/indicator';
import type { Tx } from '../../store/connection';
import { checkAgreementPermission, withoutIdentity } from './agreement-mutation';
import { writePkRow, type PkRows } from './agreement-write';
import type { Applied, WriteContext } from '../sync/write-context';
import { assertUnchangedElsewhere, invalidFields, Rejection } from '../rejection';
import { indicatorDefaults, withDefaults } from '../../../domain/entity-fields';
import { assertSupportAllowed } from './support-check';
import { assertTujuanAllowed } from './tujuan-check';

type PartEntity = 'goal' | 'indicator' | 'program';
const invalid = (path: string, message: string) => new Rejection('invalid', { issues: [{ path: [path], message }] });

async function draftOf(tx: Tx, wc: WriteContext, agreementId: string): Promise<Agreement> {
  const agreement = await tx.getAgreement(agreementId);
  if (!agreement || agreement.deleted || agreement.tenantId !== wc.actor.tenantId) throw new Rejection('not_found');
  checkAgreementPermission(wc, agreement);
  if (agreement.status !== 'draft') throw new Rejection('agreement_signed', { status: agreement.status });
  return agreement;
}

async function getPart(tx: Tx, entity: PartEntity, id: string): Promise<Goal | Indicator | Program | null> {
  if (entity === 'goal') return tx.getGoal(id);
  if (entity === 'indicator') return tx.getIndicator(id);
  return tx.getProgram(id);
}

async function checkGoal(tx: Tx, agreement: Agreement, goalId: string | undefined): Promise<void> {
  if (goalId === undefined) return;
  const goal = await tx.getGoal(goalId);
  if (!goal || goal.deleted || goal.agreementId !== agreement.id) throw invalid('goalId', 'the goal is not part of this PK');
}

async function checkParentLine(tx: Tx, agreement: Agreement, id: string, parentId: string | null | undefined): Promise<void> {
  if (parentId === undefined || parentId === null) return;
  const lines = (await tx.getAgreementParts(agreement.id)).programs;
  const byId = new Map(lines.map((p) => [p.id, p]));
  if (!byId.has(parentId)) throw invalid('parentId', 'the parent line is not part of this PK');
  // Walking up from the new parent must never reach the line itself.
  for (let at: string | null = parentId, hops = 0; at !== null && hops <= lines.length; hops += 1) {
    if (at === id) throw invalid('parentId', 'a budget line cannot sit under itself');
    at = byId.get(at)?.parentId ?? null;
  }
}

async function checkPrevious(tx: Tx, agreement: Agreement, previousId: string | null | undefined): Promise<void> {
  if (previousId === undefined || previousId === null) return;
  const previous = await tx.getIndicator(previousId);
  if (!previous || agreement.parentId === null || previous.agreementId !== agreement.parentId) {
    throw invalid('previousId', 'a revision continues indicators of the version it revises');
  }
}

async function remove(tx: Tx, wc: WriteContext, entity: PartEntity, row: Goal | Indicator | Program): Promise<Applied> {
  const parts = await tx.getAgreementParts(row.agreementId);
  if (entity === 'goal' && parts.indicators.some((i) => i.goalId === row.id)) throw invalid('id', 'delete the goal’s indicators first');
  if (entity === 'program' && parts.programs.some((p) => p.parentId === row.id)) throw invalid('id', 'delete the line’s kegiatan/sub-kegiatan first');
  const rev = await writePkRow(tx, wc, entity, row as PkRows[typeof entity], { ...row, deleted: true } as PkRows[typeof entity]);
  return { status: 'applied', recordId: row.id, rev };
}

const editSchemas = { goal: goalEditSchema, indicator: indicatorEditSchema, program: programEditSchema };

async function update(tx: Tx, wc: WriteContext, entity: PartEntity, row: Goal | Indicator | Program, mutation: Mutation): Promise<Applied> {
  const agreement = await draftOf(tx, wc, row.agreementId);
  if (mutation.op === 'delete') return remove(tx, wc, entity, row);
  const identity = entity === 'indicator' ? ['agreementId', 'previousId'] : ['agreementId'];
  const parsed = editSchemas[entity].safeParse(withoutIdentity(mutation.fields, row, identity));
  if (!parsed.success) throw invalidFields(parsed.error);
  const fields = parsed.data as Record<string, unknown>;
  if (entity === 'indicator') {
    await checkGoal(tx, agreement, fields.goalId as string | undefined);
    await assertSupportAllowed(tx, agreement, row.id, fields.supportsId as string | null | undefined);
  }
  if (entity === 'program') await checkParentLine(tx, agreement, row.id, fields.parentId as string | null | undefined);
  if (entity === 'goal') await assertTujuanAllowed(tx, agreement, fields.tujuanId as string | null | undefined);
  assertUnchangedElsewhere(wc.deviceId, row, mutation.baseRev);
  const next = { ...row, ...fields };
  if (JSON.stringify(next) === JSON.stringify(row)) return { status: 'applied', recordId: row.id, rev: null };
  const rev = await writePkRow(tx, wc, entity, row as PkRows[typeof entity], next as PkRows[typeof entity]);
  return { status: 'applied', recordId: row.id, rev };
}

async function create(tx: Tx, wc: WriteContext, entity: PartEntity, mutation: Mutation): Promise<Applied> {
  const base = (agreement: Agreement) => ({ id: mutation.recordId, tenantId: agreement.tenantId, deleted: false, orgUnitId: agreement.orgUnitId });
  if (entity === 'goal') {
    const parsed = goalCreateSchema.safeParse(mutation.fields);
    if (!parsed.success) throw invalidFields(parsed.error);
    const agreement = await draftOf(tx, wc, parsed.data.agreementId);
    await assertTujuanAllowed(tx, agreement, parsed.data.tujuanId);
    const rev = await writePkRow(tx, wc, 'goal', null, { ...base(agreement), ...parsed.data });
    return { status: 'applied', recordId: mutation.recordId, rev };
  }
  if (entity === 'indicator') {
    const parsed = indicatorCreateSchema.safeParse(mutation.fields);
    if (!parsed.success) throw invalidFields(parsed.error);
    const agreement = await draftOf(tx, wc, parsed.data.agreementId);
    await checkGoal(tx, agreement, parsed.data.goalId);
    await checkPrevious(tx, agreement, parsed.data.previousId);
    await assertSupportAllowed(tx, agreement, mutation.recordId, parsed.data.supportsId);
    const rev = await writePkRow(tx, wc, 'indicator', null, { ...base(agreement), ...withDefaults(parsed.data, indicatorDefaults()) });
    return { status: 'applied', recordId: mutation.recordId, rev };
  }
  const parsed = programCreateSchema.safeParse(mutation.fields);
  if (!parsed.success) throw invalidFields(parsed.error);
  const agreement = await draftOf(tx, wc, parsed.data.agreementId);
  await checkParentLine(tx, agreement, mutation.recordId, parsed.data.parentId);
  const rev = await writePkRow(tx, wc, 'program', null, { ...base(agreement), ...parsed.data });
  return { status: 'applied', recordId: mutation.recordId, rev };
}

function applyPart(entity: PartEntity) {
  return async (tx: Tx, wc: WriteContext, mutation: Mutation): Promise<Applied> => {
    const row = await getPart(tx, entity, mutation.recordId);
    if (row && row.tenantId !== wc.actor.tenantId) throw new Rejection('not_found');
    if (row && !row.deleted) return update(tx, wc, entity, row, mutation);
    if (mutation.op === 'delete') return { status: 'applied', recordId: mutation.recordId, rev: null }; // already gone
    if (row) throw new Rejection('not_found');
    return create(tx, wc, entity, mutation);
  };
}

export const applyGoalMutation = applyPart('goal');
export const applyIndicatorMutation = applyPart('indicator');
export const applyProgramMutation = applyPart('program');
