// Serves the built PWA (setup-notes: "Serving the build from Fastify"). Wildcard mode, not a
// startup snapshot, so a rebuild is served without a restart.
import { basename, extname } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';

const revalidate = new Set(['sw.js', 'index.html', 'manifest.webmanifest']);

/** The service worker and entry points must be revalidated; hashed assets never change. */
function cacheControlFor(path: string): string | null {
  const name = basename(path);
  if (revalidate.has(name) || /^workbox-.*\.js$/.test(name)) return 'no-cache';
  if (path.split(/[\\/]/).includes('assets')) return 'public, max-age=31536000, immutable';
  return null;
}

/**
 * Source maps give away the whole client source (sw.js.map alone was 1.3 MB). The build keeps them
 * out of dist (vite.config.ts), and a dist built otherwise still does not serve them.
 */
export const isSourceMap = (path: string): boolean => /\.map(\.(br|gz))?$/i.test(path);

export async function registerStatic(app: FastifyInstance, staticDir: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: staticDir,
    allowedPath: (pathName: string) => !isSourceMap(pathName),
    // dist/assets/*.br are written at build time (vite.config.ts): sent as is to browsers that accept br.
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply: FastifyReply, path: string) => {
      const value = cacheControlFor(path);
      if (value) void reply.header('cache-control', value);
    },
  });
}

/** SPA fallback: client routes (GET/HEAD outside /api/, no file extension) get index.html. */
export function isSpaRoute(request: FastifyRequest): boolean {
  const path = request.url.split('?')[0] ?? '/';
  return (request.method === 'GET' || request.method === 'HEAD') && !path.startsWith('/api/') && extname(path) === '';
}

export function sendIndex(reply: FastifyReply): Promise<void> | FastifyReply {
  return reply.header('cache-control', 'no-cache').sendFile('index.html');
}
