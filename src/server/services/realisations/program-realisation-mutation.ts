// Realisasi anggaran and fisik of a program for a quarter, as a mutation: created by id or by its
// natural key (program × quarter), edited by the unit's operator or head while the quarter is open.
// A change another device made since this one last saw the row is refused with changed_elsewhere
// (the value stays on the device, visibly), never silently overwritten (design.md, invariant 4).
import type { Mutation } from '../../../api/sync';
import { canEditRealisation } from '../../../domain/permissions';
import {
  programRealisationCreateSchema, programRealisationEditSchema, type ProgramRealisation,
} from '../../../domain/program-realisation';
import type { Tx } from '../../store/connection';
import { assertQuarterOpen } from './period-guard';
import type { Applied, WriteContext } from '../sync/write-context';
import { assertUnchangedElsewhere, invalidFields, Rejection, rejectionForDenial } from '../rejection';

function checkPermission(wc: WriteContext, row: { tenantId: string; orgUnitId: string }): void {
  const permission = canEditRealisation(wc.actor, { ...row, status: 'draft' });
  if (!permission.allowed) throw rejectionForDenial(permission.reason);
}

async function write(tx: Tx, wc: WriteContext, before: ProgramRealisation | null, next: Omit<ProgramRealisation, 'rev'>): Promise<Applied> {
  const rev = await tx.nextRev(next.tenantId);
  const row: ProgramRealisation = { ...next, rev };
  await tx.putProgramRealisation(row);
  await tx.appendChange({
    tenantId: row.tenantId, rev, entity: 'programRealisation', recordId: row.id, orgUnitId: row.orgUnitId,
    op: before ? 'update' : 'insert', before, after: row,
    userId: wc.actor.id, deviceId: wc.deviceId, mutationId: wc.mutationId, createdAt: wc.now,
  });
  return { status: 'applied', recordId: row.id, rev };
}

const stamp = (wc: WriteContext) => ({ updatedAt: wc.now.toISOString(), updatedBy: wc.actor.id, deviceId: wc.deviceId });

async function update(tx: Tx, wc: WriteContext, row: ProgramRealisation, mutation: Mutation): Promise<Applied> {
  if (row.tenantId !== wc.actor.tenantId) throw new Rejection('not_found');
  const { programId, quarter, ...fields } = mutation.fields;
  if ((programId !== undefined && programId !== row.programId) || (quarter !== undefined && quarter !== row.quarter)) {
    throw new Rejection('invalid', { issues: [{ path: ['programId'], message: 'the program and quarter of an entry never change' }] });
  }
  const parsed = programRealisationEditSchema.safeParse(fields);
  if (!parsed.success) throw invalidFields(parsed.error);
  checkPermission(wc, row);
  await assertQuarterOpen(tx, row, wc.now);
  assertUnchangedElsewhere(wc.deviceId, row, mutation.baseRev);
  const next = { ...row, ...parsed.data, ...stamp(wc) };
  if (next.budgetRealised === row.budgetRealised && next.physicalProgress === row.physicalProgress) {
    return { status: 'applied', recordId: row.id, rev: null };
  }
  return write(tx, wc, row, next);
}

async function create(tx: Tx, wc: WriteContext, mutation: Mutation): Promise<Applied> {
  const parsed = programRealisationCreateSchema.safeParse(mutation.fields);
  if (!parsed.success) throw invalidFields(parsed.error);
  const program = await tx.getProgram(parsed.data.programId);
  if (!program || program.deleted || program.tenantId !== wc.actor.tenantId) throw new Rejection('not_found');
  const existing = await tx.findProgramRealisationByKey(program.id, parsed.data.quarter);
  if (existing) return update(tx, wc, existing, mutation);
  checkPermission(wc, program);
  const agreement = await tx.getAgreement(program.agreementId);
  if (!agreement) throw new Rejection('not_found');
  const period = { tenantId: program.tenantId, orgUnitId: program.orgUnitId, year: agreement.year, quarter: parsed.data.quarter };
  await assertQuarterOpen(tx, period, wc.now);
  return write(tx, wc, null, {
    id: mutation.recordId, tenantId: program.tenantId, deleted: false, ...stamp(wc),
    orgUnitId: program.orgUnitId, programId: program.id, year: agreement.year, quarter: parsed.data.quarter,
    budgetRealised: parsed.data.budgetRealised ?? null, physicalProgress: parsed.data.physicalProgress ?? null,
  });
}

export async function applyProgramRealisationMutation(tx: Tx, wc: WriteContext, mutation: Mutation): Promise<Applied> {
  if (mutation.op === 'delete') throw new Rejection('forbidden', { op: 'delete' });
  const byId = await tx.getProgramRealisation(mutation.recordId);
  return byId ? update(tx, wc, byId, mutation) : create(tx, wc, mutation);
}
