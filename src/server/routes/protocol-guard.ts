// Refuses app builds older than the sync protocol the server still supports (api/routes.ts,
// syncProtocol) with one clear answer, before any handler could misread their requests.
// A request without the header (curl, scripts) is taken as the current protocol.
import type { FastifyInstance } from 'fastify';
import { syncProtocol } from '../../api/routes';
import { ServiceError } from '../services/errors';
import { sendError } from './envelope';

export function registerProtocolGuard(app: FastifyInstance, oldestSupported: number = syncProtocol.oldestSupported): void {
  app.addHook('onRequest', async (request, reply) => {
    const raw = request.headers[syncProtocol.header];
    if (raw === undefined || !request.url.startsWith('/api/')) return;
    const version = Number(raw);
    if (Number.isInteger(version) && version >= oldestSupported) return;
    return sendError(request, reply, new ServiceError('client_outdated', { version: String(raw), oldestSupported }));
  });
}
