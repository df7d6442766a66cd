// POST push, GET pull.
import type { FastifyInstance } from 'fastify';
import { apiRoutes, syncProtocol } from '../../api/routes';
import { pullQuerySchema, pushRequestSchema } from '../../api/sync';
import type { ServiceContext } from '../services/context';
import { pull, push } from '../services/sync/sync';
import { ServiceError } from '../services/errors';
import { invalidRequest, languageOf } from './envelope';
import { requireSession } from './session-guard';

/** A device's work travels only under its own user's session; another user's asks for a new login. */
function assertSameUser(sessionUserId: string, requestingUserId: string | undefined): void {
  if (requestingUserId !== undefined && requestingUserId !== sessionUserId) {
    throw new ServiceError('unauthenticated', { reason: 'other_user' });
  }
}

export function registerSyncRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  app.post(apiRoutes.push, async (request) => {
    const auth = await requireSession(ctx, request);
    const parsed = pushRequestSchema.safeParse(request.body);
    if (!parsed.success) throw invalidRequest(parsed.error.issues);
    assertSameUser(auth.actor.id, parsed.data.userId);
    return push(ctx, auth.actor, parsed.data, {
      sessionTokenHash: auth.tokenHash, userAgent: request.headers['user-agent'] ?? null, language: languageOf(request),
    });
  });

  app.get(apiRoutes.pull, async (request) => {
    const auth = await requireSession(ctx, request);
    const parsed = pullQuerySchema.safeParse(request.query);
    if (!parsed.success) throw invalidRequest(parsed.error.issues);
    assertSameUser(auth.actor.id, parsed.data.userId);
    // Without the header (scripts, curl): the current protocol, as the protocol guard reads it.
    const header = request.headers[syncProtocol.header];
    const protocol = typeof header === 'string' && Number.isInteger(Number(header)) ? Number(header) : syncProtocol.version;
    return pull(ctx, auth.actor, parsed.data, protocol);
  });
}
