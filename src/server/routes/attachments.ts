// PUT and GET /api/attachments/:sha256 (api/attachments.ts). Raw bodies up to 10 MB, only here.
import type { FastifyInstance } from 'fastify';
import { apiRoutes } from '../../api/routes';
import { parseContentRange } from '../../api/attachments';
import { maxEvidenceBytes } from '../../domain/evidence-file';
import type { BlobStorage } from '../services/evidence/blob-storage';
import type { ServiceContext } from '../services/context';
import { openAttachment, receiveAttachment } from '../services/evidence/attachments';
import { ServiceError } from '../services/errors';
import type { UploadLimits } from '../services/evidence/upload-limits';
import { requireSession } from './session-guard';

// image/*, application/pdf and application/octet-stream; the bytes themselves decide the real type.
const rawTypes = /^(?:image\/|application\/pdf|application\/octet-stream)/;

/**
 * Photos may show inline (the app fetches them into blobs anyway); anything else, i.e. a PDF, is
 * a download, never a document rendered on the app's own origin.
 */
function dispositionOf(sha256: string, mimeType: string): string {
  if (mimeType.startsWith('image/')) return 'inline';
  return `attachment; filename="${sha256}${mimeType === 'application/pdf' ? '.pdf' : ''}"`;
}

export function registerAttachmentRoutes(app: FastifyInstance, ctx: ServiceContext, storage: BlobStorage, limits: UploadLimits): void {
  // An encapsulated plugin: the raw-body parsers and the larger limit apply to these routes only.
  void app.register(async (scope) => {
    scope.addContentTypeParser(rawTypes, { parseAs: 'buffer', bodyLimit: maxEvidenceBytes }, (_request, body, done) => {
      done(null, body);
    });

    scope.put<{ Params: { sha256: string } }>(apiRoutes.attachment, { bodyLimit: maxEvidenceBytes }, async (request, reply) => {
      const auth = await requireSession(ctx, request);
      const rangeHeader = request.headers['content-range'];
      const range = typeof rangeHeader === 'string' ? parseContentRange(rangeHeader) : null;
      if (typeof rangeHeader === 'string' && !range) throw new ServiceError('invalid_request', { reason: 'content_range' });
      const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const contentType = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase() ?? null;
      const result = await receiveAttachment(ctx, storage, {
        actor: auth.actor, sha256: request.params.sha256, declaredType: contentType, body, range,
      }, limits);
      return reply.code(result.status === 'partial' ? 202 : 200).send(result);
    });

    scope.get<{ Params: { sha256: string } }>(apiRoutes.attachment, async (request, reply) => {
      const auth = await requireSession(ctx, request);
      const file = await openAttachment(ctx, storage, auth.actor, request.params.sha256);
      return reply
        .header('content-type', file.mimeType)
        .header('content-length', String(file.size))
        // Content-addressed: the bytes behind a hash never change, but only this user may cache them.
        .header('cache-control', 'private, max-age=31536000, immutable')
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('content-disposition', dispositionOf(request.params.sha256, file.mimeType))
        .send(file.stream);
    });
  });
}
