// Every route the app registers, as "METHOD /path": the security matrix test reads this so that a
// new endpoint fails the test until it declares who may call it.
import type { FastifyInstance } from 'fastify';

const tables = new WeakMap<FastifyInstance, string[]>();

/** Call before registering routes. HEAD twins of GET routes and the static file catch-all are left out. */
export function trackRoutes(app: FastifyInstance): void {
  const table: string[] = [];
  tables.set(app, table);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD' || !route.url.startsWith('/api/')) continue;
      table.push(`${method} ${route.url}`);
    }
  });
}

export function routeTableOf(app: FastifyInstance): readonly string[] {
  return tables.get(app) ?? [];
}
