// The OpenAPI 3.1 document of the whole API, generated from the zod contract of this folder with
// zod's own z.toJSONSchema (JSON Schema 2020-12, which OpenAPI 3.1 uses). Every route the server
// registers must be listed in `operations`: test/api/openapi.test.ts compares it with the route table.
import { z } from 'zod';
import { apiRoutes, clientHeader, sessionCookieName } from './routes';
import {
  adminRoutes, auditPageSchema, auditQuerySchema, idParamsSchema, oneTimePasswordResponseSchema, orgUnitCreateSchema, orgUnitListSchema,
  orgUnitUpdateSchema, passwordChangeRequestSchema, periodWindowListSchema, periodWindowParamsSchema, periodWindowUpdateSchema, lkeTemplateListSchema, lkeTemplateParamsSchema, lkeTemplateUpdateSchema, rpjmdPlanListSchema, rpjmdPlanParamsSchema, rpjmdPlanUpdateSchema,
  sessionListSchema, sessionParamsSchema, tenantSettingsResponseSchema, tenantSettingsUpdateSchema, userCreateSchema, userImportRequestSchema,
  userImportResponseSchema, userListSchema, userUpdateSchema, adminUserSchema,
} from './admin';
import { loginRequestSchema, sessionInfoSchema } from './auth';
import { pullQuerySchema, pullResponseSchema, pushRequestSchema, pushResponseSchema } from './sync';
import { historyParamsSchema, historyResponseSchema } from './history';
import { errorEnvelopeSchema } from './errors';
import {
  agreementExportPageSchema, exportQuerySchema, integrationRoutes, realisationExportPageSchema, serviceTokenCreateSchema,
  serviceTokenCreatedSchema, serviceTokenListSchema, serviceTokenSchema,
} from './integration';
import { orgUnitSchema } from '../domain/org-unit';
import { periodWindowSchema } from '../domain/period-window';
import { lkeTemplateRecordSchema } from '../domain/lke-template-record';
import { rpjmdPlanSchema } from '../domain/rpjmd-plan';
import { tenantLogoSchema } from '../domain/tenant';

type Auth = 'none' | 'session' | 'admin' | 'planner' | 'serviceToken';
type Body = z.ZodType | { binary: string };

export interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  summary: string;
  tag: string;
  auth: Auth;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: Body;
  /** Status and body of the success answer; null = no body. */
  status?: number;
  response: Body | null;
}

const healthSchema = z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']), serverTime: z.iso.datetime() });
const readinessSchema = z.object({ status: z.enum(['ready', 'not_ready']), database: z.boolean(), files: z.boolean() });
/** The upload answer (api/attachments.ts keeps its type zod-free for the device's first load). */
const uploadResponseSchema = z.union([
  z.object({ status: z.literal('stored'), sha256: z.string(), size: z.number().int(), mimeType: z.string() }),
  z.object({ status: z.literal('partial'), received: z.number().int() }),
]);
const sha256Params = z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/) });
const fileBytes = { binary: 'image/jpeg, image/png, image/webp or application/pdf' };
const logoBytes = { binary: 'image/png, image/jpeg or image/webp' };
const exportFile = { binary: 'application/json (format=json), text/csv (format=csv: semicolons, UTF-8 with BOM) or XLSX (format=xlsx)' };

export const operations: readonly Operation[] = [
  { method: 'get', path: apiRoutes.health, summary: 'Liveness', tag: 'health', auth: 'none', response: healthSchema },
  { method: 'get', path: apiRoutes.ready, summary: 'Readiness of the database and the file store (503 when not ready)', tag: 'health', auth: 'none', response: readinessSchema },
  { method: 'get', path: integrationRoutes.openapi, summary: 'This document', tag: 'integration', auth: 'none', response: { binary: 'application/json' } },
  { method: 'post', path: apiRoutes.login, summary: 'Sign in (sets the session cookie)', tag: 'auth', auth: 'none', body: loginRequestSchema, response: sessionInfoSchema },
  { method: 'post', path: apiRoutes.logout, summary: 'Sign out', tag: 'auth', auth: 'none', status: 204, response: null },
  { method: 'get', path: apiRoutes.session, summary: 'The signed-in user', tag: 'auth', auth: 'session', response: sessionInfoSchema },
  { method: 'post', path: apiRoutes.password, summary: 'Change the own password', tag: 'auth', auth: 'session', body: passwordChangeRequestSchema, status: 204, response: null },
  { method: 'post', path: apiRoutes.push, summary: 'Send a device’s mutations', tag: 'sync', auth: 'session', body: pushRequestSchema, response: pushResponseSchema },
  { method: 'get', path: apiRoutes.pull, summary: 'Changes after a cursor that the user may see', tag: 'sync', auth: 'session', query: pullQuerySchema, response: pullResponseSchema },
  { method: 'put', path: apiRoutes.attachment, summary: 'Upload an evidence file, whole or in Content-Range chunks (202 while partial)', tag: 'files', auth: 'session', params: sha256Params, body: fileBytes, response: uploadResponseSchema },
  { method: 'get', path: apiRoutes.attachment, summary: 'Download an evidence file', tag: 'files', auth: 'session', params: sha256Params, response: fileBytes },
  { method: 'get', path: apiRoutes.tenantLogo, summary: 'The logo of the own pemda', tag: 'files', auth: 'session', response: logoBytes },
  { method: 'get', path: apiRoutes.realisationHistory, summary: 'History of a realisation', tag: 'sync', auth: 'session', params: historyParamsSchema, response: historyResponseSchema },
  { method: 'get', path: adminRoutes.orgUnits, summary: 'Org units', tag: 'admin', auth: 'admin', response: orgUnitListSchema },
  { method: 'post', path: adminRoutes.orgUnits, summary: 'Create an org unit', tag: 'admin', auth: 'admin', body: orgUnitCreateSchema, status: 201, response: orgUnitSchema },
  { method: 'patch', path: adminRoutes.orgUnit, summary: 'Change an org unit', tag: 'admin', auth: 'admin', params: idParamsSchema, body: orgUnitUpdateSchema, response: orgUnitSchema },
  { method: 'get', path: adminRoutes.users, summary: 'Accounts', tag: 'admin', auth: 'admin', response: userListSchema },
  { method: 'post', path: adminRoutes.users, summary: 'Create an account (one-time password shown once)', tag: 'admin', auth: 'admin', body: userCreateSchema, status: 201, response: oneTimePasswordResponseSchema },
  { method: 'patch', path: adminRoutes.user, summary: 'Change an account', tag: 'admin', auth: 'admin', params: idParamsSchema, body: userUpdateSchema, response: adminUserSchema },
  { method: 'post', path: adminRoutes.resetPassword, summary: 'Reset a password (one-time password shown once)', tag: 'admin', auth: 'admin', params: idParamsSchema, response: oneTimePasswordResponseSchema },
  { method: 'get', path: adminRoutes.userSessions, summary: 'Sessions of an account', tag: 'admin', auth: 'admin', params: idParamsSchema, response: sessionListSchema },
  { method: 'post', path: adminRoutes.revokeSession, summary: 'End one session', tag: 'admin', auth: 'admin', params: sessionParamsSchema, status: 204, response: null },
  { method: 'post', path: adminRoutes.importUsers, summary: 'Import accounts from CSV', tag: 'admin', auth: 'admin', body: userImportRequestSchema, response: userImportResponseSchema },
  { method: 'get', path: adminRoutes.settings, summary: 'Tenant settings', tag: 'admin', auth: 'admin', response: tenantSettingsResponseSchema },
  { method: 'put', path: adminRoutes.settings, summary: 'Change tenant settings', tag: 'admin', auth: 'admin', body: tenantSettingsUpdateSchema, response: tenantSettingsResponseSchema },
  { method: 'put', path: adminRoutes.logo, summary: 'Upload the pemda’s logo', tag: 'admin', auth: 'admin', body: logoBytes, response: tenantLogoSchema },
  { method: 'delete', path: adminRoutes.logo, summary: 'Remove the logo', tag: 'admin', auth: 'admin', status: 204, response: null },
  { method: 'get', path: adminRoutes.lkeTemplates, summary: "The pemda's own LKE templates", tag: 'admin', auth: 'admin', response: lkeTemplateListSchema },
  { method: 'put', path: adminRoutes.lkeTemplate, summary: "Set a year's LKE template", tag: 'admin', auth: 'admin', params: lkeTemplateParamsSchema, body: lkeTemplateUpdateSchema, response: lkeTemplateRecordSchema },
  { method: 'get', path: adminRoutes.rpjmdPlans, summary: "The pemda's RPJMD plans (visi, misi, tujuan)", tag: 'admin', auth: 'planner', response: rpjmdPlanListSchema },
  { method: 'put', path: adminRoutes.rpjmdPlan, summary: "Set a plan period's visi, misi and tujuan", tag: 'admin', auth: 'planner', params: rpjmdPlanParamsSchema, body: rpjmdPlanUpdateSchema, response: rpjmdPlanSchema },
  { method: 'get', path: adminRoutes.periodWindows, summary: 'Input windows (jadwal input)', tag: 'admin', auth: 'admin', response: periodWindowListSchema },
  { method: 'put', path: adminRoutes.periodWindow, summary: 'Lock or schedule a quarter', tag: 'admin', auth: 'admin', params: periodWindowParamsSchema, body: periodWindowUpdateSchema, response: periodWindowSchema },
  { method: 'get', path: adminRoutes.audit, summary: 'Audit log', tag: 'admin', auth: 'admin', query: auditQuerySchema, response: auditPageSchema },
  { method: 'get', path: adminRoutes.auditCsv, summary: 'Audit log as CSV', tag: 'admin', auth: 'admin', query: auditQuerySchema, response: { binary: 'text/csv' } },
  { method: 'get', path: integrationRoutes.serviceTokens, summary: 'Service tokens of the tenant', tag: 'integration', auth: 'admin', response: serviceTokenListSchema },
  { method: 'post', path: integrationRoutes.serviceTokens, summary: 'Create a read-only service token (the token is in this answer only)', tag: 'integration', auth: 'admin', body: serviceTokenCreateSchema, status: 201, response: serviceTokenCreatedSchema },
  { method: 'post', path: integrationRoutes.revokeServiceToken, summary: 'Revoke a service token', tag: 'integration', auth: 'admin', params: idParamsSchema, response: serviceTokenSchema },
  { method: 'get', path: integrationRoutes.exportAgreements, summary: 'PKs of a year, one row per indicator (JSON paged by cursor, CSV, XLSX)', tag: 'integration', auth: 'serviceToken', query: exportQuerySchema, response: agreementExportPageSchema },
  { method: 'get', path: integrationRoutes.exportRealisations, summary: 'Realisations of a year with status and capaian (JSON paged by cursor, CSV, XLSX)', tag: 'integration', auth: 'serviceToken', query: exportQuerySchema, response: realisationExportPageSchema },
];
/** CSV and XLSX answers of the export routes. */
const alternativeFiles = new Set<string>([integrationRoutes.exportAgreements, integrationRoutes.exportRealisations]);

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

function content(body: Body, io: 'input' | 'output'): JsonSchema {
  if ('binary' in body) return { 'application/octet-stream': { schema: { type: 'string', contentMediaType: body.binary } } };
  return { 'application/json': { schema: jsonSchema(body, io) } };
}

function parameters(schema: z.ZodObject | undefined, where: 'path' | 'query'): JsonSchema[] {
  if (!schema) return [];
  const object = jsonSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, property]) => ({
    name, in: where, required: where === 'path' || (object.required ?? []).includes(name), schema: property,
  }));
}

const security: Record<Auth, JsonSchema[]> = {
  none: [], session: [{ session: [] }], admin: [{ session: [] }], planner: [{ session: [] }], serviceToken: [{ serviceToken: [] }],
};

export const openApiPath = (route: string): string => route.replace(/:(\w+)/g, '{$1}');

export function openApiDocument(): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  const error = { description: 'The error envelope', content: { 'application/json': { schema: jsonSchema(errorEnvelopeSchema, 'output') } } };
  for (const op of operations) {
    const status = String(op.status ?? 200);
    const success: JsonSchema = { description: op.response === null ? 'No content' : 'Success' };
    if (op.response !== null) {
      success.content = content(op.response, 'output');
      if (alternativeFiles.has(op.path)) Object.assign(success.content as JsonSchema, content(exportFile, 'output'));
    }
    const operation: JsonSchema = {
      summary: op.summary, tags: [op.tag], operationId: `${op.method}${openApiPath(op.path).replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ?? '').toUpperCase())}`,
      security: security[op.auth],
      parameters: [...parameters(op.params, 'path'), ...parameters(op.query, 'query')],
      responses: { [status]: success, '4XX': error, '5XX': error },
    };
    if (op.auth === 'admin') operation.description = 'Admin role of the tenant only.';
    if (op.auth === 'planner') operation.description = "The tenant's admin, or an evaluator given the planner right.";
    if (op.body) operation.requestBody = { required: true, content: content(op.body, 'input') };
    (paths[openApiPath(op.path)] ??= {})[op.method] = operation;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Pantau Kinerja API', version: '1',
      description: `Perjanjian Kinerja and quarterly realisations. Errors: { error: { code, message, details? } }. Cookie-authenticated writes need the header ${clientHeader.name}: ${clientHeader.value}.`,
    },
    paths,
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: sessionCookieName },
        serviceToken: { type: 'http', scheme: 'bearer', description: 'A read-only service token created by the tenant’s admin (export endpoints only).' },
      },
    },
  };
}
