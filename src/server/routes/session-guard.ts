// Resolves the session cookie of a request; routes that need a user call requireSession.
import type { FastifyRequest } from 'fastify';
import { sessionCookieName } from '../../api/routes';
import { authenticate, type Authentication } from '../services/auth';
import type { ServiceContext } from '../services/context';
import { ServiceError } from '../services/errors';

export type SignedIn = Extract<Authentication, { kind: 'ok' }>;

export const sessionTokenOf = (request: FastifyRequest): string | undefined => request.cookies[sessionCookieName];

export async function requireSession(ctx: ServiceContext, request: FastifyRequest): Promise<SignedIn> {
  const auth = await authenticate(ctx, sessionTokenOf(request));
  if (auth.kind === 'ok') return auth;
  throw new ServiceError(auth.kind === 'expired' ? 'session_expired' : 'unauthenticated');
}
