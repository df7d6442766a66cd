// The pemda's RPJMD plan (domain/rpjmd-plan.ts): the admin writes the visi, misi and tujuan of a
// plan period. A write is a tenant-wide synced row, so every device's pohon kinerja starts at the
// visi offline, and an audit entry. Refused when the period is wrong or overlaps another plan, and
// when it removes a tujuan that a sasaran daerah still serves (the link would point at nothing).
import { randomUUID } from 'node:crypto';
import type { RpjmdPlanUpdate } from '../../../api/admin';
import { canEditPlan } from '../../../domain/permissions';
import { tujuanById, validateRpjmdPlan, type RpjmdPlan } from '../../../domain/rpjmd-plan';
import type { Actor } from '../../../domain/user';
import type { ServiceContext } from '../context';
import { ServiceError } from '../errors';
import { refused, writeLogged } from './admin-log';

export function requirePlanEditor(actor: Actor): void {
  if (!canEditPlan(actor, actor.tenantId).allowed) throw new ServiceError('forbidden');
}

export async function listRpjmdPlans(ctx: ServiceContext, actor: Actor): Promise<RpjmdPlan[]> {
  requirePlanEditor(actor);
  return ctx.store.listRpjmdPlans(actor.tenantId);
}

export function setRpjmdPlan(ctx: ServiceContext, actor: Actor, periodStart: number, input: RpjmdPlanUpdate): Promise<RpjmdPlan> {
  requirePlanEditor(actor);
  const content = { periodStart, ...input };
  return writeLogged(ctx, actor, async (tx, rev, at) => {
    const plans = await tx.listRpjmdPlans(actor.tenantId);
    const problems = validateRpjmdPlan(content, plans);
    if (problems.length > 0) throw refused('plan_invalid', { problems });
    const before = plans.find((p) => p.periodStart === periodStart) ?? null;
    if (before) {
      const kept = tujuanById(content);
      const removed = [...tujuanById(before).keys()].filter((id) => !kept.has(id));
      const serving = removed.length === 0 ? [] : await tx.listGoalsServingTujuan(actor.tenantId, removed);
      if (serving.length > 0) throw refused('plan_tujuan_in_use', { sasaran: serving.map((g) => g.name) });
    }
    const after: RpjmdPlan = {
      id: before?.id ?? randomUUID(), tenantId: actor.tenantId, rev, updatedAt: at.toISOString(), updatedBy: actor.id,
      deviceId: null, deleted: false, ...content,
    };
    await tx.putRpjmdPlan(after);
    return {
      change: { entity: 'rpjmdPlan', recordId: after.id, orgUnitId: null, op: before ? 'update' : 'insert', before, after },
      result: after,
    };
  });
}
