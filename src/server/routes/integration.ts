// Integration for other systems: the admin's service tokens, the exports a token reads, and the
// OpenAPI document. Export routes take only `Authorization: Bearer <token>`: a cookie session is
// not a way in (docs/security.md, "Service tokens"), and no other route reads the header.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { idParamsSchema } from '../../api/admin';
import { exportFormatSchema, exportQuerySchema, integrationRoutes, serviceTokenCreateSchema, type ExportFormat } from '../../api/integration';
import type { ServiceContext } from '../services/context';
import { requireAdmin } from '../services/admin/admin-log';
import { authenticateServiceToken, createServiceToken, listServiceTokens, revokeServiceToken } from '../services/auth/service-tokens';
import { agreementRows, pageOf, realisationRows, type Keyed } from '../services/operations/integration-export';
import { agreementHeaders, realisationHeaders, toCsv, toXlsx } from '../services/evidence/export-files';
import { openApiDocument } from '../../api/openapi';
import { invalidRequest } from './envelope';
import { requireSession } from './session-guard';

function parse<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalidRequest(parsed.error.issues);
  return parsed.data;
}

function bearerOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer ([\x21-\x7e]+)$/.exec(header.trim()) : null;
  return match?.[1];
}

const contentTypes: Record<Exclude<ExportFormat, 'json'>, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function registerIntegrationRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const document = openApiDocument();
  app.get(integrationRoutes.openapi, async (_request, reply) => reply.header('cache-control', 'no-cache').send(document));

  app.get(integrationRoutes.serviceTokens, async (request) => {
    const { actor } = await requireSession(ctx, request);
    requireAdmin(actor);
    return { serviceTokens: await listServiceTokens(ctx, actor) };
  });
  app.post(integrationRoutes.serviceTokens, async (request, reply) => {
    const { actor } = await requireSession(ctx, request);
    requireAdmin(actor);
    return reply.code(201).header('cache-control', 'no-store').send(await createServiceToken(ctx, actor, parse(serviceTokenCreateSchema, request.body)));
  });
  app.post(integrationRoutes.revokeServiceToken, async (request) => {
    const { actor } = await requireSession(ctx, request);
    requireAdmin(actor);
    return revokeServiceToken(ctx, actor, parse(idParamsSchema, request.params).id);
  });

  /** Token first (so a caller without one learns nothing from errors), then the query. */
  async function exportOf<T extends object>(
    request: FastifyRequest, reply: FastifyReply, kind: 'agreements' | 'realisations',
    rowsOf: (tenantId: string, year: number) => Promise<Array<Keyed<T>>>, headers: Parameters<typeof toCsv<T>>[0],
  ) {
    const token = bearerOf(request);
    const rawQuery = request.query as Record<string, unknown>;
    const use = { path: request.url.split('?')[0] ?? '', year: Number(rawQuery.year) || 0, format: exportFormatSchema.catch('json').parse(rawQuery.format) };
    const caller = await authenticateServiceToken(ctx, token, use);
    const query = parse(exportQuerySchema, request.query);
    const rows = await rowsOf(caller.tenantId, query.year);
    void reply.header('cache-control', 'no-store');
    if (query.format === 'json') {
      const page = pageOf(rows, query.cursor, query.limit);
      return reply.send({ year: query.year, generatedAt: ctx.now().toISOString(), ...page });
    }
    const all = rows.map((r) => r.row);
    const name = `${kind === 'agreements' ? 'pk' : 'realisasi'}-${query.year}.${query.format}`;
    const body = query.format === 'csv' ? toCsv(headers, all) : await toXlsx(headers, all, kind === 'agreements' ? 'PK' : 'Realisasi');
    return reply.header('content-type', contentTypes[query.format]).header('content-disposition', `attachment; filename="${name}"`).send(body);
  }

  app.get(integrationRoutes.exportAgreements, (request, reply) =>
    exportOf(request, reply, 'agreements', (tenantId, year) => agreementRows(ctx, tenantId, year), agreementHeaders));
  app.get(integrationRoutes.exportRealisations, (request, reply) =>
    exportOf(request, reply, 'realisations', (tenantId, year) => realisationRows(ctx, tenantId, year), realisationHeaders));
}
