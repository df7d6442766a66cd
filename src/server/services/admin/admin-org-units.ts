// The unit tree: list, add, rename, move, deactivate. Units are never deleted (their data stays).
import { randomUUID } from 'node:crypto';
import type { OrgUnitCreate, OrgUnitUpdate } from '../../../api/admin';
import type { OrgUnit } from '../../../domain/org-unit';
import type { Actor } from '../../../domain/user';
import type { Tx } from '../../store/connection';
import type { ServiceContext } from '../context';
import { ServiceError } from '../errors';
import { refused, requireAdmin, writeLogged } from './admin-log';

export async function listOrgUnits(ctx: ServiceContext, actor: Actor): Promise<OrgUnit[]> {
  requireAdmin(actor);
  return ctx.store.listOrgUnits(actor.tenantId);
}

async function ownUnit(tx: Tx, actor: Actor, id: string): Promise<OrgUnit> {
  const unit = await tx.getOrgUnit(id);
  if (!unit || unit.tenantId !== actor.tenantId) throw new ServiceError('not_found');
  return unit;
}

/** A move must not put a unit under itself or one of its descendants. */
async function checkParent(tx: Tx, actor: Actor, unitId: string | null, parentId: string | null): Promise<void> {
  if (parentId === null) return;
  const seen = new Set<string>();
  let current: string | null = parentId;
  while (current !== null) {
    if (current === unitId || seen.has(current)) throw refused('parent_cycle');
    seen.add(current);
    const unit = await tx.getOrgUnit(current);
    if (!unit || unit.tenantId !== actor.tenantId) throw refused('unit_not_found', { field: 'parentId' });
    current = unit.parentId;
  }
}

/**
 * A unit's code is unique within its tenant: the CSV import, reports and people find a unit by it
 * (pressing Simpan twice made a second "1.02"). Checked under the tenant's writer lock that
 * writeLogged takes, so two admins saving at once cannot both pass.
 */
async function checkCodeFree(tx: Tx, actor: Actor, code: string, unitId: string): Promise<void> {
  const holders = await tx.findOrgUnitsByCode(actor.tenantId, code);
  const other = holders.find((u) => u.id !== unitId);
  if (other) throw refused('unit_code_taken', { field: 'code', orgUnitId: other.id });
}

export function createOrgUnit(ctx: ServiceContext, actor: Actor, input: OrgUnitCreate): Promise<OrgUnit> {
  requireAdmin(actor);
  return writeLogged(ctx, actor, async (tx, rev, at) => {
    const id = randomUUID();
    await checkParent(tx, actor, id, input.parentId);
    await checkCodeFree(tx, actor, input.code, id);
    const unit: OrgUnit = {
      id, tenantId: actor.tenantId, rev, updatedAt: at.toISOString(), updatedBy: actor.id, deviceId: null, deleted: false,
      parentId: input.parentId, code: input.code, name: input.name, type: input.type, active: true,
    };
    await tx.insertSyncedRow('orgUnit', unit);
    return { change: { entity: 'orgUnit', recordId: id, orgUnitId: null, op: 'insert', before: null, after: unit }, result: unit };
  });
}

export function updateOrgUnit(ctx: ServiceContext, actor: Actor, id: string, input: OrgUnitUpdate): Promise<OrgUnit> {
  requireAdmin(actor);
  return writeLogged(ctx, actor, async (tx, rev, at) => {
    const before = await ownUnit(tx, actor, id);
    if (input.parentId !== undefined) await checkParent(tx, actor, id, input.parentId);
    if (input.code !== undefined) await checkCodeFree(tx, actor, input.code, id);
    if (input.active === false && before.active && (await tx.countActiveUsersOfUnit(id)) > 0) throw refused('unit_has_active_users');
    const after: OrgUnit = { ...before, ...input, rev, updatedAt: at.toISOString(), updatedBy: actor.id, deviceId: null };
    await tx.updateOrgUnit(after);
    return { change: { entity: 'orgUnit', recordId: id, orgUnitId: null, op: 'update', before, after }, result: after };
  });
}
