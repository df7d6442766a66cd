// The admin screens' calls (online only): the admin contract over the shared http client.
import { z } from 'zod';
import {
  adminPath, adminRoutes, auditPageSchema, oneTimePasswordResponseSchema, orgUnitListSchema, sessionListSchema,
  periodWindowListSchema, lkeTemplateListSchema, rpjmdPlanListSchema, tenantSettingsResponseSchema, userImportResponseSchema, userListSchema, adminUserSchema,
  type AuditQuery, type OrgUnitCreate, type OrgUnitUpdate, type LkeTemplateUpdate, type RpjmdPlanUpdate, type PeriodWindowUpdate, type TenantSettingsUpdate, type UserCreate, type UserUpdate,
} from '../../../api/admin';
import { orgUnitSchema } from '../../../domain/org-unit';
import { periodWindowSchema } from '../../../domain/period-window';
import { tenantLogoSchema } from '../../../domain/tenant';
import { lkeTemplateRecordSchema } from '../../../domain/lke-template-record';
import { rpjmdPlanSchema } from '../../../domain/rpjmd-plan';
import {
  integrationRoutes, serviceTokenCreatedSchema, serviceTokenListSchema, serviceTokenSchema, type ServiceTokenCreate,
} from '../../../api/integration';
import { requestJson, send } from '../../sync/http-client';

const query = (params: AuditQuery): string => {
  const entries = Object.entries(params).filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => [k, String(v)]);
  return new URLSearchParams(entries).toString();
};

export const adminApi = {
  listOrgUnits: async () => (await requestJson(undefined, 'GET', adminRoutes.orgUnits, orgUnitListSchema)).orgUnits,
  createOrgUnit: (input: OrgUnitCreate) => requestJson(undefined, 'POST', adminRoutes.orgUnits, orgUnitSchema, input),
  updateOrgUnit: (id: string, input: OrgUnitUpdate) => requestJson(undefined, 'PATCH', adminPath(adminRoutes.orgUnit, { id }), orgUnitSchema, input),
  listUsers: async () => (await requestJson(undefined, 'GET', adminRoutes.users, userListSchema)).users,
  createUser: (input: UserCreate) => requestJson(undefined, 'POST', adminRoutes.users, oneTimePasswordResponseSchema, input),
  updateUser: (id: string, input: UserUpdate) => requestJson(undefined, 'PATCH', adminPath(adminRoutes.user, { id }), adminUserSchema, input),
  resetPassword: (id: string) => requestJson(undefined, 'POST', adminPath(adminRoutes.resetPassword, { id }), oneTimePasswordResponseSchema),
  listSessions: async (id: string) => (await requestJson(undefined, 'GET', adminPath(adminRoutes.userSessions, { id }), sessionListSchema)).sessions,
  revokeSession: async (id: string, sessionId: string) => { await send(undefined, 'POST', adminPath(adminRoutes.revokeSession, { id, sessionId })); },
  importUsers: (csv: string) => requestJson(undefined, 'POST', adminRoutes.importUsers, userImportResponseSchema, { csv }),
  getSettings: () => requestJson(undefined, 'GET', adminRoutes.settings, tenantSettingsResponseSchema),
  updateSettings: (input: TenantSettingsUpdate) => requestJson(undefined, 'PUT', adminRoutes.settings, tenantSettingsResponseSchema, input),
  listPeriodWindows: async () => (await requestJson(undefined, 'GET', adminRoutes.periodWindows, periodWindowListSchema)).periodWindows,
  setPeriodWindow: (year: number, quarter: number, input: PeriodWindowUpdate) =>
    requestJson(undefined, 'PUT', adminPath(adminRoutes.periodWindow, { year: String(year), quarter: String(quarter) }), periodWindowSchema, input),
  listLkeTemplates: async () => (await requestJson(undefined, 'GET', adminRoutes.lkeTemplates, lkeTemplateListSchema)).lkeTemplates,
  putLkeTemplate: (year: number, input: LkeTemplateUpdate) =>
    requestJson(undefined, 'PUT', adminPath(adminRoutes.lkeTemplate, { year: String(year) }), lkeTemplateRecordSchema, input),
  listRpjmdPlans: async () => (await requestJson(undefined, 'GET', adminRoutes.rpjmdPlans, rpjmdPlanListSchema)).rpjmdPlans,
  putRpjmdPlan: (periodStart: number, input: RpjmdPlanUpdate) =>
    requestJson(undefined, 'PUT', adminPath(adminRoutes.rpjmdPlan, { periodStart: String(periodStart) }), rpjmdPlanSchema, input),
  uploadLogo: (file: Blob) => requestJson(undefined, 'PUT', adminRoutes.logo, tenantLogoSchema, file),
  removeLogo: async () => { await send(undefined, 'DELETE', adminRoutes.logo); },
  audit: (params: AuditQuery) => requestJson(undefined, 'GET', `${adminRoutes.audit}?${query(params)}`, auditPageSchema),
  auditCsvUrl: (params: AuditQuery) => `${adminRoutes.auditCsv}?${query(params)}`,
  listServiceTokens: async () => (await requestJson(undefined, 'GET', integrationRoutes.serviceTokens, serviceTokenListSchema)).serviceTokens,
  createServiceToken: (input: ServiceTokenCreate) => requestJson(undefined, 'POST', integrationRoutes.serviceTokens, serviceTokenCreatedSchema, input),
  revokeServiceToken: (id: string) => requestJson(undefined, 'POST', adminPath(integrationRoutes.revokeServiceToken, { id }), serviceTokenSchema),
};

/** The refusal reason an admin endpoint gave (api/admin.ts adminRefusalReasons), if any. */
export function refusalReason(details: unknown): string | null {
  const parsed = z.object({ reason: z.string() }).safeParse(details);
  return parsed.success ? parsed.data.reason : null;
}
