// Builds the Fastify app from a store and config; tests call it and use app.inject().
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyCompress from '@fastify/compress';
import { apiRoutes, clientHeader, requestBodyLimit } from '../api/routes';
import type { Store } from './store/connection';
import type { ServiceContext } from './services/context';
import { ServiceError } from './services/errors';
import { envelope, languageOf, sendError, toServiceError } from './routes/envelope';
import { registerAuthRoutes } from './routes/auth';
import { registerSyncRoutes } from './routes/sync';
import { registerAdminRoutes } from './routes/admin';
import { trackRoutes } from './routes/route-table';
import { registerAttachmentRoutes } from './routes/attachments';
import { registerTenantLogoRoutes } from './routes/tenant-logo';
import { registerHistoryRoutes } from './routes/history';
import { registerIntegrationRoutes } from './routes/integration';
import type { BlobStorage } from './services/evidence/blob-storage';
import { createDiskBlobStorage } from './services/evidence/disk-blob-storage';
import { defaultUploadLimits, type UploadLimits } from './services/evidence/upload-limits';
import { isSpaRoute, registerStatic, sendIndex } from './routes/static';
import { registerSecurityHeaders } from './routes/security-headers';
import { registerJsonBodyParser } from './routes/json-body';
import { registerProtocolGuard } from './routes/protocol-guard';
import { createHashGate, type HashGateOptions } from './services/auth/hash-gate';
import { checkReadiness } from './services/operations/readiness';

export interface ServerConfig {
  /** The built PWA (dist/); null or absent: API only. */
  staticDir?: string | null;
  secureCookies: boolean;
  logger: boolean | object;
  /**
   * Which proxies in front may set X-Forwarded-For: a number of hops (1 = one reverse proxy) or
   * their addresses/CIDRs. The header is read right to left, trusting only these; the left-most
   * entries are whatever the client chose (issue 16). Absent or 0: the socket's address.
   */
  trustProxy?: number | string[];
  /** Bound on password hashes at once on this instance (hash-gate.ts). */
  hashGate?: HashGateOptions;
  /** The clock; tests move it instead of sleeping. */
  now?: () => Date;
  /** Where evidence files go (main.ts: `${DATA_DIR}/attachments`); absent: a fresh temp directory (tests). */
  blobStorage?: BlobStorage;
  /** Caps on unfinished uploads and the per-tenant quota; absent fields take defaultUploadLimits. */
  uploads?: Partial<UploadLimits>;
}

/** One JSON body at most (api/routes.ts): it bounds memory per request. */
export const bodyLimit = requestBodyLimit;

const redact = {
  paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]', 'body.password', 'password', 'body.currentPassword', 'body.newPassword', 'oneTimePassword'],
  censor: '[redacted]',
};

function loggerOptions(logger: ServerConfig['logger']): FastifyServerOptions['logger'] {
  if (logger === false) return false;
  return { ...(logger === true ? {} : logger), redact };
}

/** A hop count as the trust function Fastify's types accept: the nearest `hops` addresses are proxies. */
function trustProxyOption(trust: ServerConfig['trustProxy']): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (trust === undefined || trust === 0) return false;
  if (typeof trust === 'number') return (_address, hop) => hop < trust;
  return trust;
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export async function buildApp(options: { store: Store; config: ServerConfig }): Promise<FastifyInstance> {
  const { store, config } = options;
  const ctx: ServiceContext = { store, now: config.now ?? (() => new Date()), hashGate: createHashGate(config.hashGate) };
  const app = Fastify({
    logger: loggerOptions(config.logger), trustProxy: trustProxyOption(config.trustProxy), bodyLimit,
    // Errors the router answers before any route (a path parameter over 100 characters, a bad
    // %-escape in the path) get the error envelope too (found by the route-table fuzz).
    frameworkErrors: (error, request, reply) => { sendError(request, reply, toServiceError(error)); },
  });

  trackRoutes(app);
  registerSecurityHeaders(app, { hsts: config.secureCookies });
  registerJsonBodyParser(app);
  registerProtocolGuard(app);
  await app.register(fastifyCookie);
  await app.register(fastifyCompress);

  // CSRF guard: a cross-site form cannot set this header (api/routes.ts). Login carries no session.
  app.addHook('onRequest', async (request, reply) => {
    if (safeMethods.has(request.method) || request.url.split('?')[0] === apiRoutes.login) return;
    if (request.headers[clientHeader.name] !== clientHeader.value) return sendError(request, reply, new ServiceError('csrf'));
  });

  app.setErrorHandler((error, request, reply) => {
    const serviceError = toServiceError(error);
    if (serviceError.status >= 500) request.log.error({ err: error }, 'request failed');
    return sendError(request, reply, serviceError);
  });

  app.setNotFoundHandler((request, reply) => {
    if (config.staticDir && isSpaRoute(request)) return sendIndex(reply);
    return reply.code(404).send(envelope('not_found', languageOf(request)));
  });

  app.get(apiRoutes.health, async () => ({ status: 'ok', database: store.kind, serverTime: ctx.now().toISOString() }));
  registerAuthRoutes(app, ctx, { secure: config.secureCookies });
  registerSyncRoutes(app, ctx);
  registerAdminRoutes(app, ctx);
  registerHistoryRoutes(app, ctx);
  registerIntegrationRoutes(app, ctx);
  const blobStorage = config.blobStorage ?? (await temporaryBlobStorage(app));
  app.get(apiRoutes.ready, async (_request, reply) => {
    const readiness = await checkReadiness(ctx, blobStorage);
    return reply.code(readiness.ready ? 200 : 503).send({ status: readiness.ready ? 'ready' : 'not_ready', database: readiness.database, files: readiness.files });
  });
  registerAttachmentRoutes(app, ctx, blobStorage, { ...defaultUploadLimits, ...config.uploads });
  registerTenantLogoRoutes(app, ctx, blobStorage);
  if (config.staticDir) await registerStatic(app, config.staticDir);
  return app;
}

/** Without a configured store (tests), files go to a temporary directory removed when the app closes. */
async function temporaryBlobStorage(app: FastifyInstance): Promise<BlobStorage> {
  const dir = await mkdtemp(join(tmpdir(), 'pk-attachments-'));
  app.addHook('onClose', async () => {
    await rm(dir, { recursive: true, force: true });
  });
  return createDiskBlobStorage(dir);
}
