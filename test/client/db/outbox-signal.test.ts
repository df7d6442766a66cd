// The outbox signal (db/outbox-signal.ts): told once a transaction that added entries has
// committed — once per transaction, after the outermost one of nested transactions, never for
// one that rolled back, never for other writes of the outbox (acknowledgements, state changes).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openUserDatabase, type OutboxEntry, type PantauDatabase } from '../../../src/client/db/database';
import { onOutboxEntryAdded } from '../../../src/client/db/outbox-signal';
import { dropDatabase } from './factories';

let db: PantauDatabase;
beforeEach(() => {
  db = openUserDatabase(crypto.randomUUID());
});
afterEach(async () => {
  await dropDatabase(db);
});

const entry = (seq: number): OutboxEntry => ({
  seq, id: crypto.randomUUID(), entity: 'realisation', recordId: crypto.randomUUID(), op: 'upsert', fields: { value: seq },
  baseRev: null, clientTime: new Date().toISOString(), state: 'pending', attempts: 0, lastError: null,
});

/** What the listener saw, with the outbox count it found at that moment (committed or not). */
function listen() {
  const seen: number[] = [];
  const stop = onOutboxEntryAdded(db, () => {
    void db.outbox.count().then((count) => seen.push(count));
  });
  return { seen, stop };
}
const flush = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('onOutboxEntryAdded', () => {
  it('tells after the commit, once per transaction however many entries it adds', async () => {
    const { seen } = listen();
    await db.transaction('rw', [db.outbox, db.meta], async () => {
      await db.outbox.add(entry(1));
      await db.outbox.add(entry(2));
      await db.meta.put({ key: 'nextSeq', value: 3 });
    });
    await db.outbox.bulkAdd([entry(3), entry(4)]);
    await flush();
    expect(seen).toEqual([2, 4]);
  });

  it('after the outermost transaction when transactions nest (a repository called inside another)', async () => {
    const order: string[] = [];
    onOutboxEntryAdded(db, () => order.push('told'));
    await db.transaction('rw', [db.outbox, db.meta], async () => {
      await db.transaction('rw', db.outbox, async () => {
        await db.outbox.add(entry(1));
      });
      order.push('inner done');
      await db.meta.put({ key: 'nextSeq', value: 2 });
      order.push('outer body done');
    });
    await flush();
    expect(order).toEqual(['inner done', 'outer body done', 'told']);
  });

  it('not when the transaction rolls back (nothing was saved)', async () => {
    const { seen } = listen();
    await expect(
      db.transaction('rw', db.outbox, async () => {
        await db.outbox.add(entry(1));
        throw new Error('storage full');
      }),
    ).rejects.toThrow('storage full');
    await flush();
    expect(seen).toEqual([]);
    expect(await db.outbox.count()).toBe(0);
  });

  it('not for updates or deletes of entries (the sender’s own bookkeeping), nor after unsubscribing', async () => {
    await db.outbox.add(entry(1));
    const { seen, stop } = listen();
    await db.outbox.update(1, { state: 'sending' });
    await db.outbox.put({ ...entry(1), state: 'pending', attempts: 1 });
    await db.outbox.delete(1);
    await flush();
    expect(seen).toEqual([]);
    stop();
    await db.outbox.add(entry(2));
    await flush();
    expect(seen).toEqual([]);
  });

  it('per database: a write to another user’s database is not this one’s', async () => {
    const other = openUserDatabase(crypto.randomUUID());
    try {
      const { seen } = listen();
      await other.outbox.add(entry(1));
      await flush();
      expect(seen).toEqual([]);
    } finally {
      await dropDatabase(other);
    }
  });
});
