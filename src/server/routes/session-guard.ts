// Resolves the session cookie of a request; routes that need a user call requireSession.
import type { FastifyRequest } from 'fastify';
import { sessionCookieName } from '../../api/routes';
import { authenticate, type Authentication } from '../services/auth/auth';
import type { ServiceContext } from '../services/context';
import { ServiceError } from '../services/errors';

export type SignedIn = Extract<Authentication, { kind: 'ok' }>;

export const sessionTokenOf = (request: FastifyRequest): string | undefined => request.cookies[sessionCookieName];

/**
 * A session whose one-time password (set by an admin) is not yet changed may only read its session
 * info and change the password: the one-time password was seen by the admin, so nothing may be
 * written or read in the user's name until the user has chosen their own.
 */
export async function requireSession(
  ctx: ServiceContext,
  request: FastifyRequest,
  options: { allowPendingPasswordChange?: boolean } = {},
): Promise<SignedIn> {
  const auth = await authenticate(ctx, sessionTokenOf(request));
  if (auth.kind === 'ok') {
    if (auth.mustChangePassword && !options.allowPendingPasswordChange) throw new ServiceError('password_change_required');
    return auth;
  }
  throw new ServiceError(auth.kind === 'expired' ? 'session_expired' : 'unauthenticated');
}
