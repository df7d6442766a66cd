// POST push, GET pull.
import type { FastifyInstance } from 'fastify';
import { apiRoutes } from '../../api/routes';
import { pullQuerySchema, pushRequestSchema } from '../../api/sync';
import type { ServiceContext } from '../services/context';
import { pull, push } from '../services/sync';
import { invalidRequest, languageOf } from './envelope';
import { requireSession } from './session-guard';

export function registerSyncRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  app.post(apiRoutes.push, async (request) => {
    const auth = await requireSession(ctx, request);
    const parsed = pushRequestSchema.safeParse(request.body);
    if (!parsed.success) throw invalidRequest(parsed.error.issues);
    return push(ctx, auth.actor, parsed.data, {
      sessionTokenHash: auth.tokenHash, userAgent: request.headers['user-agent'] ?? null, language: languageOf(request),
    });
  });

  app.get(apiRoutes.pull, async (request) => {
    const auth = await requireSession(ctx, request);
    const parsed = pullQuerySchema.safeParse(request.query);
    if (!parsed.success) throw invalidRequest(parsed.error.issues);
    return pull(ctx, auth.actor, parsed.data);
  });
}
