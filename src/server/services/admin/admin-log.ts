// Admin writes go through the change log like every other write: one rev per change, taken under
// the tenant's writer lock, so devices pull org units and the audit trail records who did what.
import { canAdminister } from '../../../domain/permissions';
import type { Actor } from '../../../domain/user';
import type { Tx } from '../../store/connection';
import type { ServiceContext } from '../context';
import { ServiceError } from '../errors';

export function requireAdmin(actor: Actor): void {
  if (!canAdminister(actor, actor.tenantId).allowed) throw new ServiceError('forbidden');
}

/** A refusal the admin screens explain by its reason (see api/admin.ts adminRefusalReasons). */
export const refused = (reason: string, extra: Record<string, unknown> = {}): ServiceError =>
  new ServiceError('invalid_request', { reason, ...extra });

export interface LoggedChange {
  entity: string;
  recordId: string;
  orgUnitId: string | null;
  op: 'insert' | 'update';
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
}

/** Runs `write(tx, rev)` with a fresh rev of the actor's tenant and logs the change it returns. */
export function writeLogged<T>(ctx: ServiceContext, actor: Actor, write: (tx: Tx, rev: number, at: Date) => Promise<{ change: LoggedChange; result: T }>): Promise<T> {
  return ctx.store.transaction(async (tx) => {
    await tx.lockTenantCounter(actor.tenantId);
    const rev = await tx.nextRev(actor.tenantId);
    const at = ctx.now();
    const { change, result } = await write(tx, rev, at);
    await tx.appendChange({
      tenantId: actor.tenantId, rev, ...change, userId: actor.id, deviceId: null, mutationId: null, createdAt: at,
    });
    return result;
  });
}
