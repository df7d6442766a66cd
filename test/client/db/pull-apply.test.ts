import { describe, expect, it } from 'vitest';
import type { Change } from '../../../src/api/sync';
import { applyPullChanges, PullRowError, resetLocalData } from '../../../src/client/db/pull-apply';
import { saveRealisation } from '../../../src/client/db/realisation-repository';
import { getSyncMeta } from '../../../src/client/db/queries';
import { buildRealisation } from '../../support/factories';
import { operator, useFreshDatabase } from './factories';
import type { Realisation } from '../../../src/domain/realisation';

const fresh = useFreshDatabase();

const change = (rev: number, row: Realisation): Change => ({ rev, entity: 'realisation', recordId: row.id, row: { ...row, rev } });
const serverTime = '2026-04-10T00:00:00.000Z';
const base = { quarter: 1 as const, drivers: '', obstacles: '', followUp: '' };

describe('applyPullChanges', () => {
  it('stores parsed rows and the cursor', async () => {
    const row = buildRealisation(fresh.indicator, { year: 2026, value: 3 });
    await applyPullChanges(fresh.db, [change(5, row)], 5, serverTime);
    expect(await fresh.db.realisations.get(row.id)).toEqual({ ...row, rev: 5 });
    expect((await getSyncMeta(fresh.db)).cursor).toBe(5);
  });

  it('keeps a pending local value over the server value (rebase), and the server value of other fields', async () => {
    const created = await saveRealisation(fresh.db, operator, { indicatorId: fresh.indicator.id, value: 1, ...base });
    await fresh.db.realisations.update(created.id, { rev: 2 });
    await fresh.db.outbox.clear(); // the create was acknowledged
    const saved = await saveRealisation(fresh.db, operator, { indicatorId: fresh.indicator.id, value: 8, ...base });
    const fromServer = { ...saved, value: 1, obstacles: 'Hujan', rev: 3 };
    await applyPullChanges(fresh.db, [change(3, fromServer)], 3, serverTime);
    const row = await fresh.db.realisations.get(saved.id);
    expect(row).toMatchObject({ value: 8, obstacles: 'Hujan', rev: 3 });
    expect(await fresh.db.outbox.count()).toBe(1);
  });

  it('keeps a returned entry edited here a draft while the edit is unsent, the note from the server', async () => {
    const created = await saveRealisation(fresh.db, operator, { indicatorId: fresh.indicator.id, value: 1, ...base });
    await fresh.db.outbox.clear(); // the create was acknowledged
    const returned = { ...created, status: 'returned' as const, reviewNote: 'Lampirkan notulen.', rev: 4 };
    await applyPullChanges(fresh.db, [change(4, returned)], 4, serverTime);
    expect((await fresh.db.realisations.get(created.id))?.status).toBe('returned');
    await saveRealisation(fresh.db, operator, { indicatorId: fresh.indicator.id, value: 2, ...base });
    expect((await fresh.db.realisations.get(created.id))?.status).toBe('draft');
    // The same returned row pulled again (another field changed) before the edit reaches the server.
    await applyPullChanges(fresh.db, [change(5, { ...returned, obstacles: 'Hujan' })], 5, serverTime);
    expect(await fresh.db.realisations.get(created.id)).toMatchObject({ status: 'draft', value: 2, obstacles: 'Hujan', reviewNote: 'Lampirkan notulen.' });
  });

  it('takes the server value when nothing is pending', async () => {
    const row = buildRealisation(fresh.indicator, { year: 2026, value: 3 });
    await applyPullChanges(fresh.db, [change(1, row)], 1, serverTime);
    await applyPullChanges(fresh.db, [change(2, { ...row, value: 6 })], 2, serverTime);
    expect((await fresh.db.realisations.get(row.id))?.value).toBe(6);
  });

  it('folds a local unsent row into the server row of the same fresh.indicator × quarter', async () => {
    const local = await saveRealisation(fresh.db, operator, { indicatorId: fresh.indicator.id, value: 8, ...base });
    const server = buildRealisation(fresh.indicator, { year: 2026, value: 2, drivers: 'Dari perangkat lain' });
    await applyPullChanges(fresh.db, [change(4, server)], 4, serverTime);
    expect(await fresh.db.realisations.get(local.id)).toBeUndefined();
    expect(await fresh.db.realisations.get(server.id)).toMatchObject({ value: 8, drivers: '', rev: 4 });
    const [entry] = await fresh.db.outbox.toArray();
    expect(entry).toMatchObject({ recordId: local.id, rowId: server.id });
  });

  it('refuses an invalid row and writes nothing, cursor unchanged', async () => {
    const good = buildRealisation(fresh.indicator, { year: 2026, value: 1 });
    const bad: Change = { rev: 2, entity: 'realisation', recordId: good.id, row: { ...good, quarter: 7 } };
    await expect(applyPullChanges(fresh.db, [change(1, good), bad], 2, serverTime)).rejects.toBeInstanceOf(PullRowError);
    expect(await fresh.db.realisations.count()).toBe(0);
    expect((await getSyncMeta(fresh.db)).cursor).toBe(0);
  });
});

describe('resetLocalData', () => {
  it('clears mirrored rows and the cursor but keeps outbox, its rows, rejections, conflicts, deviceId and nextSeq', async () => {
    const other = buildRealisation(fresh.indicator, { year: 2026, quarter: 3 });
    await applyPullChanges(fresh.db, [change(9, other)], 9, serverTime);
    const mine = await saveRealisation(fresh.db, operator, { indicatorId: fresh.indicator.id, value: 8, ...base });
    await fresh.db.rejections.put({
      mutationId: crypto.randomUUID(), seq: 1, entity: 'realisation', recordId: other.id, fields: {}, code: 'quarter_locked', message: 'x', rejectedAt: serverTime,
    });
    await fresh.db.conflicts.put({ id: 'c1', entity: 'realisation', recordId: other.id, field: 'value', serverValue: 1, yourValue: 2, detectedAt: serverTime });
    const before = await getSyncMeta(fresh.db);
    const nextSeq = (await fresh.db.meta.get('nextSeq'))?.value;

    await resetLocalData(fresh.db);

    expect(await fresh.db.realisations.get(other.id)).toBeUndefined();
    expect(await fresh.db.realisations.get(mine.id)).toMatchObject({ value: 8 });
    expect(await fresh.db.indicators.count()).toBe(0);
    expect(await fresh.db.outbox.count()).toBe(1);
    expect(await fresh.db.rejections.count()).toBe(1);
    expect(await fresh.db.conflicts.count()).toBe(1);
    const after = await getSyncMeta(fresh.db);
    expect(after.cursor).toBe(0);
    expect(after.deviceId).toBe(before.deviceId);
    expect((await fresh.db.meta.get('nextSeq'))?.value).toBe(nextSeq);
  });
});
