// Applies one evidence mutation: attach (create), change the caption, or remove (tombstone).
// The same permission rules as editing the realisation it belongs to, and the file it names must
// already be uploaded and verified by the actor's own unit. Refusals are thrown as Rejection.
import type { Mutation } from '../../../api/sync';
import { evidenceCreateSchema, evidenceEditSchema, type Evidence } from '../../../domain/evidence';
import { isPemdaRealisation } from '../realisations/pemda-realisation';
import { canEditRealisation } from '../../../domain/permissions';
import type { Tx } from '../../store/connection';
import { assertQuarterOpen } from '../realisations/period-guard';
import { writeFields } from '../realisations/realisation-mutation';
import type { Applied, WriteContext } from '../sync/write-context';
import type { RealisationRecord } from '../../store/entity-queries';
import { statusAfterEdit } from '../../../domain/resubmission';
import { invalidFields, Rejection, rejectionForDenial } from '../rejection';

async function checkRealisation(tx: Tx, wc: WriteContext, realisationId: string) {
  // The device may name the realisation by the id it made, which the server folded into the row
  // that already had the same indicator × quarter (realisation-mutation.ts).
  const realisation = (await tx.getRealisation(realisationId))
    ?? (await tx.findFoldedRecord(wc.deviceId, realisationId).then((id) => (id ? tx.getRealisation(id) : null)));
  if (!realisation || realisation.deleted || realisation.tenantId !== wc.actor.tenantId) throw new Rejection('not_found');
  const permission = canEditRealisation(wc.actor, { ...realisation, pemda: await isPemdaRealisation(tx, realisation) });
  if (!permission.allowed) throw rejectionForDenial(permission.reason);
  await assertQuarterOpen(tx, realisation, wc.now);
  return realisation;
}

async function write(tx: Tx, wc: WriteContext, realisation: RealisationRecord, before: Evidence | null, next: Omit<Evidence, 'rev'>): Promise<Applied> {
  // Evidence attached, re-captioned or removed is a change to a returned entry ("lampirkan foto"):
  // it goes back to draft like an edit of its values (resubmission.ts), so no reply is needed.
  const status = statusAfterEdit(realisation.status);
  if (status !== realisation.status) await writeFields(tx, wc, realisation, { status });
  const rev = await tx.nextRev(next.tenantId);
  const row: Evidence = { ...next, rev };
  if (before) await tx.updateEvidence(row);
  else await tx.insertEvidence(row);
  await tx.appendChange({
    tenantId: row.tenantId, rev, entity: 'evidence', recordId: row.id, orgUnitId: row.orgUnitId,
    op: before ? (row.deleted ? 'delete' : 'update') : 'insert', before, after: row,
    userId: wc.actor.id, deviceId: wc.deviceId, mutationId: wc.mutationId, createdAt: wc.now,
  });
  return { status: 'applied', recordId: row.id, rev };
}

const stamp = (wc: WriteContext) => ({ updatedAt: wc.now.toISOString(), updatedBy: wc.actor.id, deviceId: wc.deviceId });

async function create(tx: Tx, wc: WriteContext, mutation: Mutation): Promise<Applied> {
  const parsed = evidenceCreateSchema.safeParse(mutation.fields);
  if (!parsed.success) throw invalidFields(parsed.error);
  const data = parsed.data;
  const realisation = await checkRealisation(tx, wc, data.realisationId);
  // The actor's own unit must have sent the whole file: knowing the hash of another unit's photo
  // proves nothing. One answer for an unknown file and another unit's (the device re-uploads it).
  const attachment = await tx.getHeldAttachment(wc.actor.tenantId, data.sha256, wc.actor.orgUnitId);
  if (!attachment) throw new Rejection('attachment_missing', { sha256: data.sha256 });
  // The server's own reading of the file wins over what the device says about it.
  return write(tx, wc, realisation, null, {
    id: mutation.recordId, tenantId: realisation.tenantId, deleted: false, ...stamp(wc),
    orgUnitId: realisation.orgUnitId, ...data, realisationId: realisation.id, mimeType: attachment.mimeType, size: attachment.size,
  });
}

export async function applyEvidenceMutation(tx: Tx, wc: WriteContext, mutation: Mutation): Promise<Applied> {
  const existing = await tx.getEvidence(mutation.recordId);
  if (!existing) {
    if (mutation.op === 'delete') throw new Rejection('not_found');
    return create(tx, wc, mutation);
  }
  if (existing.tenantId !== wc.actor.tenantId) throw new Rejection('not_found');
  const realisation = await checkRealisation(tx, wc, existing.realisationId);
  if (mutation.op === 'delete') {
    // Removing twice is the same as once.
    if (existing.deleted) return { status: 'applied', recordId: existing.id, rev: null };
    return write(tx, wc, realisation, existing, { ...existing, deleted: true, ...stamp(wc) });
  }
  // A resent create (its answer was lost) names the same file again: only the caption may differ.
  const { realisationId: _r, sha256, mimeType: _m, size: _s, takenAt: _t, latitude: _la, longitude: _lo, fileName: _f, ...rest } = mutation.fields;
  // realisationId is not compared: the device may still name a row the server folded (see above).
  if (sha256 !== undefined && sha256 !== existing.sha256) {
    throw new Rejection('invalid', { issues: [{ path: ['sha256'], message: 'the file of an evidence row never changes' }] });
  }
  const parsed = evidenceEditSchema.partial().safeParse(rest);
  if (!parsed.success) throw invalidFields(parsed.error);
  if (existing.deleted) throw new Rejection('not_found');
  if (parsed.data.caption === undefined || parsed.data.caption === existing.caption) {
    return { status: 'applied', recordId: existing.id, rev: null };
  }
  return write(tx, wc, realisation, existing, { ...existing, caption: parsed.data.caption, ...stamp(wc) });
}
