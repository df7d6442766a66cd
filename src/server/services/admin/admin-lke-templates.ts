// The pemda's own LKE template of a year (domain/lke-template-record.ts): the admin copies last
// year's and adapts it. A write is a tenant-wide synced row, so devices answer and score on it
// offline, and an audit entry. Refused when it would not score out of 100, and once a unit's LKE
// of that year is final: its score, LHE and the recap were made on the template as it was.
import { randomUUID } from 'node:crypto';
import type { LkeTemplateUpdate } from '../../../api/admin';
import { validateLkeTemplate } from '../../../domain/lke-template';
import type { LkeTemplateRecord } from '../../../domain/lke-template-record';
import type { Actor } from '../../../domain/user';
import type { ServiceContext } from '../context';
import { refused, requireAdmin, writeLogged } from './admin-log';

export async function listLkeTemplates(ctx: ServiceContext, actor: Actor): Promise<LkeTemplateRecord[]> {
  requireAdmin(actor);
  return ctx.store.listLkeTemplates(actor.tenantId);
}

export function setLkeTemplate(ctx: ServiceContext, actor: Actor, year: number, input: LkeTemplateUpdate): Promise<LkeTemplateRecord> {
  requireAdmin(actor);
  const problems = validateLkeTemplate({ year, ...input });
  if (problems.length > 0) throw refused('lke_template_weights', { problems });
  return writeLogged(ctx, actor, async (tx, rev, at) => {
    // Under the tenant's writer lock, like a push that finalises an LKE: neither can slip past the other.
    const finalCount = await tx.countFinalLkeEvaluations(actor.tenantId, year);
    if (finalCount > 0) throw refused('lke_template_in_use', { finalCount });
    const before = await tx.findLkeTemplate(actor.tenantId, year);
    const after: LkeTemplateRecord = {
      id: before?.id ?? randomUUID(), tenantId: actor.tenantId, rev, updatedAt: at.toISOString(), updatedBy: actor.id,
      deviceId: null, deleted: false, year, title: input.title, components: input.components,
    };
    await tx.putLkeTemplate(after);
    return {
      change: { entity: 'lkeTemplate', recordId: after.id, orgUnitId: null, op: before ? 'update' : 'insert', before, after },
      result: after,
    };
  });
}

