// Invariant 1 (design.md): a row and its outbox entry are written in one transaction, so the
// server hears of every change the device holds and of nothing it does not. Every repository
// queues its mutations here, inside the transaction that writes the row; called outside one (or
// in one that cannot write the outbox) it throws rather than queue an entry that could outlive,
// or miss, its row.
import Dexie from 'dexie';
import type { OutboxEntry, PantauDatabase } from './database';
import { allocateSeq } from './meta';

export type QueuedMutation = Pick<OutboxEntry, 'entity' | 'recordId' | 'op' | 'fields' | 'baseRev' | 'clientTime'>;

/** The rev a change is based on: none for a row the server has not acknowledged yet. */
export function baseRevOf(row: { rev: number }): number | null {
  return row.rev > 0 ? row.rev : null;
}

export async function queueMutation(db: PantauDatabase, mutation: QueuedMutation): Promise<OutboxEntry> {
  const transaction = Dexie.currentTransaction;
  if (!transaction || transaction.mode !== 'readwrite' || !transaction.storeNames.includes('outbox')) {
    throw new Error(`queueMutation(${mutation.entity}) outside a transaction that writes its row and the outbox`);
  }
  const entry: OutboxEntry = { seq: await allocateSeq(db), id: crypto.randomUUID(), ...mutation, state: 'pending', attempts: 0, lastError: null };
  await db.outbox.add(entry);
  return entry;
}
