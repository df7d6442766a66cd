import { describe, expect, it } from 'vitest';
import type { MutationResult } from '../../../src/api/sync';
import { acknowledgeResults, releaseSending, takeOutboxBatch } from '../../../src/client/db/push-ack';
import { saveRealisation } from '../../../src/client/db/realisation-repository';
import { getEntrySyncStates, getRejection } from '../../../src/client/db/queries';
import { dismissRejection } from '../../../src/client/db/inbox';
import { operator, useFreshDatabase } from './factories';

const fresh = useFreshDatabase();

const save = (quarter: 1 | 2 | 3 | 4, value: number) =>
  saveRealisation(fresh.db, operator, { indicatorId: fresh.indicator.id, quarter, value, drivers: '', obstacles: '', followUp: '' });

const result = (entry: { id: string; seq: number; recordId: string }, overrides: Partial<MutationResult> = {}): MutationResult => ({
  id: entry.id,
  seq: entry.seq,
  status: 'applied',
  duplicate: false,
  recordId: entry.recordId,
  rev: 10 + entry.seq,
  ...overrides,
});

describe('takeOutboxBatch / releaseSending', () => {
  it('takes at most max entries in seq order, marks them sending, and puts them back on failure', async () => {
    await save(1, 1);
    await save(2, 2);
    await save(3, 3);
    const batch = await takeOutboxBatch(fresh.db, 2);
    expect(batch.map((e) => e.seq)).toEqual([1, 2]);
    expect((await fresh.db.outbox.toArray()).map((e) => e.state)).toEqual(['sending', 'sending', 'pending']);
    await releaseSending(fresh.db, 'offline');
    const entries = await fresh.db.outbox.toArray();
    expect(entries.map((e) => e.state)).toEqual(['pending', 'pending', 'pending']);
    expect(entries.map((e) => e.attempts)).toEqual([1, 1, 0]);
    expect(entries[0]?.lastError).toBe('offline');
  });

  it('stops before the byte budget (counting UTF-8, not characters), and always takes the oldest entry', async () => {
    const note = (field: string) => `${field} ${'—'.repeat(3000)}`; // 3 bytes a character
    for (const quarter of [1, 2, 3] as const) {
      await saveRealisation(fresh.db, operator, { indicatorId: fresh.indicator.id, quarter, value: quarter, drivers: note('d'), obstacles: note('o'), followUp: '' });
    }
    const one = 2 * 3 * 3000; // each entry is a little over this many bytes
    const twoFit = await takeOutboxBatch(fresh.db, 10, null, 2 * one + 1000);
    expect(twoFit.map((e) => e.seq)).toEqual([1, 2]); // by characters all three would fit
    expect((await fresh.db.outbox.toArray()).map((e) => e.state)).toEqual(['sending', 'sending', 'pending']);
    await releaseSending(fresh.db);
    const tooSmall = await takeOutboxBatch(fresh.db, 10, null, 100);
    expect(tooSmall.map((e) => e.seq)).toEqual([1]);
  });
});

describe('acknowledgeResults', () => {
  it('deletes only acknowledged entries and adopts the rev', async () => {
    const a = await save(1, 1);
    await save(2, 2);
    const batch = await takeOutboxBatch(fresh.db, 10);
    const summary = await acknowledgeResults(fresh.db, [result(batch[0]!)]);
    expect(summary.acknowledged).toBe(1);
    expect((await fresh.db.outbox.toArray()).map((e) => [e.seq, e.state])).toEqual([[2, 'pending']]);
    expect((await fresh.db.realisations.get(a.id))?.rev).toBe(11);
  });

  it('ignores a result whose mutation id does not match the entry at that seq', async () => {
    await save(1, 1);
    const [entry] = await takeOutboxBatch(fresh.db, 10);
    await acknowledgeResults(fresh.db, [result(entry!, { id: crypto.randomUUID() })]);
    expect(await fresh.db.outbox.count()).toBe(1);
  });

  it('keeps the rev of a row that has a newer pending entry, and gives that entry its base', async () => {
    const a = await save(1, 1);
    await save(1, 5);
    const [first] = await takeOutboxBatch(fresh.db, 1);
    await acknowledgeResults(fresh.db, [result(first!)]);
    expect((await fresh.db.realisations.get(a.id))?.rev).toBe(0);
    const [next] = await fresh.db.outbox.toArray();
    expect(next).toMatchObject({ seq: 2, baseRev: 11, fields: { value: 5 } });
  });

  it('stores a rejection with its reason, keeps the refused value, and does not hold up the next entry', async () => {
    const a = await save(1, 7);
    const b = await save(2, 2);
    const batch = await takeOutboxBatch(fresh.db, 10);
    await acknowledgeResults(fresh.db, [
      result(batch[0]!, { status: 'rejected', rev: null, reason: { code: 'quarter_locked', message: 'Jadwal input triwulan ini sudah dikunci.' } }),
      result(batch[1]!),
    ]);
    expect(await fresh.db.outbox.count()).toBe(0);
    expect((await fresh.db.realisations.get(a.id))?.value).toBe(7);
    expect(await getRejection(fresh.db, a.id)).toMatchObject({ code: 'quarter_locked', fields: { value: 7 }, seq: 1 });
    expect((await fresh.db.realisations.get(b.id))?.rev).toBe(12);
    expect((await getEntrySyncStates(fresh.db)).get(a.id)).toBe('refused');
    expect((await getEntrySyncStates(fresh.db)).has(b.id)).toBe(false);
  });

  it('records a conflict per field and shows the value the server kept', async () => {
    const a = await save(1, 7);
    const [entry] = await takeOutboxBatch(fresh.db, 10);
    await acknowledgeResults(fresh.db, [
      result(entry!, { status: 'conflict', conflicts: [{ field: 'value', serverValue: 3, yourValue: 7 }] }),
    ]);
    const conflicts = await fresh.db.conflicts.toArray();
    expect(conflicts).toMatchObject([{ recordId: a.id, field: 'value', serverValue: 3, yourValue: 7 }]);
    expect((await fresh.db.realisations.get(a.id))?.value).toBe(3);
    expect((await getEntrySyncStates(fresh.db)).get(a.id)).toBe('conflict');
  });

  it('re-keys the local row and later entries when the server folded the row into its own', async () => {
    const local = await save(1, 7);
    await save(1, 8);
    const serverId = crypto.randomUUID();
    const [first] = await takeOutboxBatch(fresh.db, 1);
    await acknowledgeResults(fresh.db, [result(first!, { recordId: serverId, rev: 20 })]);
    expect(await fresh.db.realisations.get(local.id)).toBeUndefined();
    expect(await fresh.db.realisations.get(serverId)).toMatchObject({ id: serverId, value: 8 });
    const [later] = await fresh.db.outbox.toArray();
    expect(later).toMatchObject({ seq: 2, recordId: serverId, baseRev: 20, fields: { value: 8 } });
    expect((await getEntrySyncStates(fresh.db)).get(serverId)).toBe('pending');
  });

  it('renumbers never-acknowledged entries from the seq the server expects', async () => {
    await save(1, 1);
    await save(2, 2);
    await save(3, 3);
    await fresh.db.outbox.delete(1); // acknowledged long ago by a server since restored from backup
    const batch = await takeOutboxBatch(fresh.db, 10);
    const ids = batch.map((e) => e.id);
    const summary = await acknowledgeResults(fresh.db, [], { expectedSeq: 1 });
    expect(summary.renumbered).toBe(2);
    const entries = await fresh.db.outbox.toArray();
    expect(entries.map((e) => [e.seq, e.id, e.state])).toEqual([
      [1, ids[0], 'pending'],
      [2, ids[1], 'pending'],
    ]);
    expect((await fresh.db.meta.get('nextSeq'))?.value).toBe(3);
    await save(4, 4);
    expect((await fresh.db.outbox.toArray()).map((e) => e.seq)).toEqual([1, 2, 3]);
  });

  it('does not renumber when the expected entry is still on the device', async () => {
    await save(1, 1);
    await save(2, 2);
    const batch = await takeOutboxBatch(fresh.db, 10);
    const summary = await acknowledgeResults(fresh.db, [result(batch[0]!)], { expectedSeq: 2 });
    expect(summary.renumbered).toBe(0);
    expect((await fresh.db.outbox.toArray()).map((e) => e.seq)).toEqual([2]);
  });
});

describe('dismissRejection', () => {
  it('removes a refused row the server never had, once nothing else concerns it', async () => {
    const a = await save(1, 7);
    const [entry] = await takeOutboxBatch(fresh.db, 10);
    await acknowledgeResults(fresh.db, [result(entry!, { status: 'rejected', rev: null, reason: { code: 'quarter_locked', message: 'x' } })]);
    await dismissRejection(fresh.db, entry!.id);
    expect(await fresh.db.rejections.count()).toBe(0);
    expect(await fresh.db.realisations.get(a.id)).toBeUndefined();
  });

  it('moves the cursor back so that a row the server has is fetched again', async () => {
    const a = await save(1, 7);
    await fresh.db.realisations.update(a.id, { rev: 5 });
    await fresh.db.meta.put({ key: 'cursor', value: 40 });
    await fresh.db.outbox.clear();
    await save(1, 9);
    const [entry] = await takeOutboxBatch(fresh.db, 10);
    await acknowledgeResults(fresh.db, [result(entry!, { status: 'rejected', rev: null, reason: { code: 'not_editable', message: 'x' } })]);
    expect((await fresh.db.realisations.get(a.id))?.value).toBe(9);
    await dismissRejection(fresh.db, entry!.id);
    expect((await fresh.db.meta.get('cursor'))?.value).toBe(4);
    expect((await fresh.db.realisations.get(a.id))?.value).toBe(9); // until the pull brings the server's
  });
});
