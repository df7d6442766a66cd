// @vitest-environment node
// Property: whatever devices save (some of it refused) and however the network fails (requests lost before or after the
// server processed them), once the network is good and every device syncs, no outbox holds
// anything, every device shows exactly the server's rows, and every value on the server is one a
// user saved. Runs against the real server app (design.md, invariants 2, 3 and 5).
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createTestServer, type TestServer } from '../../support/server-app';
import { createInjectFetch } from '../../support/inject-fetch';
import { login } from '../../../src/client/sync/auth-api';
import { createHttpTransport } from '../../../src/client/sync/transport';
import { createSyncEngine, type SyncEngine } from '../../../src/client/sync/sync-engine';
import { openUserDatabase, type PantauDatabase } from '../../../src/client/db/database';
import { saveRealisation } from '../../../src/client/db/realisation-repository';
import { listRejections } from '../../../src/client/db/queries';
import { dismissRejection } from '../../../src/client/db/inbox';
import type { Actor } from '../../../src/domain/user';

type Fault = 'none' | 'dropRequest' | 'dropAnswer';

interface Device {
  db: PantauDatabase;
  engine: SyncEngine;
  actor: Actor;
  fault: { mode: Fault };
}

let server: TestServer;
/** Every value any device saved, over all runs (they share one server). */
const saved = new Set<string>();
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(async () => {
  await server.cleanup();
});

async function device(username: string, opened: PantauDatabase[]): Promise<Device> {
  const jar = createInjectFetch(server.app);
  const info = await login(username, 'rahasia-uji-123', { fetch: jar.fetch });
  const db = openUserDatabase(`${info.user.id}-${crypto.randomUUID()}`);
  opened.push(db);
  const fault = { mode: 'none' as Fault };
  const faultyFetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const mode = fault.mode;
    fault.mode = 'none'; // one failure per sync attempt
    if (mode === 'dropRequest') throw new TypeError('Failed to fetch');
    const response = await jar.fetch(input, init);
    if (mode === 'dropAnswer') throw new TypeError('connection reset');
    return response;
  }) as typeof fetch;
  const engine = createSyncEngine({ db, transport: createHttpTransport({ fetch: faultyFetch }), userId: info.user.id });
  return { db, engine, fault, actor: { id: info.user.id, tenantId: info.tenant.id, orgUnitId: info.orgUnit.id, role: info.user.role } };
}

const operation = fc.oneof(
  fc.record({
    kind: fc.constant('save' as const),
    device: fc.integer({ min: 0, max: 1 }),
    indicator: fc.constantFrom('count' as const, 'percent' as const, 'growth' as const),
    // Q4 of count and percent is submitted/verified on the server: edits there are refused.
    quarter: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
    value: fc.integer({ min: 0, max: 40 }),
  }),
  fc.record({
    kind: fc.constant('sync' as const),
    device: fc.integer({ min: 0, max: 1 }),
    fault: fc.constantFrom<Fault>('none', 'dropRequest', 'dropAnswer'),
  }),
);

describe('convergence under network faults', () => {
  it('every device ends with the server’s rows and an empty outbox', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 16 }), async (operations) => {
        const opened: PantauDatabase[] = [];
        try {
          const devices = [await device('operator.a', opened), await device('kepala.a', opened)];
          for (const d of devices) await d.engine.syncNow();
          for (const op of operations) {
            const d = devices[op.device]!;
            if (op.kind === 'save') {
              const indicatorId = server.world.indicators[op.indicator].id;
              await saveRealisation(d.db, d.actor, { indicatorId, quarter: op.quarter, value: op.value, drivers: '', obstacles: '', followUp: '' });
              saved.add(`${indicatorId}:${op.quarter}:${op.value}`);
            } else {
              d.fault.mode = op.fault;
              await d.engine.syncNow();
            }
          }
          for (const d of devices) await d.engine.syncNow();
          // The users read every refusal and let it go: their devices return to the server's rows.
          for (const d of devices) {
            for (const rejection of await listRejections(d.db)) await dismissRejection(d.db, rejection.mutationId);
          }
          for (const d of devices) await d.engine.syncNow();

          const evaluator = await device('evaluator', opened);
          await evaluator.engine.syncNow();
          const unitA = server.world.units.unitA.id;
          const onServer = (await evaluator.db.realisations.toArray()).filter((r) => r.orgUnitId === unitA);
          const keys = onServer.map((r) => `${r.indicatorId}:${r.quarter}`);
          expect(new Set(keys).size).toBe(keys.length);
          for (const row of onServer) {
            if (row.status === 'draft') expect(saved.has(`${row.indicatorId}:${row.quarter}:${row.value}`)).toBe(true);
          }
          const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
          for (const d of devices) {
            expect(d.engine.getState().phase).toBe('idle');
            expect(await d.db.outbox.count()).toBe(0);
            expect((await d.db.realisations.toArray()).sort(byId)).toEqual([...onServer].sort(byId));
          }
        } finally {
          for (const db of opened) {
            db.close();
            await db.delete();
          }
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
