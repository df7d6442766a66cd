// A PK itself as a mutation (issue 4): create (PK murni, a copy, or a PK perubahan of the signed
// version), edit its parties while it is a draft, sign it, or delete a draft. The admin writes any
// unit's PK of the tenant, the head their own unit's; a signed PK is read-only (but for the scan of
// its signed page) and is changed only by a new version. Runs isolated (its own savepoint): it refuses before writing, but signing
// writes several rows.
import type { Mutation } from '../../../api/sync';
import type { Agreement } from '../../../domain/agreement';
import { agreementCreateSchema, agreementEditSchema, agreementScanSchema, agreementSignSchema } from '../../../domain/agreement-edit';
import { blocksSigning, validatePk } from '../../../domain/agreement-validation';
import { canEditAgreement } from '../../../domain/permissions';
import { chainOf } from '../../../domain/agreement-in-force';
import type { Tx } from '../../store/connection';
import { supersedeParent } from './agreement-carry-over';
import { writePkRow } from './agreement-write';
import type { Applied, WriteContext } from '../sync/write-context';
import { assertUnchangedElsewhere, invalidFields, Rejection, rejectionForDenial } from '../rejection';

export function checkAgreementPermission(wc: WriteContext, unit: Parameters<typeof canEditAgreement>[1]): void {
  const permission = canEditAgreement(wc.actor, unit);
  if (!permission.allowed) throw rejectionForDenial(permission.reason);
}

/**
 * A create resent for a row the server already has (e.g. after a device reset) carries the
 * row's identity again: accepted when it matches, refused when it would move the row.
 */
export function withoutIdentity(fields: Record<string, unknown>, row: object, identity: readonly string[]): Record<string, unknown> {
  const rest = { ...fields };
  for (const key of identity) {
    if (!(key in rest)) continue;
    if (rest[key] !== (row as Record<string, unknown>)[key]) {
      throw new Rejection('invalid', { issues: [{ path: [key], message: 'this field never changes once the row exists' }] });
    }
    delete rest[key];
  }
  return rest;
}

const applied = (recordId: string, rev: number | null): Applied => ({ status: 'applied', recordId, rev });

async function create(tx: Tx, wc: WriteContext, mutation: Mutation): Promise<Applied> {
  const parsed = agreementCreateSchema.safeParse(mutation.fields);
  if (!parsed.success) throw invalidFields(parsed.error);
  const data = parsed.data;
  const unit = await tx.getOrgUnit(data.orgUnitId);
  if (!unit || unit.deleted || unit.tenantId !== wc.actor.tenantId) throw new Rejection('not_found');
  checkAgreementPermission(wc, { tenantId: unit.tenantId, orgUnitId: unit.id, kind: data.kind });
  // The pemda's PK sits in the setda's unit beside the setda's own: each counts its own versions.
  const existing = chainOf(await tx.listUnitAgreements(unit.id, data.year), data.kind);
  if (data.version === 0) {
    if (data.parentId !== null) throw new Rejection('invalid', { issues: [{ path: ['parentId'], message: 'a PK murni has no parent' }] });
    if (existing.length > 0) throw new Rejection('agreement_exists', { year: data.year, version: 0 });
  } else {
    const parent = data.parentId === null ? undefined : existing.find((a) => a.id === data.parentId);
    if (!parent || parent.version !== data.version - 1) {
      throw new Rejection('invalid', { issues: [{ path: ['parentId'], message: 'a revision names the version it revises, of the same unit and year' }] });
    }
    if (existing.some((a) => a.version === data.version)) throw new Rejection('agreement_exists', { year: data.year, version: data.version });
    if (parent.status !== 'signed') throw new Rejection('parent_not_signed', { parentStatus: parent.status });
  }
  const row: Omit<Agreement, 'rev' | 'updatedAt' | 'updatedBy' | 'deviceId'> = {
    id: mutation.recordId, tenantId: unit.tenantId, deleted: false, orgUnitId: unit.id, year: data.year, version: data.version,
    parentId: data.parentId, kind: data.kind, status: 'draft', number: data.number, firstParty: data.firstParty,
    secondParty: data.secondParty, signedOn: null, signedPlace: null, signedScan: null,
  };
  return applied(row.id, await writePkRow(tx, wc, 'agreement', null, row));
}

async function sign(tx: Tx, wc: WriteContext, agreement: Agreement, mutation: Mutation): Promise<Applied> {
  const parsed = agreementSignSchema.safeParse(mutation.fields);
  if (!parsed.success) throw invalidFields(parsed.error);
  if (agreement.status !== 'draft') throw new Rejection('agreement_signed', { status: agreement.status });
  assertUnchangedElsewhere(wc.deviceId, agreement, mutation.baseRev);
  const parts = await tx.getAgreementParts(agreement.id);
  const issues = validatePk({ agreement, ...parts });
  if (blocksSigning(issues)) {
    throw new Rejection('agreement_incomplete', { issues: issues.filter((i) => i.severity === 'error').slice(0, 50) });
  }
  const parent = agreement.parentId === null ? null : await tx.getAgreement(agreement.parentId);
  if (agreement.parentId !== null && parent?.status !== 'signed') throw new Rejection('parent_not_signed', { parentStatus: parent?.status ?? null });
  const rev = await writePkRow(tx, wc, 'agreement', agreement, { ...agreement, ...parsed.data });
  if (parent) await supersedeParent(tx, wc, parent, parts.indicators);
  return applied(agreement.id, rev);
}

/** The scan of the signed page: attached (or replaced, or removed) on a signed PK only. */
async function attachScan(tx: Tx, wc: WriteContext, agreement: Agreement, mutation: Mutation): Promise<Applied> {
  const parsed = agreementScanSchema.safeParse(mutation.fields);
  if (!parsed.success) throw invalidFields(parsed.error);
  if (agreement.status !== 'signed') throw new Rejection('wrong_status', { status: agreement.status, reason: 'scan_needs_signed_pk' });
  const scan = parsed.data.signedScan;
  if (scan) {
    // Uploaded whole by the actor's own unit (an admin uploads the scan of any unit's PK
    // themselves, so their unit holds it); a known hash alone names nothing.
    const attachment = await tx.getHeldAttachment(wc.actor.tenantId, scan.sha256, wc.actor.orgUnitId);
    if (!attachment) throw new Rejection('attachment_missing', { sha256: scan.sha256 });
    if (attachment.mimeType !== scan.mimeType || attachment.size !== scan.size) {
      throw new Rejection('invalid', { issues: [{ path: ['signedScan'], message: 'type or size differ from the stored file' }] });
    }
  }
  if (JSON.stringify(agreement.signedScan ?? null) === JSON.stringify(scan)) return applied(agreement.id, null);
  return applied(agreement.id, await writePkRow(tx, wc, 'agreement', agreement, { ...agreement, signedScan: scan }));
}

async function remove(tx: Tx, wc: WriteContext, agreement: Agreement): Promise<Applied> {
  if (agreement.status !== 'draft') throw new Rejection('agreement_signed', { status: agreement.status });
  const parts = await tx.getAgreementParts(agreement.id);
  // Parts first, so no device ever pulls a live part of a deleted PK.
  for (const goal of parts.goals) await writePkRow(tx, wc, 'goal', goal, { ...goal, deleted: true });
  for (const indicator of parts.indicators) await writePkRow(tx, wc, 'indicator', indicator, { ...indicator, deleted: true });
  for (const program of parts.programs) await writePkRow(tx, wc, 'program', program, { ...program, deleted: true });
  return applied(agreement.id, await writePkRow(tx, wc, 'agreement', agreement, { ...agreement, deleted: true }));
}

export async function applyAgreementMutation(tx: Tx, wc: WriteContext, mutation: Mutation): Promise<Applied> {
  const agreement = await tx.getAgreement(mutation.recordId);
  if (agreement && agreement.tenantId !== wc.actor.tenantId) throw new Rejection('not_found');
  if (!agreement || agreement.deleted) {
    if (mutation.op === 'delete') return applied(mutation.recordId, null); // nothing to delete
    if (agreement) throw new Rejection('not_found');
    return create(tx, wc, mutation);
  }
  checkAgreementPermission(wc, agreement);
  if (mutation.op === 'delete') return remove(tx, wc, agreement);
  if ('status' in mutation.fields) return sign(tx, wc, agreement, mutation);
  if ('signedScan' in mutation.fields) return attachScan(tx, wc, agreement, mutation);
  const parsed = agreementEditSchema.safeParse(withoutIdentity(mutation.fields, agreement, ['orgUnitId', 'year', 'version', 'parentId']));
  if (!parsed.success) throw invalidFields(parsed.error);
  if (agreement.status !== 'draft') throw new Rejection('agreement_signed', { status: agreement.status });
  assertUnchangedElsewhere(wc.deviceId, agreement, mutation.baseRev);
  const next = { ...agreement, ...parsed.data };
  // The pemda's PK is logged tenant-wide and a unit's under its unit (agreement-write.ts), so
  // neither turns into the other: its rows would be missing from devices that pulled the other log.
  if ((next.kind === 'pemda') !== (agreement.kind === 'pemda')) {
    throw new Rejection('invalid', { issues: [{ path: ['kind'], message: 'the pemda’s PK and a unit’s PK do not turn into each other' }] });
  }
  if (JSON.stringify(next) === JSON.stringify(agreement)) return applied(agreement.id, null);
  return applied(agreement.id, await writePkRow(tx, wc, 'agreement', agreement, next));
}
