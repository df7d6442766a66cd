// What the server holds, read in a browser test as a user's device would pull it (the API, not the
// page): each record's latest row of the entities asked for, deleted ones left out.
import { expect } from 'vitest';
import { request } from 'playwright-core';
import { apiRoutes, clientHeader } from '../../src/api/routes';
import type { MutationResult, PullResponse, SyncEntity } from '../../src/api/sync';
import { demoPassword } from '../../src/server/seed/demo-data';

/** An API session of a demo user (checked: the login must succeed). */
export async function apiAs(baseUrl: string, username: string, password = demoPassword) {
  const api = await request.newContext({ baseURL: baseUrl });
  const login = await api.post(apiRoutes.login, { data: { username, password } });
  expect(login.status()).toBe(200);
  return api;
}

/** One device's pushes through the API (realisations unless another entity is named): what a unit's tablet sends when it syncs. */
export async function pushAs(
  baseUrl: string, username: string, mutations: Array<{ recordId: string; fields: Record<string, unknown>; baseRev: number | null; entity?: SyncEntity }>,
): Promise<MutationResult[]> {
  const api = await apiAs(baseUrl, username);
  const response = await api.post(apiRoutes.push, {
    headers: { [clientHeader.name]: clientHeader.value },
    data: {
      deviceId: crypto.randomUUID(),
      mutations: mutations.map((m, i) => ({ id: crypto.randomUUID(), seq: i + 1, entity: 'realisation', op: 'upsert', clientTime: new Date().toISOString(), ...m })),
    },
  });
  const { results } = (await response.json()) as { results: MutationResult[] };
  await api.dispose();
  return results;
}

export async function pulledRows(baseUrl: string, username: string, entity: string): Promise<Record<string, unknown>[]> {
  const api = await apiAs(baseUrl, username);
  const rows = new Map<string, Record<string, unknown>>();
  for (let cursor = 0; ;) {
    const response = await api.get(`${apiRoutes.pull}?cursor=${cursor}&limit=1000`, { headers: { [clientHeader.name]: clientHeader.value } });
    const body = (await response.json()) as PullResponse;
    if (body.kind !== 'changes') throw new Error('unexpected reset');
    for (const change of body.changes) if (change.entity === entity) rows.set(change.recordId, change.row);
    cursor = body.nextCursor;
    if (!body.hasMore) break;
  }
  await api.dispose();
  return [...rows.values()].filter((r) => r.deleted === false);
}
