// An entry's history for whoever may read the entry: every change with who, when, device and the
// fields it set (before → after). Another unit's or tenant's entry is not_found, as if absent.
import type { HistoryEntry } from '../../api/history';
import { canRead } from '../../domain/permissions';
import type { Actor } from '../../domain/user';
import type { ServiceContext } from './context';
import { ServiceError } from './errors';

/** What a person changes on an entry; sync bookkeeping (rev, updatedAt…) is left out. */
const shownFields = ['value', 'drivers', 'obstacles', 'followUp', 'status', 'reviewNote'] as const;

export async function getRealisationHistory(ctx: ServiceContext, actor: Actor, id: string): Promise<HistoryEntry[]> {
  const row = await ctx.store.getRealisation(id);
  if (!row || row.tenantId !== actor.tenantId || !canRead(actor, row).allowed) throw new ServiceError('not_found');
  const [changes, users] = await Promise.all([
    ctx.store.listChangesOfRecord(actor.tenantId, 'realisation', id),
    ctx.store.listUsers(actor.tenantId),
  ]);
  const byId = new Map(users.map((u) => [u.id, u]));
  return changes.map((change) => {
    const before = change.before ?? {};
    const fields = shownFields
      .filter((f) => change.after[f] !== undefined && JSON.stringify(before[f]) !== JSON.stringify(change.after[f]))
      .map((f) => ({ field: f, before: before[f] ?? null, after: change.after[f] }));
    const user = change.userId ? byId.get(change.userId) : undefined;
    return {
      rev: change.rev, at: change.createdAt.toISOString(), userName: user?.name ?? null, username: user?.username ?? null,
      deviceId: change.deviceId, op: change.op, fields,
    };
  });
}
