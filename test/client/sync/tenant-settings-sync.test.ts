// @vitest-environment node
// Tenant settings reach every signed-in device with its next sync (issue 15): the admin switches
// the lower-is-better formula to B on their device; the evaluator's device, after ONE sync, holds
// the new settings in its session and its dashboard shows the capaian by formula B — no new sign-in.
// The real client sync code over fake-indexeddb, against the real server app.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { adminRoutes } from '../../../src/api/admin';
import type { SessionInfo } from '../../../src/api/auth';
import { fetchSession } from '../../../src/client/sync/auth-api';
import { yearToDateAchievement } from '../../../src/domain/achievement';
import { quarterValuesOf } from '../../../src/domain/quarter-values';
import { getMeta } from '../../../src/client/db/meta';
import type { PulledTenant } from '../../../src/client/db/pulled-tenant';
import { watchSessionTenant } from '../../../src/client/session/pulled-tenant-watch';
import { seedDemoData } from '../../../src/server/seed/seed';
import { createTestServer, csrf, loginAs, type TestServer } from '../../support/server-app';
import { buildIndicator, buildRealisation } from '../../support/factories';
import { worldYear } from '../../support/server-factories';
import { openDevice, type TestDevice } from '../../support/sync-devices';

let server: TestServer;
const devices: TestDevice[] = [];
beforeAll(async () => {
  server = await createTestServer();
  // Unit B's only filled indicator: lower is better, target 8, realisation 10 in TW IV.
  // Formula A: (2 − 10/8) × 100 = 75; formula B: 8/10 × 100 = 80.
  const goalB = server.world.data.goals.find((g) => g.orgUnitId === server.world.units.unitB.id);
  if (!goalB) throw new Error('no goal of unit B');
  const lower = buildIndicator(goalB, { name: 'Waktu layanan', unit: 'hari', polarity: 'lower', aggregation: 'last', annualTarget: 8, quarterTargets: [8, 8, 8, 8], order: 1 });
  await seedDemoData(server.store, {
    tenants: [], orgUnits: [], users: [], agreements: [], goals: [], indicators: [lower], programs: [], realisations: [buildRealisation(lower, { year: worldYear, quarter: 4, status: 'verified', value: 10 })],
  });
}, 60_000);
afterAll(async () => {
  for (const device of devices) await device.destroy();
  await server.cleanup();
}, 60_000);

/** The capaian the device's screens compute for the lower-is-better indicator, s.d. TW IV, with the session's settings. */
async function capaianOnDevice(device: TestDevice, info: SessionInfo): Promise<number | null> {
  const indicator = (await device.db.indicators.toArray()).find((i) => i.name === 'Waktu layanan');
  if (!indicator) throw new Error('indicator not pulled');
  const rows = await device.db.realisations.where('indicatorId').equals(indicator.id).toArray();
  const at = (q: number) => rows.find((r) => r.quarter === q) ?? null;
  const byQuarter = [at(1), at(2), at(3), at(4)] as const;
  const achievement = yearToDateAchievement(indicator, quarterValuesOf(byQuarter), 4, info.tenant.settings.lowerIsBetterFormula);
  return achievement.computable ? achievement.percent : null;
}

describe('tenant settings on every device', () => {
  it('a formula change on the admin device reaches the evaluator device after one sync', async () => {
    const evaluator = await openDevice(server, 'evaluator');
    devices.push(evaluator);
    let session = await fetchSession({ fetch: evaluator.jar.fetch });
    const applied = vi.fn();
    const stop = watchSessionTenant({
      db: evaluator.db, userId: session.user.id, current: () => session,
      apply: (next) => { session = next; applied(next); },
    });
    await evaluator.engine.syncNow();
    expect(session.tenant.settings.lowerIsBetterFormula).toBe('A');
    expect(await capaianOnDevice(evaluator, session)).toBeCloseTo(75, 6);

    // The admin, on their own device, a minute later.
    server.clock.advance(60_000);
    const admin = await loginAs(server.app, 'admin');
    const saved = await server.app.inject({ method: 'PUT', url: adminRoutes.settings, headers: { cookie: admin, ...csrf }, payload: { lowerIsBetterFormula: 'B' } });
    expect(saved.statusCode).toBe(200);

    await evaluator.engine.syncNow(); // one sync, no sign-in
    expect((await getMeta<PulledTenant>(evaluator.db, 'tenant'))?.tenant.settings.lowerIsBetterFormula).toBe('B');
    await vi.waitFor(() => expect(session.tenant.settings.lowerIsBetterFormula).toBe('B'));
    expect(applied).toHaveBeenCalledTimes(1);
    expect(await capaianOnDevice(evaluator, session)).toBeCloseTo(80, 6);

    // Another sync with nothing new changes nothing; an older pulled copy never overrides a fresh sign-in.
    await evaluator.engine.syncNow();
    expect(applied).toHaveBeenCalledTimes(1);
    stop();
  });

  it('a sign-in newer than the last pull keeps its own copy of the settings', async () => {
    const leader = await openDevice(server, 'pimpinan');
    devices.push(leader);
    await leader.engine.syncNow(); // pulls formula B (the test above)
    server.clock.advance(60_000);
    const admin = await loginAs(server.app, 'admin');
    await server.app.inject({ method: 'PUT', url: adminRoutes.settings, headers: { cookie: admin, ...csrf }, payload: { lowerIsBetterFormula: 'A' } });
    server.clock.advance(60_000);
    let session = await fetchSession({ fetch: leader.jar.fetch }); // fresh: formula A
    const applied = vi.fn();
    const stop = watchSessionTenant({ db: leader.db, userId: session.user.id, current: () => session, apply: (next) => { session = next; applied(next); } });
    await new Promise((done) => setTimeout(done, 50));
    expect(applied).not.toHaveBeenCalled();
    expect(session.tenant.settings.lowerIsBetterFormula).toBe('A');
    stop();
  });
});
