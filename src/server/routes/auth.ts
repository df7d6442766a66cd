// POST login, POST logout, GET session.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { loginRequestSchema } from '../../api/auth';
import { apiRoutes, sessionCookieName } from '../../api/routes';
import { login, logout, sessionLifetimeMs } from '../services/auth/auth';
import { getSessionInfo } from '../services/operations/bootstrap';
import type { ServiceContext } from '../services/context';
import { invalidRequest } from './envelope';
import { requireSession, sessionTokenOf } from './session-guard';

export interface CookieOptions { secure: boolean }

/** The device cookie (login-throttle.ts): long-lived, sent only to the login route. */
export const deviceCookieName = 'pk_device';
const deviceCookieMaxAgeSeconds = 400 * 24 * 3600; // browsers cap cookie lifetimes at 400 days

function setDeviceCookie(reply: FastifyReply, token: string, options: CookieOptions): void {
  void reply.setCookie(deviceCookieName, token, {
    httpOnly: true, sameSite: 'strict', secure: options.secure, path: apiRoutes.login, maxAge: deviceCookieMaxAgeSeconds,
  });
}

function setSessionCookie(reply: FastifyReply, token: string, options: CookieOptions): void {
  void reply.setCookie(sessionCookieName, token, {
    httpOnly: true, sameSite: 'lax', secure: options.secure, path: '/', maxAge: sessionLifetimeMs / 1000,
  });
}

export function registerAuthRoutes(app: FastifyInstance, ctx: ServiceContext, cookies: CookieOptions): void {
  app.post(apiRoutes.login, async (request, reply) => {
    const parsed = loginRequestSchema.safeParse(request.body);
    if (!parsed.success) throw invalidRequest(parsed.error.issues);
    const result = await login(ctx, {
      ...parsed.data, ip: request.ip, userAgent: request.headers['user-agent'] ?? null,
      deviceToken: request.cookies[deviceCookieName] ?? null,
    });
    setSessionCookie(reply, result.token, cookies);
    setDeviceCookie(reply, result.deviceToken, cookies);
    return getSessionInfo(ctx, result.user, result.expiresAt);
  });

  app.post(apiRoutes.logout, async (request, reply) => {
    await logout(ctx, sessionTokenOf(request));
    void reply.clearCookie(sessionCookieName, { path: '/' });
    return reply.code(204).send();
  });

  app.get(apiRoutes.session, async (request, reply) => {
    const auth = await requireSession(ctx, request, { allowPendingPasswordChange: true });
    // Sliding session: the cookie's lifetime is renewed with the server-side expiry.
    const token = sessionTokenOf(request);
    if (token) setSessionCookie(reply, token, cookies);
    return getSessionInfo(ctx, auth.user, auth.expiresAt);
  });
}
