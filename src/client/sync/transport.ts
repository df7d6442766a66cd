// Push and pull over HTTP; the engine depends on SyncTransport only, so tests can run it against
// the real server app through app.inject().
import { apiRoutes } from '../../api/routes';
import type { PullQuery, PullResponse, PushRequest, PushResponse } from '../../api/sync';
import { requestJson, type HttpOptions } from './http-client';
import type { UploadAttachment } from './attachment-api';

export { HttpError, NetworkError } from './http-client';

const pushResponse = () => import('../lazy-schemas').then((m) => m.pushResponseSchema);
const pullResponse = () => import('../lazy-schemas').then((m) => m.pullResponseSchema);

export interface SyncTransport {
  push(req: PushRequest): Promise<PushResponse>;
  pull(q: PullQuery): Promise<PullResponse>;
  /** Evidence files; without it, evidence entries wait on the device (never sent without their file). */
  uploadAttachment?: UploadAttachment;
}

export function createHttpTransport(options?: HttpOptions): SyncTransport {
  return {
    push: (req) => requestJson(options, 'POST', apiRoutes.push, pushResponse, req, { gzip: true }),
    pull: (q) => {
      const query = new URLSearchParams({ cursor: String(q.cursor), limit: String(q.limit), ...(q.userId ? { userId: q.userId } : {}), ...(q.catchUp ? { catchUp: q.catchUp } : {}) });
      return requestJson(options, 'GET', `${apiRoutes.pull}?${query.toString()}`, pullResponse);
    },
    // Loaded with the first file to send: most cycles send none, and the first load has no room.
    uploadAttachment: async (sha256, body, range) => (await import('./attachment-api')).createAttachmentUpload(options)(sha256, body, range),
  };
}
