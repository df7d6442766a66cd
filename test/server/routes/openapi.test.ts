// The OpenAPI document is generated from the zod contract and served; every route the server
// registers is in it with its method, and nothing else is, so the document cannot drift.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { integrationRoutes } from '../../../src/api/integration';
import { openApiPath } from '../../../src/api/openapi';
import { routeTableOf } from '../../../src/server/routes/route-table';
import { createTestServer, type TestServer } from '../../support/server-app';

let server: TestServer;
beforeAll(async () => { server = await createTestServer(); });
afterAll(async () => { await server.cleanup(); });

interface Document { openapi: string; paths: Record<string, Record<string, { responses: Record<string, unknown>; parameters: Array<{ name: string; in: string }>; security: unknown[] }>> }

async function fetchDocument(): Promise<Document> {
  const response = await server.app.inject({ method: 'GET', url: integrationRoutes.openapi });
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  return response.json<Document>();
}

describe('OpenAPI document', () => {
  it('lists exactly the routes of the route table', async () => {
    const document = await fetchDocument();
    expect(document.openapi).toBe('3.1.0');
    const documented = Object.entries(document.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`));
    const served = routeTableOf(server.app).map((route) => { const [method = '', path = ''] = route.split(' '); return `${method} ${openApiPath(path)}`; });
    expect(served.length).toBeGreaterThan(30);
    expect(documented.sort()).toEqual([...served].sort());
  });

  it('describes path parameters, query parameters, bodies and security from the schemas', async () => {
    const { paths } = await fetchDocument();
    for (const [path, ops] of Object.entries(paths)) {
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const [method, op] of Object.entries(ops)) {
        expect(op.parameters.filter((p) => p.in === 'path').map((p) => p.name).sort(), `${method} ${path}`).toEqual(names.sort());
        expect(Object.keys(op.responses).length, `${method} ${path}`).toBeGreaterThan(1);
      }
    }
    const exportOp = paths['/api/export/realisations']?.get;
    expect(exportOp?.parameters.map((p) => p.name)).toEqual(['year', 'format', 'cursor', 'limit']);
    expect(exportOp?.security).toEqual([{ serviceToken: [] }]);
    const row = JSON.stringify(exportOp?.responses['200']);
    for (const field of ['achievement', 'achievementReason', 'status', 'nextCursor', 'text/csv']) expect(row).toContain(field);
    expect(JSON.stringify(paths['/api/admin/service-tokens']?.post)).toContain('"expiresAt"');
  });
});
