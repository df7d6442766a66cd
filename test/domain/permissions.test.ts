import { describe, expect, it } from 'vitest';
import {
  canAdminister,
  canAnswerLke,
  canEditAgreement,
  canEditPlan,
  canEditRealisation,
  canRead,
  canReadHigherPk,
  canReview,
  canStoreFiles,
  canSubmitForUnit,
  hasTenantWideScope,
  type Permission,
} from '../../src/domain/permissions';
import type { Actor } from '../../src/domain/user';
import type { Role } from '../../src/domain/role';
import type { RealisationStatus } from '../../src/domain/realisation';

const tenant = '00000000-0000-4000-8000-000000000001';
const otherTenant = '00000000-0000-4000-8000-000000000002';
const unit = '00000000-0000-4000-8000-0000000000a1';
const otherUnit = '00000000-0000-4000-8000-0000000000a2';

const actor = (role: Role): Actor => ({ id: '00000000-0000-4000-8000-0000000000f1', tenantId: tenant, orgUnitId: unit, role });
type Where = 'own unit' | 'other unit' | 'tenant level' | 'other tenant';
const rowAt = (where: Where) => ({
  tenantId: where === 'other tenant' ? otherTenant : tenant,
  orgUnitId: where === 'tenant level' ? null : where === 'other unit' ? otherUnit : unit,
});
const ok: Permission = { allowed: true };
const no = (reason: 'otherTenant' | 'otherUnit' | 'role' | 'status'): Permission => ({ allowed: false, reason });

describe('canRead', () => {
  it.each<[Role, Where, Permission]>([
    ['operator', 'own unit', ok],
    ['operator', 'other unit', no('otherUnit')],
    ['operator', 'tenant level', ok],
    ['operator', 'other tenant', no('otherTenant')],
    ['head', 'own unit', ok],
    ['head', 'other unit', no('otherUnit')],
    ['head', 'tenant level', ok],
    ['head', 'other tenant', no('otherTenant')],
    ['evaluator', 'own unit', ok],
    ['evaluator', 'other unit', ok],
    ['evaluator', 'other tenant', no('otherTenant')],
    ['leader', 'own unit', ok],
    ['leader', 'other unit', ok],
    ['leader', 'other tenant', no('otherTenant')],
    ['admin', 'own unit', ok],
    ['admin', 'other unit', ok],
    ['admin', 'other tenant', no('otherTenant')],
  ])('%s reading a row of %s', (role, where, expected) => {
    expect(canRead(actor(role), rowAt(where))).toEqual(expected);
  });

  it.each<[Role, boolean]>([
    ['operator', false], ['head', false], ['evaluator', true], ['leader', true], ['admin', true],
  ])('%s tenant-wide scope: %s', (role, expected) => {
    expect(hasTenantWideScope(actor(role))).toBe(expected);
  });
});

describe('canEditRealisation', () => {
  it.each<[Role, Where, RealisationStatus, Permission]>([
    ['operator', 'own unit', 'draft', ok],
    ['operator', 'own unit', 'returned', ok],
    ['operator', 'own unit', 'submitted', no('status')],
    ['operator', 'own unit', 'verified', no('status')],
    ['operator', 'other unit', 'draft', no('otherUnit')],
    ['operator', 'other tenant', 'draft', no('otherTenant')],
    ['head', 'own unit', 'draft', ok],
    ['head', 'own unit', 'returned', ok],
    ['head', 'own unit', 'submitted', no('status')],
    ['head', 'other unit', 'draft', no('otherUnit')],
    ['head', 'other tenant', 'draft', no('otherTenant')],
    ['evaluator', 'own unit', 'draft', no('role')],
    ['evaluator', 'other unit', 'draft', no('role')],
    ['evaluator', 'other tenant', 'draft', no('otherTenant')],
    ['leader', 'own unit', 'draft', no('role')],
    ['leader', 'other unit', 'draft', no('role')],
    ['leader', 'other tenant', 'draft', no('otherTenant')],
    ['admin', 'own unit', 'draft', no('role')],
    ['admin', 'other unit', 'draft', no('role')],
    ['admin', 'other tenant', 'draft', no('otherTenant')],
  ])('%s editing a %s realisation (%s)', (role, where, status, expected) => {
    expect(canEditRealisation(actor(role), { ...rowAt(where), status })).toEqual(expected);
  });
});

describe('canSubmitForUnit, canReview, canAdminister', () => {
  it.each<[Role, Where, Permission]>([
    ['head', 'own unit', ok],
    ['head', 'other unit', no('otherUnit')],
    ['head', 'other tenant', no('otherTenant')],
    ['operator', 'own unit', no('role')],
    ['operator', 'other tenant', no('otherTenant')],
    ['evaluator', 'own unit', no('role')],
    ['leader', 'own unit', no('role')],
    ['admin', 'other unit', no('role')],
  ])('%s submitting for %s', (role, where, expected) => {
    expect(canSubmitForUnit(actor(role), rowAt(where))).toEqual(expected);
  });

  it.each<[Role, Where, Permission]>([
    ['evaluator', 'own unit', ok],
    ['evaluator', 'other unit', ok],
    ['evaluator', 'other tenant', no('otherTenant')],
    ['operator', 'own unit', no('role')],
    ['head', 'own unit', no('role')],
    ['leader', 'other unit', no('role')],
    ['admin', 'other unit', no('role')],
  ])('%s reviewing a row of %s', (role, where, expected) => {
    expect(canReview(actor(role), rowAt(where))).toEqual(expected);
  });

  it.each<[Role, boolean, Permission]>([
    ['admin', false, ok],
    ['admin', true, no('otherTenant')],
    ['operator', false, no('role')],
    ['head', false, no('role')],
    ['evaluator', false, no('role')],
    ['leader', false, no('role')],
    ['leader', true, no('otherTenant')],
  ])('%s administering (other tenant: %s)', (role, foreign, expected) => {
    expect(canAdminister(actor(role), foreign ? otherTenant : tenant)).toEqual(expected);
  });
});

describe('canStoreFiles', () => {
  it.each<[Role, Permission]>([
    ['operator', ok],
    ['head', ok],
    ['admin', ok],
    ['evaluator', no('role')],
    ['leader', no('role')],
  ])('%s storing a file', (role, expected) => {
    expect(canStoreFiles(actor(role))).toEqual(expected);
  });
});

describe('canAnswerLke (the unit\'s penilaian mandiri)', () => {
  it.each<[Role, Where, Permission]>([
    ['operator', 'own unit', ok],
    ['head', 'own unit', ok],
    ['operator', 'other unit', no('otherUnit')],
    ['head', 'other unit', no('otherUnit')],
    ['head', 'other tenant', no('otherTenant')],
    ['evaluator', 'own unit', no('role')],
    ['leader', 'own unit', no('role')],
    ['admin', 'own unit', no('role')],
  ])('%s answering for %s', (role, where, expected) => {
    expect(canAnswerLke(actor(role), rowAt(where))).toEqual(expected);
  });
});

describe('the planner right (the pemda\'s plan: RPJMD, pemda PK, its IKU figures)', () => {
  const planner = (role: Role): Actor => ({ ...actor(role), planner: true });
  type Who = 'admin' | 'planner evaluator' | 'evaluator' | 'planner head' | 'planner operator' | 'leader';
  const who: Record<Who, Actor> = {
    admin: actor('admin'), 'planner evaluator': planner('evaluator'), evaluator: actor('evaluator'),
    'planner head': planner('head'), 'planner operator': planner('operator'), leader: actor('leader'),
  };
  it.each<[Who, Permission, Permission, Permission]>([
    // who, the plan, a pemda IKU's draft entry, a unit's draft entry (own unit)
    ['admin', ok, ok, no('role')],
    ['planner evaluator', ok, ok, no('role')],
    ['evaluator', no('role'), no('role'), no('role')],
    // Only an evaluator holds the right: a flag on another role counts for nothing.
    ['planner head', no('role'), no('role'), ok],
    ['planner operator', no('role'), no('role'), ok],
    ['leader', no('role'), no('role'), no('role')],
  ])('%s', (name, plan, pemdaEntry, unitEntry) => {
    const a = who[name];
    expect(canEditPlan(a, tenant)).toEqual(plan);
    expect(canEditAgreement(a, { ...rowAt('tenant level'), orgUnitId: unit, kind: 'pemda' })).toEqual(plan);
    expect(canEditRealisation(a, { ...rowAt('own unit'), status: 'draft', pemda: true })).toEqual(pemdaEntry);
    expect(canEditRealisation(a, { ...rowAt('own unit'), status: 'draft' })).toEqual(unitEntry);
  });

  it("stops at the tenant's edge and at a closed entry", () => {
    expect(canEditPlan(who['planner evaluator'], otherTenant)).toEqual(no('otherTenant'));
    expect(canEditRealisation(who['planner evaluator'], { ...rowAt('other tenant'), status: 'draft', pemda: true })).toEqual(no('otherTenant'));
    expect(canEditRealisation(who['planner evaluator'], { ...rowAt('own unit'), status: 'submitted', pemda: true })).toEqual(no('status'));
  });

  it('lets the planner store the bukti dukung of the IKU figures', () => {
    expect(canStoreFiles(who['planner evaluator'])).toEqual(ok);
    expect(canStoreFiles(who.evaluator)).toEqual(no('role'));
  });
});

describe('canReadHigherPk (a bidang reads its OPD\'s PK)', () => {
  const above = new Set([otherUnit]);
  it.each<[Role, Where, Permission]>([
    ['operator', 'other unit', ok],
    ['head', 'other unit', ok],
    ['operator', 'own unit', ok],
    ['operator', 'tenant level', ok],
    ['operator', 'other tenant', no('otherTenant')],
    ['evaluator', 'other unit', ok],
  ])('%s reading a PK row of %s, that unit above theirs', (role, where, expected) => {
    expect(canReadHigherPk(actor(role), rowAt(where), above)).toEqual(expected);
  });

  it('stops at units that are not above: a sibling\'s PK stays unread', () => {
    expect(canReadHigherPk(actor('head'), rowAt('other unit'), new Set())).toEqual(no('otherUnit'));
  });
});
