// Property test of the push/merge rules (style.md, "Tests"): random devices edit random fields of
// the same entries with stale or fresh knowledge. After every push, each value a device sent is
// either on the server or recorded as a conflict next to the value the server kept; resending
// everything changes nothing; the change log's last row is the stored row.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Mutation, MutationResult } from '../../../../src/api/sync';
import { seedDemoData } from '../../../../src/server/seed/seed';
import { createTestServer, pullOk, sessionCookieFor, pushOk, realisationMutation as rm, type TestServer } from '../../../support/server-app';
import { hashPassword } from '../../../../src/server/services/auth/password';
import { buildAgreement, buildGoal, buildIndicator, buildOrgUnit, buildTenant } from '../../../support/factories';
import { buildUser, testPassword, worldYear } from '../../../support/server-factories';

let server: TestServer;
beforeAll(async () => { server = await createTestServer(); });
afterAll(async () => { await server.cleanup(); });

let passwordHash: Promise<string> | undefined;

/** A fresh tenant per run, so natural keys and revs start clean. */
async function freshTenant(run: number) {
  const tenant = buildTenant();
  const unit = buildOrgUnit(tenant);
  const agreement = buildAgreement(unit, { year: worldYear });
  const goal = buildGoal(agreement);
  const indicator = buildIndicator(goal, { aggregation: 'last' });
  passwordHash ??= hashPassword(testPassword);
  const hash = await passwordHash;
  const users = [
    buildUser(unit, 'operator', `op.${run}.${tenant.id.slice(0, 8)}`, { passwordHash: hash }),
    buildUser(unit, 'head', `hd.${run}.${tenant.id.slice(0, 8)}`, { passwordHash: hash }),
  ];
  await seedDemoData(server.store, { tenants: [tenant], orgUnits: [unit], users, agreements: [agreement], goals: [goal], indicators: [indicator], programs: [], realisations: [] });
  // Sessions made in the store: this property is about sync, and two scrypt checks per run (~0.7 s
  // at N=2^17) would be most of its time. Logging in is tested in auth and login-* tests.
  const cookies = await Promise.all(users.map((u) => sessionCookieFor(server.store, u.id, server.clock.now)));
  return { tenant, indicator, cookies };
}

const fieldsArb = fc.record(
  { value: fc.integer({ min: -3, max: 3 }), drivers: fc.constantFrom('', 'a', 'b'), obstacles: fc.constantFrom('x', 'y') },
  { requiredKeys: [] },
).filter((f) => Object.keys(f).length > 0);
const actionArb = fc.oneof(
  fc.record({ kind: fc.constant('edit' as const), device: fc.nat(2), quarter: fc.constantFrom(1, 2), fields: fieldsArb }),
  fc.record({ kind: fc.constant('pull' as const), device: fc.nat(2) }),
);

interface Device { id: string; cookie: string; seq: number; cursor: number; known: Map<number, { id: string; rev: number | null }>; sent: Mutation[] }

it('never loses a value a device sent', async () => {
  let run = 0;
  await fc.assert(fc.asyncProperty(fc.array(actionArb, { minLength: 1, maxLength: 14 }), async (actions) => {
    run += 1;
    const { tenant, indicator, cookies } = await freshTenant(run);
    // Two devices of the operator, one of the head.
    const devices: Device[] = [0, 0, 1].map((u) => ({ id: randomUUID(), cookie: cookies[u] ?? '', seq: 0, cursor: 0, known: new Map(), sent: [] }));
    // The model: who last changed each field of each entry, at which rev (from push results only).
    const lastWrite = new Map<string, { device: number; rev: number }>();
    for (const action of actions) {
      const device = devices[action.device];
      if (!device) continue;
      if (action.kind === 'pull') {
        const page = await pullOk(server.app, device.cookie, device.cursor);
        if (page.kind !== 'changes') throw new Error('reset');
        for (const c of page.changes) if (c.entity === 'realisation') device.known.set(c.row.quarter as number, { id: c.recordId, rev: c.rev });
        device.cursor = page.nextCursor;
        continue;
      }
      const known = device.known.get(action.quarter);
      device.seq += 1;
      const fields = known ? action.fields : { indicatorId: indicator.id, quarter: action.quarter, ...action.fields };
      const mutation = rm(device.seq, known?.id ?? randomUUID(), fields, known?.rev ?? null);
      device.sent.push(mutation);
      const before = await server.store.findRealisationByKey(indicator.id, action.quarter);
      const [result] = (await pushOk(server.app, device.cookie, device.id, [mutation])).results as [MutationResult];
      expect(result.status).not.toBe('rejected');
      device.known.set(action.quarter, { id: result.recordId, rev: known?.rev ?? null });
      const row = await server.store.findRealisationByKey(indicator.id, action.quarter);
      expect(row?.id).toBe(result.recordId);
      const recorded = await server.store.listConflicts(tenant.id, result.recordId);
      for (const [field, sent] of Object.entries(action.fields)) {
        const conflict = result.conflicts?.find((c) => c.field === field);
        const stored = (row as Record<string, unknown> | null)?.[field];
        const prior = (before as Record<string, unknown> | null)?.[field];
        const last = lastWrite.get(`${action.quarter}:${field}`);
        const unseen = before !== null && prior !== sent && last !== undefined && last.device !== action.device && last.rev > (known?.rev ?? 0);
        expect(conflict !== undefined).toBe(unseen);
        if (!conflict && prior !== sent && result.rev !== null) lastWrite.set(`${action.quarter}:${field}`, { device: action.device, rev: result.rev });
        if (!conflict) {
          expect(stored).toEqual(sent);
          continue;
        }
        expect(stored).toEqual(conflict.serverValue);
        expect(conflict.yourValue).toEqual(sent);
        expect(recorded.some((r) => r.mutationId === mutation.id && r.field === field && r.incomingValue === sent)).toBe(true);
      }
    }
    // Resending everything is answered from the stored outcomes and writes nothing.
    const lastRev = await server.store.getLastRev(tenant.id);
    for (const device of devices.filter((d) => d.sent.length > 0)) {
      const again = await pushOk(server.app, device.cookie, device.id, device.sent);
      expect(again.results.every((r) => r.duplicate)).toBe(true);
    }
    expect(await server.store.getLastRev(tenant.id)).toBe(lastRev);
    // The log's last row of each entry is the stored row.
    const log = await server.store.listChanges({ tenantId: tenant.id, after: 0, upTo: lastRev, orgUnitId: null, limit: 10_000 });
    for (const quarter of [1, 2]) {
      const row = await server.store.findRealisationByKey(indicator.id, quarter);
      if (!row) continue;
      const { fieldRevs: _r, fieldDevices: _d, ...domainRow } = row;
      expect(log.filter((c) => c.recordId === row.id).at(-1)?.after).toEqual(domainRow);
    }
  }), { numRuns: 12 });
});
