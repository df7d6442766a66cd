// The error envelope on the wire: { error: { code, message, details? } }, message in the asker's
// language (Indonesian unless Accept-Language starts with "en").
import type { FastifyReply, FastifyRequest } from 'fastify';
import { errorMessages, fillMessage, type ErrorCode, type ErrorEnvelope, type Language } from '../../api/errors';
import { ServiceError } from '../services/errors';

export function languageOf(request: FastifyRequest): Language {
  const header = request.headers['accept-language'];
  return typeof header === 'string' && header.trim().toLowerCase().startsWith('en') ? 'en' : 'id';
}

export function envelope(code: ErrorCode, language: Language, details?: unknown, params: Record<string, string | number> = {}): ErrorEnvelope {
  const message = fillMessage(errorMessages[code][language], params);
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

export function sendError(request: FastifyRequest, reply: FastifyReply, error: ServiceError): FastifyReply {
  if ((error.code === 'rate_limited' || error.code === 'login_busy') && typeof error.params.seconds === 'number') {
    void reply.header('retry-after', String(error.params.seconds));
  }
  return reply.code(error.status).send(envelope(error.code, languageOf(request), error.details, error.params));
}

/** zod issues as details: where and what, never the submitted values (they may be passwords). */
export function invalidRequest(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): ServiceError {
  return new ServiceError('invalid_request', { issues: issues.map((i) => ({ path: i.path.map(String), message: i.message })) });
}

interface FrameworkError { statusCode?: number; code?: string }

/** Any error thrown by a handler or by Fastify itself, mapped to the envelope; 5xx never leak internals. */
export function toServiceError(error: unknown): ServiceError {
  if (error instanceof ServiceError) return error;
  const { statusCode, code } = (error ?? {}) as FrameworkError;
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE' || statusCode === 413) return new ServiceError('payload_too_large');
  if (statusCode !== undefined && statusCode >= 400 && statusCode < 500) {
    return new ServiceError('invalid_request', { reason: code ?? 'bad_request' });
  }
  return new ServiceError('internal');
}
