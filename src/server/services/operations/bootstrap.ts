// The session info a device stores first: who is logged in, their tenant and unit.
import type { SessionInfo } from '../../../api/auth';
import type { User } from '../../../domain/user';
import type { ServiceContext } from '../context';

export async function getSessionInfo(ctx: ServiceContext, user: User, sessionExpiresAt: Date): Promise<SessionInfo> {
  const [tenant, orgUnit, record] = await Promise.all([
    ctx.store.getTenant(user.tenantId), ctx.store.getOrgUnit(user.orgUnitId), ctx.store.findUserById(user.id),
  ]);
  if (!tenant || !orgUnit) throw new Error(`user ${user.id} points at a missing tenant or unit`);
  return {
    user, tenant, orgUnit, sessionExpiresAt: sessionExpiresAt.toISOString(), serverTime: ctx.now().toISOString(),
    mustChangePassword: record?.mustChangePassword ?? false,
  };
}
