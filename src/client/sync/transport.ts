// Push and pull over HTTP; the engine depends on SyncTransport only, so tests can run it against
// the real server app through app.inject().
import { apiRoutes } from '../../api/routes';
import {
  pullResponseSchema,
  pushResponseSchema,
  type PullQuery,
  type PullResponse,
  type PushRequest,
  type PushResponse,
} from '../../api/sync';
import { requestJson, type HttpOptions } from './http-client';

export { HttpError, NetworkError } from './http-client';

export interface SyncTransport {
  push(req: PushRequest): Promise<PushResponse>;
  pull(q: PullQuery): Promise<PullResponse>;
}

export function createHttpTransport(options?: HttpOptions): SyncTransport {
  return {
    push: (req) => requestJson(options, 'POST', apiRoutes.push, pushResponseSchema, req),
    pull: (q) => {
      const query = new URLSearchParams({ cursor: String(q.cursor), limit: String(q.limit) });
      return requestJson(options, 'GET', `${apiRoutes.pull}?${query.toString()}`, pullResponseSchema);
    },
  };
}
