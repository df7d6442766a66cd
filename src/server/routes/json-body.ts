// The JSON body parser: Fastify's own (which refuses __proto__ and constructor.prototype keys),
// plus refusals of what would turn a bad request into a server error:
// - NUL characters and lone UTF-16 surrogates ("\ud800" not followed by a low half) anywhere in
//   the body: PostgreSQL text and jsonb cannot hold U+0000 nor an unpaired surrogate (NUL: found
//   by the fuzz test; a lone surrogate failed a whole push batch with a 500, found with the push
//   work);
// - nesting deeper than maxJsonDepth: V8 parses any depth, but later recursive code does not
//   (a push whose fields nested 5,000 levels, ~10 kB, overflowed the stack in JSON.stringify of
//   the bulk insert: a 500). No request of the contract nests more than a few levels.
// The walk below keeps its own stack, so checking a body cannot overflow either.
import type { FastifyInstance } from 'fastify';
import { ServiceError } from '../services/errors';

/** Arrays and objects inside one another, the body itself being level 1. */
export const maxJsonDepth = 32;

type Refusal = 'nul_character' | 'lone_surrogate' | 'too_deep';
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function unstorable(text: string): Refusal | null {
  if (text.includes('\u0000')) return 'nul_character';
  return loneSurrogate.test(text) ? 'lone_surrogate' : null;
}

/** The first reason to refuse a parsed body, or null. */
export function findRefusal(body: unknown): Refusal | null {
  const pending: Array<{ value: unknown; depth: number }> = [{ value: body, depth: 1 }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { value, depth } = next;
    if (typeof value === 'string') {
      const found = unstorable(value);
      if (found) return found;
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth > maxJsonDepth) return 'too_deep';
    if (Array.isArray(value)) {
      for (const item of value as unknown[]) pending.push({ value: item, depth: depth + 1 });
      continue;
    }
    for (const [key, inner] of Object.entries(value)) {
      const found = unstorable(key);
      if (found) return found;
      pending.push({ value: inner, depth: depth + 1 });
    }
  }
  return null;
}

export function registerJsonBodyParser(app: FastifyInstance): void {
  const defaultParser = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    defaultParser(request, typeof body === 'string' ? body : body.toString('utf8'), (error, value) => {
      if (error) return done(error);
      const reason = findRefusal(value);
      if (reason) return done(new ServiceError('invalid_request', { reason }));
      return done(null, value);
    });
  });
}
