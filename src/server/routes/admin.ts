// Administration endpoints (admin role, own tenant) and the own-password change (any signed-in user).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import {
  adminRoutes, auditQuerySchema, idParamsSchema, orgUnitCreateSchema, orgUnitUpdateSchema, passwordChangeRequestSchema,
  lkeTemplateParamsSchema, lkeTemplateUpdateSchema, rpjmdPlanParamsSchema, rpjmdPlanUpdateSchema, periodWindowParamsSchema, periodWindowUpdateSchema, sessionParamsSchema, tenantSettingsUpdateSchema, userCreateSchema, userImportRequestSchema, userUpdateSchema,
} from '../../api/admin';
import { apiRoutes } from '../../api/routes';
import type { ServiceContext } from '../services/context';
import { createOrgUnit, listOrgUnits, updateOrgUnit } from '../services/admin/admin-org-units';
import { createUser, importUsers, listSessions, listUsers, resetPassword, revokeSession, updateUser } from '../services/admin/admin-users';
import { getTenantSettings, updateTenantSettings } from '../services/admin/admin-settings';
import { listPeriodWindows, setPeriodWindow } from '../services/admin/admin-period-windows';
import { listLkeTemplates, setLkeTemplate } from '../services/admin/admin-lke-templates';
import { listRpjmdPlans, requirePlanEditor, setRpjmdPlan } from '../services/admin/admin-rpjmd-plans';
import { auditCsv, listAudit } from '../services/admin/admin-audit';
import { changeOwnPassword } from '../services/admin/admin-password';
import { requireAdmin } from '../services/admin/admin-log';
import { invalidRequest, languageOf } from './envelope';
import { requireSession, type SignedIn } from './session-guard';

function parse<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalidRequest(parsed.error.issues);
  return parsed.data;
}

/** Signed in as an admin: checked before any input is read, so others learn nothing from errors. */
async function admin(ctx: ServiceContext, request: FastifyRequest): Promise<SignedIn> {
  const auth = await requireSession(ctx, request);
  requireAdmin(auth.actor);
  return auth;
}

/** Signed in as who keeps the pemda's plan: the admin or a planner (domain/permissions.ts canEditPlan). */
async function planEditor(ctx: ServiceContext, request: FastifyRequest): Promise<SignedIn> {
  const auth = await requireSession(ctx, request);
  requirePlanEditor(auth.actor);
  return auth;
}

export function registerAdminRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  app.post(apiRoutes.password, async (request, reply) => {
    const auth = await requireSession(ctx, request, { allowPendingPasswordChange: true });
    await changeOwnPassword(ctx, auth.actor, parse(passwordChangeRequestSchema, request.body), auth.tokenHash, request.ip);
    return reply.code(204).send();
  });

  app.get(adminRoutes.orgUnits, async (request) => {
    const { actor } = await admin(ctx, request);
    return { orgUnits: await listOrgUnits(ctx, actor) };
  });
  app.post(adminRoutes.orgUnits, async (request, reply) => {
    const { actor } = await admin(ctx, request);
    return reply.code(201).send(await createOrgUnit(ctx, actor, parse(orgUnitCreateSchema, request.body)));
  });
  app.patch(adminRoutes.orgUnit, async (request) => {
    const { actor } = await admin(ctx, request);
    const { id } = parse(idParamsSchema, request.params);
    return updateOrgUnit(ctx, actor, id, parse(orgUnitUpdateSchema, request.body));
  });

  app.get(adminRoutes.users, async (request) => {
    const { actor } = await admin(ctx, request);
    return { users: await listUsers(ctx, actor) };
  });
  app.post(adminRoutes.users, async (request, reply) => {
    const { actor } = await admin(ctx, request);
    return reply.code(201).header('cache-control', 'no-store').send(await createUser(ctx, actor, parse(userCreateSchema, request.body)));
  });
  app.patch(adminRoutes.user, async (request) => {
    const { actor } = await admin(ctx, request);
    const { id } = parse(idParamsSchema, request.params);
    return updateUser(ctx, actor, id, parse(userUpdateSchema, request.body));
  });
  app.post(adminRoutes.resetPassword, async (request, reply) => {
    const { actor } = await admin(ctx, request);
    const { id } = parse(idParamsSchema, request.params);
    return reply.header('cache-control', 'no-store').send(await resetPassword(ctx, actor, id));
  });
  app.get(adminRoutes.userSessions, async (request) => {
    const { actor } = await admin(ctx, request);
    const { id } = parse(idParamsSchema, request.params);
    return { sessions: await listSessions(ctx, actor, id) };
  });
  app.post(adminRoutes.revokeSession, async (request, reply) => {
    const { actor } = await admin(ctx, request);
    const { id, sessionId } = parse(sessionParamsSchema, request.params);
    await revokeSession(ctx, actor, id, sessionId);
    return reply.code(204).send();
  });
  app.post(adminRoutes.importUsers, async (request, reply) => {
    const { actor } = await admin(ctx, request);
    const { csv } = parse(userImportRequestSchema, request.body);
    return reply.header('cache-control', 'no-store').send(await importUsers(ctx, actor, csv, languageOf(request)));
  });

  app.get(adminRoutes.settings, async (request) => {
    const { actor } = await admin(ctx, request);
    return getTenantSettings(ctx, actor);
  });
  app.put(adminRoutes.settings, async (request) => {
    const { actor } = await admin(ctx, request);
    return updateTenantSettings(ctx, actor, parse(tenantSettingsUpdateSchema, request.body));
  });

  app.get(adminRoutes.periodWindows, async (request) => {
    const { actor } = await admin(ctx, request);
    return { periodWindows: await listPeriodWindows(ctx, actor) };
  });
  app.put(adminRoutes.periodWindow, async (request) => {
    const { actor } = await admin(ctx, request);
    const period = parse(periodWindowParamsSchema, request.params);
    return setPeriodWindow(ctx, actor, period, parse(periodWindowUpdateSchema, request.body));
  });

  app.get(adminRoutes.lkeTemplates, async (request) => {
    const { actor } = await admin(ctx, request);
    return { lkeTemplates: await listLkeTemplates(ctx, actor) };
  });
  app.put(adminRoutes.lkeTemplate, async (request) => {
    const { actor } = await admin(ctx, request);
    const { year } = parse(lkeTemplateParamsSchema, request.params);
    return setLkeTemplate(ctx, actor, year, parse(lkeTemplateUpdateSchema, request.body));
  });

  app.get(adminRoutes.rpjmdPlans, async (request) => {
    const { actor } = await planEditor(ctx, request);
    return { rpjmdPlans: await listRpjmdPlans(ctx, actor) };
  });
  app.put(adminRoutes.rpjmdPlan, async (request) => {
    const { actor } = await planEditor(ctx, request);
    const { periodStart } = parse(rpjmdPlanParamsSchema, request.params);
    return setRpjmdPlan(ctx, actor, periodStart, parse(rpjmdPlanUpdateSchema, request.body));
  });

  app.get(adminRoutes.audit, async (request) => {
    const { actor } = await admin(ctx, request);
    return listAudit(ctx, actor, parse(auditQuerySchema, request.query));
  });
  app.get(adminRoutes.auditCsv, async (request, reply) => {
    const { actor } = await admin(ctx, request);
    const query = parse(auditQuerySchema, request.query);
    const csv = await auditCsv(ctx, actor, query, query.lang ?? languageOf(request));
    return reply.header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="audit-log.csv"').send(csv);
  });
}
