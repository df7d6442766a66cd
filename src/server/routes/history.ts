// GET /api/realisations/:id/history (any signed-in user who may read the entry).
import type { FastifyInstance } from 'fastify';
import { historyParamsSchema } from '../../api/history';
import { apiRoutes } from '../../api/routes';
import type { ServiceContext } from '../services/context';
import { getRealisationHistory } from '../services/realisations/realisation-history';
import { invalidRequest } from './envelope';
import { requireSession } from './session-guard';

export function registerHistoryRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  app.get(apiRoutes.realisationHistory, async (request, reply) => {
    const { actor } = await requireSession(ctx, request);
    const params = historyParamsSchema.safeParse(request.params);
    if (!params.success) throw invalidRequest(params.error.issues);
    const entries = await getRealisationHistory(ctx, actor, params.data.id);
    return reply.header('cache-control', 'private, no-store').send({ entries });
  });
}
