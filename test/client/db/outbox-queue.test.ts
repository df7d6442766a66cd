// Invariant 1 in one place (db/outbox-queue.ts): an outbox entry is queued only inside the
// transaction that writes its row, numbered in order, and goes or stays with that transaction.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openUserDatabase, type PantauDatabase } from '../../../src/client/db/database';
import { baseRevOf, queueMutation, type QueuedMutation } from '../../../src/client/db/outbox-queue';
import { dropDatabase } from './factories';

let db: PantauDatabase;
beforeEach(() => {
  db = openUserDatabase(crypto.randomUUID());
});
afterEach(async () => {
  await dropDatabase(db);
});

const mutation = (value: number): QueuedMutation => ({
  entity: 'realisation', recordId: crypto.randomUUID(), op: 'upsert', fields: { value }, baseRev: null, clientTime: new Date().toISOString(),
});

describe('queueMutation', () => {
  it('queues pending entries numbered in order inside a transaction that writes the outbox', async () => {
    await db.transaction('rw', [db.outbox, db.meta], async () => {
      await queueMutation(db, mutation(1));
      await queueMutation(db, mutation(2));
    });
    const entries = await db.outbox.orderBy('seq').toArray();
    expect(entries.map((e) => [e.fields.value, e.state, e.attempts, e.lastError])).toEqual([[1, 'pending', 0, null], [2, 'pending', 0, null]]);
    expect(entries[1]!.seq).toBeGreaterThan(entries[0]!.seq);
  });

  it('refuses to queue outside a transaction, in a read-only one, or in one without the outbox', async () => {
    await expect(queueMutation(db, mutation(1))).rejects.toThrow(/outside a transaction/);
    await expect(db.transaction('r', [db.outbox, db.meta], () => queueMutation(db, mutation(1)))).rejects.toThrow(/outside a transaction/);
    await expect(db.transaction('rw', [db.realisations, db.meta], () => queueMutation(db, mutation(1)))).rejects.toThrow(/outside a transaction/);
    expect(await db.outbox.count()).toBe(0);
  });

  it('goes with its row: a transaction that fails after queueing leaves neither', async () => {
    const failing = db.transaction('rw', [db.outbox, db.meta, db.realisations], async () => {
      await queueMutation(db, mutation(1));
      throw new Error('quota');
    });
    await expect(failing).rejects.toThrow('quota');
    expect(await db.outbox.count()).toBe(0);
  });

  it('bases a change on the acknowledged rev only', () => {
    expect(baseRevOf({ rev: 0 })).toBeNull();
    expect(baseRevOf({ rev: 7 })).toBe(7);
  });
});
