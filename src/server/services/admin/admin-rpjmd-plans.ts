// The pemda's RPJMD plan (domain/rpjmd-plan.ts): the admin writes the visi, misi and tujuan of a
// plan period, and its sasaran daerah with their IKU and targets. A write is a tenant-wide synced
// row, so every device's pohon kinerja starts at the visi offline, and an audit entry. Refused when
// the period is wrong or overlaps another plan, when a sasaran of the plan names no tujuan of it,
// and when it removes a tujuan that a PK's sasaran daerah still serves (the link would point at
// nothing). A request without `sasaran` (an admin's device still on the build before them) keeps
// the stored ones: it never wipes them; if it removes a tujuan they serve, it is refused as a
// sasaran naming no tujuan (plan_invalid), never a silent loss of their targets.
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
  return writeLogged(ctx, actor, async (tx, rev, at) => {
    const plans = await tx.listRpjmdPlans(actor.tenantId);
    const before = plans.find((p) => p.periodStart === periodStart) ?? null;
    const content = { periodStart, ...input, sasaran: input.sasaran ?? before?.sasaran ?? [] };
    const problems = validateRpjmdPlan(content, plans);
    if (problems.length > 0) throw refused('plan_invalid', { problems });
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
