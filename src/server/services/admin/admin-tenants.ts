// Super-admin (install time, CLI only): a new tenant with its root unit and first admin account.
import { randomUUID } from 'node:crypto';
import { usernameSchema } from '../../../api/admin';
import { defaultTenantSettings } from '../../../domain/default-settings';
import type { OrgUnit } from '../../../domain/org-unit';
import type { Tenant } from '../../../domain/tenant';
import { tenantKindSchema } from '../../../domain/tenant';
import type { User } from '../../../domain/user';
import type { ServiceContext } from '../context';
import { hashPassword } from '../auth/password';
import { generateOneTimePassword } from './admin-users';

export interface NewTenantInput {
  name: string;
  kind: string;
  adminUsername: string;
  adminName?: string;
  rootUnitName?: string;
}

export interface NewTenantResult { tenant: Tenant; rootUnit: OrgUnit; admin: User; oneTimePassword: string }

export async function createTenantWithAdmin(ctx: ServiceContext, input: NewTenantInput): Promise<NewTenantResult> {
  const kind = tenantKindSchema.parse(input.kind);
  const username = usernameSchema.parse(input.adminUsername);
  const name = input.name.trim();
  if (name.length === 0 || name.length > 200) throw new Error('The tenant name must be 1–200 characters.');
  if (await ctx.store.findUserByUsername(username)) throw new Error(`The username ${username} is already taken.`);
  const oneTimePassword = generateOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  const now = ctx.now();
  const tenant: Tenant = { id: randomUUID(), name, kind, regionalHeadName: '', regionalHeadTitle: '', settings: defaultTenantSettings };
  return ctx.store.transaction(async (tx) => {
    await tx.insertTenant(tenant);
    await tx.lockTenantCounter(tenant.id);
    const rev = await tx.nextRev(tenant.id);
    const rootUnit: OrgUnit = {
      id: randomUUID(), tenantId: tenant.id, rev, updatedAt: now.toISOString(), updatedBy: null, deviceId: null, deleted: false,
      parentId: null, code: 'SETDA', name: input.rootUnitName ?? 'Sekretariat Daerah', type: 'setda', active: true,
    };
    await tx.insertSyncedRow('orgUnit', rootUnit);
    await tx.appendChange({
      tenantId: tenant.id, rev, entity: 'orgUnit', recordId: rootUnit.id, orgUnitId: null, op: 'insert', before: null, after: rootUnit,
      userId: null, deviceId: null, mutationId: null, createdAt: now,
    });
    const admin: User = {
      id: randomUUID(), tenantId: tenant.id, orgUnitId: rootUnit.id, username, name: input.adminName ?? 'Admin SAKIP',
      role: 'admin', position: 'Admin SAKIP', nip: null, active: true, planner: false,
    };
    await tx.insertUser(admin, passwordHash, true);
    return { tenant, rootUnit, admin, oneTimePassword };
  });
}
