// Security events in the audit trail: sign-in, a burst of wrong passwords that locks an account for a
// while, sign-out, a session an admin ended, a password changed. They share the change log with data
// changes (one rev each, under the tenant's writer lock) but are not a synced entity: devices skip
// them at pull (services/sync/sync.ts) and only the admin's audit screen reads them.
import { securityEntity, type SecurityEvent } from '../../../domain/audit-event';
import type { ServiceContext } from '../context';

export interface SecurityEventInput {
  event: SecurityEvent;
  /** Whose account the event is about. */
  subject: { id: string; tenantId: string; orgUnitId: string; username: string };
  /** Who did it: the subject themselves, an admin, or null (an unknown guesser). */
  actorId: string | null;
  details?: Record<string, string | null>;
}

export async function logSecurityEvent(ctx: ServiceContext, input: SecurityEventInput): Promise<void> {
  const { subject } = input;
  await ctx.store.transaction(async (tx) => {
    await tx.lockTenantCounter(subject.tenantId);
    const rev = await tx.nextRev(subject.tenantId);
    await tx.appendChange({
      tenantId: subject.tenantId, rev, entity: securityEntity, recordId: subject.id, orgUnitId: subject.orgUnitId, op: 'insert',
      before: null, after: { event: input.event, userId: subject.id, username: subject.username, ...input.details },
      userId: input.actorId, deviceId: null, mutationId: null, createdAt: ctx.now(),
    });
  });
}
