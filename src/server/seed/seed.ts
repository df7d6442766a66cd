// Loads demo data (or test data) into an empty store in one transaction. Every synced row gets a
// rev from its tenant's counter and a change-log entry, so devices receive it by pulling.
import { isPemdaPk } from '../../domain/agreement-in-force';
import type { Tenant } from '../../domain/tenant';
import type { OrgUnit } from '../../domain/org-unit';
import type { Agreement, Goal, Program } from '../../domain/agreement';
import type { RpjmdPlan } from '../../domain/rpjmd-plan';
import type { Indicator } from '../../domain/indicator';
import type { Realisation } from '../../domain/realisation';
import type { Role } from '../../domain/role';
import type { Store, Tx } from '../store/connection';
import type { EntityRows } from '../store/entity-queries';
import { hashPassword } from '../services/auth/password';
import { realisationEditableFields } from '../../domain/entity-fields';

export interface SeedUser {
  id: string;
  tenantId: string;
  orgUnitId: string;
  username: string;
  password: string;
  /** A hash made earlier, to skip scrypt (tests that create many users); else `password` is hashed. */
  passwordHash?: string;
  name: string;
  role: Role;
  position: string;
  nip: string | null;
  active?: boolean;
  /** The planner right (evaluators only); false when left out. */
  planner?: boolean;
}

export interface SeedData {
  tenants: Tenant[];
  orgUnits: OrgUnit[];
  users: SeedUser[];
  agreements: Agreement[];
  goals: Goal[];
  indicators: Indicator[];
  programs: Program[];
  realisations: Realisation[];
  /** The pemda's RPJMD plans (tenant-wide rows); none when left out. */
  rpjmdPlans?: RpjmdPlan[];
}

/**
 * The org unit a change is scoped to; org units themselves are tenant-level (everyone sees the
 * tree), and so is the pemda's PK with its parts (services/agreements/agreement-write.ts) and its
 * IKU figures (services/realisations/pemda-realisation.ts). `pemdaParts`: the ids of the pemda's
 * PKs and of their indicators.
 */
function scopeOf(entity: keyof EntityRows, row: EntityRows[keyof EntityRows], pemdaParts: ReadonlySet<string>): string | null {
  if (entity === 'orgUnit' || !('orgUnitId' in row)) return null;
  if (pemdaParts.has(row.id) || ('agreementId' in row && pemdaParts.has(row.agreementId))) return null;
  if ('indicatorId' in row && pemdaParts.has(row.indicatorId)) return null;
  return row.orgUnitId;
}

async function insertLogged<E extends keyof EntityRows>(tx: Tx, entity: E, row: EntityRows[E], at: Date, pemdaParts: ReadonlySet<string> = new Set()): Promise<void> {
  const rev = await tx.nextRev(row.tenantId);
  const stamped = { ...row, rev };
  if (entity === 'realisation') {
    const realisation = stamped as Realisation;
    await tx.insertRealisation({
      ...realisation,
      fieldRevs: Object.fromEntries(realisationEditableFields.map((f) => [f, rev])),
      fieldDevices: Object.fromEntries(realisationEditableFields.map((f) => [f, null])),
    });
  } else {
    await tx.insertSyncedRow(entity, stamped);
  }
  await tx.appendChange({
    tenantId: row.tenantId, rev, entity, recordId: row.id, orgUnitId: scopeOf(entity, row, pemdaParts), op: 'insert',
    before: null, after: stamped, userId: null, deviceId: null, mutationId: null, createdAt: at,
  });
}

/** Parents before children, so a puller never sees a row before what it points at. */
function parentsFirst(units: OrgUnit[]): OrgUnit[] {
  const placed = new Set<string>();
  const ordered: OrgUnit[] = [];
  let pending = [...units];
  while (pending.length > 0) {
    const ready = pending.filter((u) => u.parentId === null || placed.has(u.parentId) || !units.some((p) => p.id === u.parentId));
    if (ready.length === 0) throw new Error('org unit tree has a cycle');
    for (const unit of ready) {
      placed.add(unit.id);
      ordered.push(unit);
    }
    pending = pending.filter((u) => !placed.has(u.id));
  }
  return ordered;
}

export async function seedDemoData(store: Store, data: SeedData, now: Date = new Date()): Promise<void> {
  // Hash outside the transaction: scrypt is slow on purpose and should not hold locks. Each user
  // gets a salt of their own even where demo passwords are the same (~350 ms each).
  const hashes = await Promise.all(data.users.map((u) => u.passwordHash ?? hashPassword(u.password)));
  await store.transaction(async (tx) => {
    for (const tenant of data.tenants) await tx.insertTenant(tenant);
    for (const unit of parentsFirst(data.orgUnits)) await insertLogged(tx, 'orgUnit', unit, now);
    // The plan before the pemda's PK: a device never pulls a sasaran before the tujuan it serves.
    for (const plan of data.rpjmdPlans ?? []) {
      const rev = await tx.nextRev(plan.tenantId);
      const row = { ...plan, rev };
      await tx.putRpjmdPlan(row);
      await tx.appendChange({
        tenantId: plan.tenantId, rev, entity: 'rpjmdPlan', recordId: plan.id, orgUnitId: null, op: 'insert',
        before: null, after: row, userId: null, deviceId: null, mutationId: null, createdAt: now,
      });
    }
    for (const [i, u] of data.users.entries()) {
      const { password: _password, passwordHash: _hash, active, planner, ...user } = u;
      await tx.insertUser({ ...user, active: active ?? true, planner: planner ?? false }, hashes[i] ?? '');
    }
    const pemdaPks = new Set(data.agreements.filter(isPemdaPk).map((a) => a.id));
    const pemdaParts = new Set([...pemdaPks, ...data.indicators.filter((i) => pemdaPks.has(i.agreementId)).map((i) => i.id)]);
    for (const row of data.agreements) await insertLogged(tx, 'agreement', row, now, pemdaParts);
    for (const row of data.goals) await insertLogged(tx, 'goal', row, now, pemdaParts);
    for (const row of data.indicators) await insertLogged(tx, 'indicator', row, now, pemdaParts);
    for (const row of data.programs) await insertLogged(tx, 'program', row, now);
    for (const row of data.realisations) await insertLogged(tx, 'realisation', row, now, pemdaParts);
  });
}
