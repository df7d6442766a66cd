// "The outbox gained an entry", told after the write committed. Every repository writes its
// outbox entry in its own transaction (invariant 1: row and entry together), so this hook on the
// outbox table is the one place that sees them all — a realisation, a submission, a verify or
// return, a PK edit, a budget line, evidence, a conflict choice, and whatever comes next — and the
// sender (sync/sync-engine.ts) starts within a couple of seconds of any save. Entries the sync
// cycle itself re-adds (renumbered after a gap, re-queued behind a file upload) are told too: they
// are waiting to be sent as well.
import type { Transaction } from 'dexie';
import type { PantauDatabase } from './database';

type Listener = () => void;

const listenersOf = new WeakMap<PantauDatabase, Set<Listener>>();

/** The transaction that commits: a nested transaction ends before its root writes anything. */
function rootOf(transaction: Transaction): Transaction {
  let root = transaction;
  while (root.parent) root = root.parent;
  return root;
}

function watch(db: PantauDatabase): Set<Listener> {
  const listeners = new Set<Listener>();
  const told = new WeakSet<Transaction>();
  db.outbox.hook('creating', (_key, _entry, transaction) => {
    const root = rootOf(transaction);
    if (told.has(root)) return; // one signal per transaction, however many entries it adds
    told.add(root);
    root.on('complete', () => {
      for (const listener of [...listeners]) listener();
    });
  });
  listenersOf.set(db, listeners);
  return listeners;
}

/** Calls `listener` after each committed transaction that added outbox entries; returns the unsubscribe. */
export function onOutboxEntryAdded(db: PantauDatabase, listener: Listener): () => void {
  const listeners = listenersOf.get(db) ?? watch(db);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
