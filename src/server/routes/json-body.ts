// The JSON body parser: Fastify's own (which refuses __proto__ and constructor.prototype keys),
// plus a refusal of NUL characters and lone UTF-16 surrogates ("\ud800" not followed by a low
// half) anywhere in the body. PostgreSQL text and jsonb cannot hold U+0000 nor an unpaired
// surrogate, so letting one through turns a bad request into a server error (NUL: found by the
// fuzz test; a lone surrogate failed a whole push batch with a 500, found with the push work).
import type { FastifyInstance } from 'fastify';
import { ServiceError } from '../services/errors';

type Unstorable = 'nul_character' | 'lone_surrogate';
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function unstorable(text: string): Unstorable | null {
  if (text.includes('\u0000')) return 'nul_character';
  return loneSurrogate.test(text) ? 'lone_surrogate' : null;
}

function findUnstorable(value: unknown): Unstorable | null {
  if (typeof value === 'string') return unstorable(value);
  if (value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findUnstorable(item);
      if (found) return found;
    }
    return null;
  }
  for (const [key, inner] of Object.entries(value)) {
    const found = unstorable(key) ?? findUnstorable(inner);
    if (found) return found;
  }
  return null;
}

export function registerJsonBodyParser(app: FastifyInstance): void {
  const defaultParser = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    defaultParser(request, typeof body === 'string' ? body : body.toString('utf8'), (error, value) => {
      if (error) return done(error);
      const reason = findUnstorable(value);
      if (reason) return done(new ServiceError('invalid_request', { reason }));
      return done(null, value);
    });
  });
}
