// The signed-in session of the component tests: its pemda, its unit (Dinas Kesehatan, `unitId`) and
// the session info the app opens with. Rows come from the shared builders (test/support/factories.ts).
import type { SessionInfo } from '../../../../src/api/auth';
import type { Agreement } from '../../../../src/domain/agreement';
import type { OrgUnit } from '../../../../src/domain/org-unit';
import type { Role } from '../../../../src/domain/role';
import * as factories from '../../../support/factories';

export const tenantId = '10000000-0000-4000-8000-000000000001';
export const unitId = '10000000-0000-4000-8000-000000000002';
export const otherUnitId = '10000000-0000-4000-8000-000000000003';

export const sessionTenant = factories.buildTenant({ id: tenantId });
/** The signed-in user's unit; build a PK of it with `buildAgreement(sessionUnit)`. */
export const sessionUnit: Readonly<OrgUnit> = Object.freeze(factories.buildOrgUnit(sessionTenant, { id: unitId }));

export function buildSessionInfo(role: Role = 'operator'): SessionInfo {
  return {
    user: {
      id: crypto.randomUUID(),
      tenantId,
      orgUnitId: unitId,
      username: 'siti',
      name: 'Siti Rahma',
      role,
      position: 'Analis Perencanaan',
      nip: null,
      active: true,
      planner: false,
    },
    tenant: { ...sessionTenant },
    orgUnit: { ...sessionUnit },
    sessionExpiresAt: '2099-01-01T00:00:00.000Z',
    serverTime: new Date().toISOString(),
  };
}

/** A row of the signed-in user's unit (or, with an `id` override, another unit of the same tenant). */
export const sessionUnitRow = (overrides: Partial<OrgUnit> = {}): OrgUnit => factories.buildOrgUnit(sessionTenant, { id: unitId, ...overrides });
/** A PK of the signed-in user's unit. */
export const sessionAgreement = (overrides: Partial<Agreement> = {}): Agreement => factories.buildAgreement(sessionUnit, overrides);
