// Jadwal input: the admin opens and locks each quarter of a year for the whole tenant. A write is a
// tenant-wide synced row (devices pull it and warn) and an audit entry; period-guard.ts enforces it.
import { randomUUID } from 'node:crypto';
import type { PeriodWindowUpdate } from '../../api/admin';
import type { Quarter } from '../../domain/period';
import type { PeriodWindow } from '../../domain/period-window';
import type { Actor } from '../../domain/user';
import type { ServiceContext } from './context';
import { requireAdmin, writeLogged } from './admin-log';

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
    const after: PeriodWindow = {
      id: before?.id ?? randomUUID(), tenantId: actor.tenantId, rev, updatedAt: at.toISOString(), updatedBy: actor.id,
      deviceId: null, deleted: false, year: period.year, quarter: period.quarter, locked: input.locked,
      // Stored as the instant it is; the screens show it in the reader's own time zone.
      lockAt: input.lockAt === null ? null : new Date(input.lockAt).toISOString(),
    };
    await tx.putPeriodWindow(after);
    return {
      change: { entity: 'periodWindow', recordId: after.id, orgUnitId: null, op: before ? 'update' : 'insert', before, after },
      result: after,
    };
  });
}
