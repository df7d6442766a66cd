// The JSON body parser: Fastify's own (which refuses __proto__ and constructor.prototype keys),
// plus a refusal of NUL characters anywhere in the body. PostgreSQL text and jsonb cannot hold
// U+0000, so letting one through turns a bad request into a server error (found by the fuzz test).
import type { FastifyInstance } from 'fastify';
import { ServiceError } from '../services/errors';

function containsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some(containsNul);
  return Object.entries(value).some(([key, inner]) => key.includes('\u0000') || containsNul(inner));
}

export function registerJsonBodyParser(app: FastifyInstance): void {
  const defaultParser = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    defaultParser(request, typeof body === 'string' ? body : body.toString('utf8'), (error, value) => {
      if (error) return done(error);
      if (containsNul(value)) return done(new ServiceError('invalid_request', { reason: 'nul_character' }));
      return done(null, value);
    });
  });
}
