// A file on a unit's own LKE answer as a mutation (domain/lke-evidence.ts): attach (create),
// change the caption, or remove (tombstone). The same people as the unit's side of the answer
// (permissions.ts canAnswerLke), while the LKE is open; the criterion must be one of the year's
// template and the file must already be uploaded and verified by the actor's own unit (as for a
// realisation's evidence, evidence-mutation.ts). Refusals are thrown as Rejection.
import type { Mutation } from '../../../api/sync';
import { canAnswerLke } from '../../../domain/permissions';
import { listLkeCriteria } from '../../../domain/lke-template';
import { lkeEvidenceCreateSchema, lkeEvidenceEditSchema, type LkeEvidence } from '../../../domain/lke-evidence';
import type { Tx } from '../../store/connection';
import type { Applied, WriteContext } from '../sync/write-context';
import { assertUnchangedElsewhere, invalidFields, Rejection, rejectionForDenial } from '../rejection';
import { assertLkeOpen, lkeTemplateIn, stamp, unitOf, writeLkeRow } from './lke-write';

const put = (tx: Tx) => (row: LkeEvidence) => tx.putLkeEvidence(row);

function checkPermission(wc: WriteContext, row: { tenantId: string; orgUnitId: string }): void {
  const permission = canAnswerLke(wc.actor, row);
  if (!permission.allowed) throw rejectionForDenial(permission.reason);
}

async function checkCriterion(tx: Tx, tenantId: string, year: number, criterionId: string): Promise<void> {
  if (!listLkeCriteria(await lkeTemplateIn(tx, tenantId, year)).some((c) => c.id === criterionId)) {
    throw new Rejection('invalid', { issues: [{ path: ['criterionId'], message: 'no such criterion in the year\'s LKE' }] });
  }
}

async function create(tx: Tx, wc: WriteContext, mutation: Mutation): Promise<Applied> {
  const parsed = lkeEvidenceCreateSchema.safeParse(mutation.fields);
  if (!parsed.success) throw invalidFields(parsed.error);
  const data = parsed.data;
  const unit = await unitOf(tx, wc, data.orgUnitId);
  checkPermission(wc, { tenantId: unit.tenantId, orgUnitId: unit.id });
  await checkCriterion(tx, unit.tenantId, data.year, data.criterionId);
  await assertLkeOpen(tx, unit.id, data.year);
  // Knowing the hash of another unit's file proves nothing: the actor's unit must have sent it whole.
  const attachment = await tx.getHeldAttachment(wc.actor.tenantId, data.sha256, wc.actor.orgUnitId);
  if (!attachment) throw new Rejection('attachment_missing', { sha256: data.sha256 });
  // The server's own reading of the file wins over what the device says about it.
  return writeLkeRow(tx, wc, 'lkeEvidence', null, {
    id: mutation.recordId, tenantId: unit.tenantId, deleted: false, ...stamp(wc),
    ...data, mimeType: attachment.mimeType, size: attachment.size,
  }, put(tx));
}

async function change(tx: Tx, wc: WriteContext, row: LkeEvidence, mutation: Mutation): Promise<Applied> {
  if (row.tenantId !== wc.actor.tenantId) throw new Rejection('not_found');
  checkPermission(wc, row);
  await assertLkeOpen(tx, row.orgUnitId, row.year);
  if (mutation.op === 'delete') {
    // Removing twice is the same as once. No template check: a file on a criterion the pemda's
    // template no longer has can still be taken away.
    if (row.deleted) return { status: 'applied', recordId: row.id, rev: null };
    return writeLkeRow(tx, wc, 'lkeEvidence', row, { ...row, deleted: true, ...stamp(wc) }, put(tx));
  }
  // A resent create (its answer was lost) names the same file again: only the caption may differ.
  const { orgUnitId, year, criterionId, sha256, mimeType: _m, size: _s, fileName: _f, ...rest } = mutation.fields;
  const moved = [[orgUnitId, row.orgUnitId], [year, row.year], [criterionId, row.criterionId], [sha256, row.sha256]].some(([sent, kept]) => sent !== undefined && sent !== kept);
  if (moved) throw new Rejection('invalid', { issues: [{ path: ['sha256'], message: 'the unit, year, criterion and file of an LKE evidence row never change' }] });
  const parsed = lkeEvidenceEditSchema.partial().safeParse(rest);
  if (!parsed.success) throw invalidFields(parsed.error);
  if (row.deleted) throw new Rejection('not_found');
  if (parsed.data.caption === undefined || parsed.data.caption === row.caption) return { status: 'applied', recordId: row.id, rev: null };
  await checkCriterion(tx, row.tenantId, row.year, row.criterionId);
  assertUnchangedElsewhere(wc.deviceId, row, mutation.baseRev);
  return writeLkeRow(tx, wc, 'lkeEvidence', row, { ...row, caption: parsed.data.caption, ...stamp(wc) }, put(tx));
}

export async function applyLkeEvidenceMutation(tx: Tx, wc: WriteContext, mutation: Mutation): Promise<Applied> {
  const existing = await tx.getLkeEvidence(mutation.recordId);
  if (existing) return change(tx, wc, existing, mutation);
  if (mutation.op === 'delete') throw new Rejection('not_found');
  return create(tx, wc, mutation);
}
