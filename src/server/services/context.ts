// What every use case runs with: the store, a clock (tests move the clock, never sleep), and the
// instance's bound on password hashing (hash-gate.ts).
import type { Store } from '../store/connection';
import { createHashGate, type HashGate } from './auth/hash-gate';

export interface ServiceContext {
  store: Store;
  now: () => Date;
  hashGate: HashGate;
}

/** A context outside an HTTP app (the super-admin command, tests). */
export function createServiceContext(store: Store, now: () => Date = () => new Date()): ServiceContext {
  return { store, now, hashGate: createHashGate() };
}
