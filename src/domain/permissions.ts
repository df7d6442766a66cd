// Who may do what (domain.md, "Roles and workflow"). The server enforces these; the client uses
// them only to hide what would be refused.
import type { Actor } from './user';
import type { AgreementKind } from './agreement';
import { tenantWideRoles } from './role';
import { editableStatuses, type RealisationStatus } from './realisation-status';

export type Denial = 'otherTenant' | 'otherUnit' | 'role' | 'status';
export type Permission = { allowed: true } | { allowed: false; reason: Denial };

const allow: Permission = { allowed: true };
const deny = (reason: Denial): Permission => ({ allowed: false, reason });

/** Anything placed in a tenant and an org unit. */
export interface Scoped {
  tenantId: string;
  orgUnitId: string | null;
}

export function hasTenantWideScope(actor: Actor): boolean {
  return tenantWideRoles.includes(actor.role);
}

/** Reading a row: tenant-wide roles read the whole tenant, others their own unit and tenant-level rows. */
export function canRead(actor: Actor, row: Scoped): Permission {
  if (row.tenantId !== actor.tenantId) return deny('otherTenant');
  if (row.orgUnitId === null || hasTenantWideScope(actor)) return allow;
  return row.orgUnitId === actor.orgUnitId ? allow : deny('otherUnit');
}

/** Entering or changing a realisation (value, drivers, obstacles, follow-up). */
export function canEditRealisation(actor: Actor, row: Scoped & { status: RealisationStatus }): Permission {
  if (row.tenantId !== actor.tenantId) return deny('otherTenant');
  if (actor.role !== 'operator' && actor.role !== 'head') return deny('role');
  if (row.orgUnitId !== actor.orgUnitId) return deny('otherUnit');
  return editableStatuses.includes(row.status) ? allow : deny('status');
}

/** Submitting a unit's quarter and signing its PK. */
export function canSubmitForUnit(actor: Actor, unit: Scoped): Permission {
  if (unit.tenantId !== actor.tenantId) return deny('otherTenant');
  if (actor.role !== 'head') return deny('role');
  return unit.orgUnitId === actor.orgUnitId ? allow : deny('otherUnit');
}

/**
 * Writing a PK (create, edit, sign, revise): the pemda's admin for any unit of the tenant, the
 * unit's head for their own unit. Everyone else reads it (domain.md, "Roles and workflow"). The
 * pemda's own PK (`kind: pemda`, the sasaran daerah and IKU every unit's PK supports) is the
 * pemda's plan, read by every device of the tenant: only the admin writes it.
 */
export function canEditAgreement(actor: Actor, unit: Scoped & { kind?: AgreementKind }): Permission {
  if (unit.tenantId !== actor.tenantId) return deny('otherTenant');
  if (actor.role === 'admin') return allow;
  if (unit.kind === 'pemda') return deny('role');
  if (actor.role !== 'head') return deny('role');
  return unit.orgUnitId === actor.orgUnitId ? allow : deny('otherUnit');
}

/** Verifying or returning a submission. */
export function canReview(actor: Actor, row: Scoped): Permission {
  if (row.tenantId !== actor.tenantId) return deny('otherTenant');
  return actor.role === 'evaluator' ? allow : deny('role');
}

/**
 * The unit's own answers of its LKE (penilaian mandiri): its operator and head, like the quarter's
 * realisations. The evaluator's side and finalising the LKE are canReview's.
 */
export function canAnswerLke(actor: Actor, unit: Scoped): Permission {
  // The same rule as a draft entry of the unit: its operator and head.
  return canEditRealisation(actor, { ...unit, status: 'draft' });
}

/**
 * Storing files (evidence photos, signed PK scans): operators and heads attach evidence and a
 * head's signed PK, an admin the scan of any unit's signed PK. Nobody else has a reason to store
 * bytes; what a file is attached to is checked with that row's own rule.
 */
export function canStoreFiles(actor: Actor): Permission {
  return actor.role === 'operator' || actor.role === 'head' || actor.role === 'admin' ? allow : deny('role');
}

/** Master data: org units, users, PKs, period windows, tenant settings. */
export function canAdminister(actor: Actor, tenantId: string): Permission {
  if (tenantId !== actor.tenantId) return deny('otherTenant');
  return actor.role === 'admin' ? allow : deny('role');
}

/**
 * The pemda's RPJMD plan (visi, misi, tujuan): the admin writes it, as it writes the pemda's PK
 * the plan's sasaran daerah sit in. (Bappeda's own staff do it through the admin account; a right
 * given to single users is not built.)
 */
export function canEditPlan(actor: Actor, tenantId: string): Permission {
  return canAdminister(actor, tenantId);
}
