// @vitest-environment node
// The sync engine against the REAL server app (PGlite in memory) through app.inject(): no mock of
// the server, only of the network where a test needs it to fail.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { failingFirst } from '../../support/inject-fetch';
import { useSyncDevices, type DeviceOptions } from '../../support/sync-devices';
import { saveRealisation, type RealisationInput } from '../../../src/client/db/realisation-repository';
import { getRejection, getSyncMeta } from '../../../src/client/db/queries';
import { dismissRejection } from '../../../src/client/db/inbox';
import { sessionLifetimeMs } from '../../../src/server/services/auth/auth';
import type { Realisation } from '../../../src/domain/realisation';

const sync = useSyncDevices({ serverPerTest: true });
const device = (username: string, options?: DeviceOptions) => sync.device(username, options);

const entry = (indicatorId: string, quarter: 1 | 2 | 3 | 4, value: number | null, drivers = ''): RealisationInput => ({
  indicatorId, quarter, value, drivers, obstacles: '', followUp: '',
});

/** What a second session (an evaluator, tenant-wide) sees on the server for an indicator × quarter. */
async function serverRows(indicatorId: string, quarter: number): Promise<Realisation[]> {
  const evaluator = await device('evaluator');
  await evaluator.engine.syncNow();
  expect(evaluator.engine.getState().phase).toBe('idle');
  return (await evaluator.db.realisations.toArray()).filter((r) => r.indicatorId === indicatorId && r.quarter === quarter);
}

describe('sync engine against the real server', () => {
  it('pulls the unit’s PK, pushes a saved value, and records lastSyncAt and clock skew', async () => {
    const { indicators } = sync.server.world;
    const op = await device('operator.a');
    sync.server.clock.advance(3_600_000); // the server is an hour ahead of this device
    await op.engine.syncNow();
    expect(op.engine.getState()).toMatchObject({ phase: 'idle', lastErrorCode: null });
    expect(await op.db.indicators.get(indicators.count.id)).toBeDefined();

    await saveRealisation(op.db, op.actor, entry(indicators.count.id, 1, 21, 'Pendampingan'));
    await op.engine.syncNow();
    expect(await op.db.outbox.count()).toBe(0);
    const [local] = (await op.db.realisations.toArray()).filter((r) => r.indicatorId === indicators.count.id && r.quarter === 1);
    expect(local?.rev).toBeGreaterThan(0);

    const meta = await getSyncMeta(op.db);
    expect(meta.lastSyncAt).not.toBeNull();
    expect(meta.clockSkewMs).toBeGreaterThan(3_500_000);
    expect(meta.clockSkewMs).toBeLessThan(3_700_000);
    expect(op.engine.getState().clockSkewMs).toBe(meta.clockSkewMs);

    const rows = await serverRows(indicators.count.id, 1);
    expect(rows).toMatchObject([{ id: local?.id, value: 21, drivers: 'Pendampingan' }]);
  });

  it('keeps the outbox until acknowledged: a lost answer is resent and applied once', async () => {
    const { indicators } = sync.server.world;
    let loseAnswer = true;
    let outboxDuringPush = -1;
    const op = await device('operator.a', {
      wrapTransport: (t) => ({
        pull: (q) => t.pull(q),
        push: async (req) => {
          outboxDuringPush = await op.db.outbox.count();
          const response = await t.push(req); // the server applies it…
          if (loseAnswer) {
            loseAnswer = false;
            throw new TypeError('connection reset'); // …but the answer never arrives
          }
          return response;
        },
      }),
    });
    await op.engine.syncNow();
    await saveRealisation(op.db, op.actor, entry(indicators.count.id, 2, 5));
    await op.engine.syncNow();
    expect(outboxDuringPush).toBe(1);
    expect(op.engine.getState().phase).toBe('error');
    const [kept] = await op.db.outbox.toArray();
    expect(kept).toMatchObject({ state: 'pending', attempts: 1 });

    await op.engine.syncNow();
    expect(op.engine.getState().phase).toBe('idle');
    expect(await op.db.outbox.count()).toBe(0);
    const rows = await serverRows(indicators.count.id, 2);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.value).toBe(5);
  });

  it('survives a thrown network error and then delivers the entry exactly once', async () => {
    const { indicators } = sync.server.world;
    const op = await device('operator.a', { wrapFetch: (f) => failingFirst(f, 1) });
    await saveRealisation(op.db, op.actor, entry(indicators.growth.id, 1, -2.5)).catch(() => undefined);
    // The indicator is not on the device before the first pull: nothing was saved.
    expect(await op.db.outbox.count()).toBe(0);

    await op.engine.syncNow(); // the fetch throws
    expect(op.engine.getState()).toMatchObject({ phase: 'error', lastErrorCode: 'network' });
    await op.engine.syncNow(); // pulls the PK
    await saveRealisation(op.db, op.actor, entry(indicators.growth.id, 1, -2.5));
    await op.engine.syncNow();
    await op.engine.syncNow();
    expect(op.engine.getState().phase).toBe('idle');
    expect(await op.db.outbox.count()).toBe(0);
    const rows = await serverRows(indicators.growth.id, 1);
    expect(rows.map((r) => r.value)).toEqual([-2.5]);
  });

  it('keeps the outbox through a dropped connection in the middle of a push batch', async () => {
    const { indicators } = sync.server.world;
    let fail = false;
    const op = await device('operator.a', {
      wrapFetch: (f) => (async (input: RequestInfo | URL, init?: RequestInit) => {
        if (fail) throw new TypeError('Failed to fetch');
        return f(input, init);
      }) as typeof fetch,
    });
    await op.engine.syncNow();
    await saveRealisation(op.db, op.actor, entry(indicators.count.id, 1, 1));
    await saveRealisation(op.db, op.actor, entry(indicators.percent.id, 1, 50));
    fail = true;
    await op.engine.syncNow();
    expect(op.engine.getState().lastErrorCode).toBe('network');
    expect((await op.db.outbox.toArray()).map((e) => e.state)).toEqual(['pending', 'pending']);
    fail = false;
    await op.engine.syncNow();
    expect(await op.db.outbox.count()).toBe(0);
  });

  it('stores a refused mutation with its reason and still applies the one behind it', async () => {
    const { indicators, submitted } = sync.server.world;
    const op = await device('operator.a');
    await op.engine.syncNow();
    expect((await op.db.realisations.get(submitted.id))?.status).toBe('submitted');
    await saveRealisation(op.db, op.actor, entry(indicators.count.id, 4, 999)); // already submitted: locked
    await saveRealisation(op.db, op.actor, entry(indicators.count.id, 3, 7));
    await op.engine.syncNow();

    expect(op.engine.getState().phase).toBe('idle');
    expect(await op.db.outbox.count()).toBe(0);
    const rejection = await getRejection(op.db, submitted.id);
    expect(rejection).toMatchObject({ code: 'not_editable', fields: { value: 999 } });
    expect(rejection?.message).not.toBe('');
    expect((await serverRows(indicators.count.id, 3)).map((r) => r.value)).toEqual([7]);
    expect((await serverRows(indicators.count.id, 4)).map((r) => r.value)).toEqual([submitted.value]);

    // Once the user lets the refusal go, the device shows the server's value again.
    expect((await op.db.realisations.get(submitted.id))?.value).toBe(999);
    await dismissRejection(op.db, rejection!.mutationId);
    await op.engine.syncNow();
    expect(await op.db.realisations.get(submitted.id)).toMatchObject({ value: submitted.value, status: 'submitted' });
  });

  it('pulls another unit’s data only to tenant-wide roles, and never another tenant’s', async () => {
    const { indicators } = sync.server.world;
    const opA = await device('operator.a');
    const opB = await device('operator.b');
    await opB.engine.syncNow();
    await saveRealisation(opB.db, opB.actor, entry(indicators.unitB.id, 1, 3));
    await opB.engine.syncNow();
    expect(await opB.db.outbox.count()).toBe(0);

    await opA.engine.syncNow();
    const evaluator = await device('evaluator');
    await evaluator.engine.syncNow();
    const leader = await device('pimpinan');
    await leader.engine.syncNow();

    expect(await opA.db.indicators.get(indicators.count.id)).toBeDefined();
    expect(await opA.db.indicators.get(indicators.unitB.id)).toBeUndefined();
    expect(await opA.db.realisations.where('indicatorId').equals(indicators.unitB.id).count()).toBe(0);
    for (const tenantWide of [evaluator, leader]) {
      expect(await tenantWide.db.indicators.get(indicators.unitB.id)).toBeDefined();
      expect(await tenantWide.db.realisations.where('indicatorId').equals(indicators.unitB.id).count()).toBe(1);
      expect(await tenantWide.db.indicators.get(indicators.otherTenant.id)).toBeUndefined();
    }
  });

  it('stops at an expired session with the outbox kept, and resumes after a new login', async () => {
    const { indicators } = sync.server.world;
    const op = await device('operator.a');
    await op.engine.syncNow();
    await saveRealisation(op.db, op.actor, entry(indicators.count.id, 1, 4));
    sync.server.clock.advance(sessionLifetimeMs + 86_400_000);
    await op.engine.syncNow();
    expect(op.engine.getState()).toMatchObject({ phase: 'sessionExpired', lastErrorCode: 'session_expired' });
    expect(await op.db.outbox.count()).toBe(1);

    await op.relogin();
    await op.engine.syncNow();
    expect(op.engine.getState().phase).toBe('idle');
    expect(await op.db.outbox.count()).toBe(0);
    expect((await serverRows(indicators.count.id, 1)).map((r) => r.value)).toEqual([4]);
  });

  it('converges when two devices create the same indicator × quarter offline', async () => {
    const { indicators } = sync.server.world;
    const op = await device('operator.a');
    const head = await device('kepala.a');
    await op.engine.syncNow();
    await head.engine.syncNow();
    await saveRealisation(op.db, op.actor, entry(indicators.count.id, 2, 10, 'dari operator'));
    const headRow = await saveRealisation(head.db, head.actor, entry(indicators.count.id, 2, 12));
    await op.engine.syncNow();
    await head.engine.syncNow();
    await op.engine.syncNow();

    const [serverRow, ...extra] = await serverRows(indicators.count.id, 2);
    expect(extra).toEqual([]);
    for (const d of [op, head]) {
      expect(await d.db.outbox.count()).toBe(0);
      const rows = (await d.db.realisations.toArray()).filter((r) => r.indicatorId === indicators.count.id && r.quarter === 2);
      expect(rows).toEqual([serverRow]);
    }
    expect(await head.db.realisations.get(headRow.id)).toBeUndefined();
  });

  it('never runs two cycles at once', async () => {
    let active = 0;
    let maxActive = 0;
    let pulls = 0;
    const op = await device('operator.a', {
      wrapTransport: (t) => ({
        push: (req) => t.push(req),
        pull: async (q) => {
          active += 1;
          pulls += 1;
          maxActive = Math.max(maxActive, active);
          try {
            return await t.pull(q);
          } finally {
            active -= 1;
          }
        },
      }),
    });
    await Promise.all([op.engine.syncNow(), op.engine.syncNow(), op.engine.syncNow()]);
    expect(maxActive).toBe(1);
    // The calls made during the first cycle are served by one more cycle, not two.
    expect(pulls).toBe(2);
  });
});
