// PUT/DELETE /api/admin/logo (admin) and GET /api/tenant/logo (any user of the tenant). Raw image
// bodies up to the logo limit, only in this scope.
import type { FastifyInstance } from 'fastify';
import { adminRoutes } from '../../api/admin';
import { apiRoutes } from '../../api/routes';
import { maxTenantLogoBytes } from '../../domain/tenant';
import type { BlobStorage } from '../services/evidence/blob-storage';
import type { ServiceContext } from '../services/context';
import { openTenantLogo, removeTenantLogo, uploadTenantLogo } from '../services/admin/admin-logo';
import { requireAdmin } from '../services/admin/admin-log';
import { ServiceError } from '../services/errors';
import { requireSession } from './session-guard';

export function registerTenantLogoRoutes(app: FastifyInstance, ctx: ServiceContext, storage: BlobStorage): void {
  void app.register(async (scope) => {
    scope.addContentTypeParser(/^image\//, { parseAs: 'buffer', bodyLimit: maxTenantLogoBytes }, (_request, body, done) => {
      done(null, body);
    });

    scope.put(adminRoutes.logo, { bodyLimit: maxTenantLogoBytes }, async (request) => {
      const { actor } = await requireSession(ctx, request);
      requireAdmin(actor); // before the body is looked at, so others learn nothing from errors
      if (!Buffer.isBuffer(request.body)) throw new ServiceError('invalid_request', { reason: 'logo_type' });
      return uploadTenantLogo(ctx, storage, actor, request.body);
    });

    scope.delete(adminRoutes.logo, async (request, reply) => {
      const { actor } = await requireSession(ctx, request);
      await removeTenantLogo(ctx, actor);
      return reply.code(204).send();
    });

    scope.get(apiRoutes.tenantLogo, async (request, reply) => {
      const { actor } = await requireSession(ctx, request);
      const { logo, stream } = await openTenantLogo(ctx, storage, actor);
      return reply
        .header('content-type', logo.mimeType)
        .header('cache-control', 'private, no-cache')
        .header('etag', `"${logo.sha256}"`)
        .header('content-security-policy', "default-src 'none'; sandbox")
        .send(stream);
    });
  });
}
