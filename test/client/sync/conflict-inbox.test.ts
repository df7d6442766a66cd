// @vitest-environment node
// Two devices change the same field offline; after syncing both show the conflict in their inbox,
// one resolves it, and both converge on the choice with the conflict resolved. Real client sync
// code over fake-indexeddb against the real server app (design.md, "Sync protocol").
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { useSyncDevices, type TestDevice } from '../../support/sync-devices';
import { saveRealisation } from '../../../src/client/db/realisation-repository';
import { resolveConflict } from '../../../src/client/db/conflict-choice';
import { listConflictViews } from '../../../src/client/db/inbox-queries';
import { getEntrySyncStates } from '../../../src/client/db/queries';
import type { Realisation } from '../../../src/domain/realisation';

type Device = TestDevice & { online: { value: boolean } };
const sync = useSyncDevices();

/** A device whose network the test switches off and on. */
async function device(username: string): Promise<Device> {
  const online = { value: true };
  const d = await sync.device(username, {
    wrapFetch: (inner) => (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (!online.value) throw new TypeError('Failed to fetch');
      return inner(input, init);
    }) as typeof fetch,
  });
  return Object.assign(d, { online });
}

const entryOf = async (d: Device, id: string): Promise<Realisation> => {
  const row = await d.db.realisations.get(id);
  if (!row) throw new Error('entry missing on device');
  return row;
};

describe('conflict inbox across two devices', () => {
  it('both devices show the conflict; one resolves; both converge with it resolved', async () => {
    const indicatorId = sync.server.world.indicators.growth.id;
    const [a, b] = [await device('operator.a'), await device('kepala.a')];
    for (const d of [a, b]) await d.engine.syncNow();
    const created = await saveRealisation(a.db, a.actor, { indicatorId, quarter: 1, value: 10, drivers: '', obstacles: 'awal', followUp: '' });
    await a.engine.syncNow();
    await b.engine.syncNow();
    expect((await entryOf(b, created.id)).obstacles).toBe('awal');

    // Offline, both change the same field.
    a.online.value = false;
    b.online.value = false;
    const input = { indicatorId, quarter: 1 as const, value: 10, drivers: '', followUp: '' };
    await saveRealisation(a.db, a.actor, { ...input, obstacles: 'jalan rusak' });
    await saveRealisation(b.db, b.actor, { ...input, obstacles: 'banjir' });
    a.online.value = true;
    b.online.value = true;
    await a.engine.syncNow();
    await b.engine.syncNow();
    await a.engine.syncNow();

    for (const d of [a, b]) {
      const views = await listConflictViews(d.db);
      expect(views).toHaveLength(1);
      expect(views[0]?.conflict).toMatchObject({ recordId: created.id, field: 'obstacles', serverValue: 'jalan rusak', yourValue: 'banjir' });
      expect(views[0]?.conflict.record?.yours.userName).toBe('Pengguna kepala.a');
      expect(views[0]?.context.indicatorName).toBe(sync.server.world.indicators.growth.name);
      expect((await getEntrySyncStates(d.db)).get(created.id)).toBe('conflict');
      expect((await entryOf(d, created.id)).obstacles).toBe('jalan rusak');
    }

    const [view] = await listConflictViews(b.db);
    if (!view) throw new Error('no conflict');
    await resolveConflict(b.db, b.actor, view.conflict.id, { resolution: 'combined', value: 'jalan rusak; banjir' });
    expect(await listConflictViews(b.db)).toHaveLength(0);
    expect((await getEntrySyncStates(b.db)).get(created.id)).toBe('pending');
    await b.engine.syncNow();
    await a.engine.syncNow();

    for (const d of [a, b]) {
      expect(await d.db.outbox.count()).toBe(0);
      expect(await listConflictViews(d.db)).toHaveLength(0);
      expect((await getEntrySyncStates(d.db)).has(created.id)).toBe(false);
      expect((await entryOf(d, created.id)).obstacles).toBe('jalan rusak; banjir');
      const conflict = await d.db.conflicts.get(view.conflict.id);
      expect(conflict?.record).toMatchObject({ status: 'resolved', resolution: 'combined', resolvedValue: 'jalan rusak; banjir' });
    }
    const entryA = await entryOf(a, created.id);
    expect(entryA).toEqual(await entryOf(b, created.id));
  });
});
