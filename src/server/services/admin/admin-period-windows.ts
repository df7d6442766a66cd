// Jadwal input: the admin opens and locks each quarter of a year for the whole tenant. A write is a
// tenant-wide synced row (devices pull it and warn) and an audit entry; period-guard.ts enforces it.
import { randomUUID } from 'node:crypto';
import type { PeriodWindowUpdate } from '../../../api/admin';
import type { Quarter } from '../../../domain/period';
import type { PeriodWindow } from '../../../domain/period-window';
import type { Actor } from '../../../domain/user';
import type { ServiceContext } from '../context';
import { refused, requireAdmin, writeLogged } from './admin-log';
import type { Tx } from '../../store/connection';

type Extensions = NonNullable<PeriodWindow['extensions']>;

/** Each extension names an active unit of the tenant, once; stored as instants in UTC. */
async function checkExtensions(tx: Tx, actor: Actor, extensions: NonNullable<PeriodWindowUpdate['extensions']>): Promise<Extensions> {
  const seen = new Set<string>();
  for (const extension of extensions) {
    if (seen.has(extension.orgUnitId)) throw refused('duplicate_unit', { field: 'extensions', orgUnitId: extension.orgUnitId });
    seen.add(extension.orgUnitId);
    const unit = await tx.getOrgUnit(extension.orgUnitId);
    if (!unit || unit.tenantId !== actor.tenantId) throw refused('unit_not_found', { field: 'extensions', orgUnitId: extension.orgUnitId });
    if (!unit.active) throw refused('unit_inactive', { field: 'extensions', orgUnitId: extension.orgUnitId });
  }
  return extensions.map((e) => ({ orgUnitId: e.orgUnitId, until: new Date(e.until).toISOString() }));
}

export async function listPeriodWindows(ctx: ServiceContext, actor: Actor): Promise<PeriodWindow[]> {
  requireAdmin(actor);
  return ctx.store.listPeriodWindows(actor.tenantId);
}

export function setPeriodWindow(
  ctx: ServiceContext, actor: Actor, period: { year: number; quarter: Quarter }, input: PeriodWindowUpdate,
): Promise<PeriodWindow> {
  requireAdmin(actor);
  return writeLogged(ctx, actor, async (tx, rev, at) => {
    const before = await tx.getPeriodWindow(actor.tenantId, period.year, period.quarter);
    const extensions = input.extensions ? await checkExtensions(tx, actor, input.extensions) : (before?.extensions ?? []);
    const after: PeriodWindow = {
      id: before?.id ?? randomUUID(), tenantId: actor.tenantId, rev, updatedAt: at.toISOString(), updatedBy: actor.id,
      deviceId: null, deleted: false, year: period.year, quarter: period.quarter, locked: input.locked,
      // Stored as the instant it is; the screens show it in the reader's own time zone.
      lockAt: input.lockAt === null ? null : new Date(input.lockAt).toISOString(),
      extensions,
    };
    await tx.putPeriodWindow(after);
    return {
      change: { entity: 'periodWindow', recordId: after.id, orgUnitId: null, op: before ? 'update' : 'insert', before, after },
      result: after,
    };
  });
}
