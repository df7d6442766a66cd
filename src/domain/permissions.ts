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

/**
 * A PK of a unit above the actor's own (a bidang's or UPTD's OPD): a unit-scoped user reads it, so
 * the administrator's or pengawas's PK filed in the bidang can link to the OPD's indicators offline
 * (alignment.ts checkSupport). `unitsAbove`: the actor's unit's ancestors. Only the PK and its
 * sasaran and indicators, never the OPD's entries.
 */
export function canReadHigherPk(actor: Actor, row: Scoped, unitsAbove: ReadonlySet<string>): Permission {
  const read = canRead(actor, row);
  if (read.allowed || read.reason !== 'otherUnit') return read;
  return row.orgUnitId !== null && unitsAbove.has(row.orgUnitId) ? allow : read;
}

/**
 * Entering or changing a realisation (value, drivers, obstacles, follow-up). An IKU of the pemda's
 * own PK (`pemda`) is measured by Bappeda for the whole pemda: who keeps the plan enters it
 * (canEditPlan), not the staff of the unit its PK is filed under.
 */
export function canEditRealisation(actor: Actor, row: Scoped & { status: RealisationStatus; pemda?: boolean }): Permission {
  if (row.tenantId !== actor.tenantId) return deny('otherTenant');
  if (row.pemda === true) {
    const planner = canEditPlan(actor, row.tenantId);
    if (!planner.allowed) return planner;
    return editableStatuses.includes(row.status) ? allow : deny('status');
  }
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
 * pemda's plan, read by every device of the tenant: only who keeps the plan writes it (canEditPlan).
 */
export function canEditAgreement(actor: Actor, unit: Scoped & { kind?: AgreementKind }): Permission {
  if (unit.tenantId !== actor.tenantId) return deny('otherTenant');
  if (actor.role === 'admin') return allow;
  if (unit.kind === 'pemda') return canEditPlan(actor, unit.tenantId);
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
 * head's signed PK, an admin the scan of any unit's signed PK, a planner the pemda's. Nobody else has a reason to store
 * bytes; what a file is attached to is checked with that row's own rule.
 */
export function canStoreFiles(actor: Actor): Permission {
  if (isPlanner(actor)) return allow; // the bukti dukung of the pemda's own IKU figures
  return actor.role === 'operator' || actor.role === 'head' || actor.role === 'admin' ? allow : deny('role');
}

/** Master data: org units, users, PKs, period windows, tenant settings. */
export function canAdminister(actor: Actor, tenantId: string): Permission {
  if (tenantId !== actor.tenantId) return deny('otherTenant');
  return actor.role === 'admin' ? allow : deny('role');
}

/**
 * The planner right: the admin gives it to a Bappeda user so they keep the pemda's plan without
 * the admin account. Only an evaluator may hold it: Bappeda's staff read the whole tenant as
 * evaluators (domain.md, "Roles and workflow"), which the pohon kinerja they keep needs.
 */
export function mayHoldPlannerRight(role: Actor['role']): boolean {
  return role === 'evaluator';
}

const isPlanner = (actor: Actor): boolean => actor.planner === true && mayHoldPlannerRight(actor.role);

/**
 * The pemda's plan: the RPJMD (visi, misi, tujuan) and the pemda's own PK (the sasaran daerah and
 * IKU of each year). The admin writes it, and so does a user given the planner right.
 */
export function canEditPlan(actor: Actor, tenantId: string): Permission {
  if (tenantId !== actor.tenantId) return deny('otherTenant');
  return actor.role === 'admin' || isPlanner(actor) ? allow : deny('role');
}
