// Pushes of one tenant, at most two at a time in this process, before they take a connection.
//
// A push holds its tenant's writer lock (the counter row, FOR UPDATE) for its whole transaction.
// Without this queue, a burst of pushes to one tenant would each take a pooled connection and then
// wait on that lock inside PostgreSQL, and pulls (which need no lock) would queue for a connection
// behind them: the closed-loop benchmark saw pull latency equal to push latency. With it, an
// instance holds at most two connections per tenant for pushes: the one holding the lock, and the
// next, which has begun its transaction and locked its device so it starts the moment the lock is
// free. The lock in the database still serialises pushes across instances; this queue only keeps
// the waiting out of the pool. It holds no data: losing it (a restart) loses nothing.
import type { Store } from '../../store/connection';

export const pushesPerTenant = 2;

interface Slot { running: number; waiting: Array<() => void> }

const slots = new WeakMap<Store, Map<string, Slot>>();

export async function inTenantQueue<T>(store: Store, tenantId: string, work: () => Promise<T>): Promise<T> {
  let byTenant = slots.get(store);
  if (!byTenant) {
    byTenant = new Map();
    slots.set(store, byTenant);
  }
  let slot = byTenant.get(tenantId);
  if (!slot) {
    slot = { running: 0, waiting: [] };
    byTenant.set(tenantId, slot);
  }
  if (slot.running >= pushesPerTenant) {
    const queued = slot;
    await new Promise<void>((resolve) => queued.waiting.push(resolve));
  } else {
    slot.running += 1;
  }
  try {
    return await work();
  } finally {
    // Hand the place straight to the next in line (FIFO), or give it back.
    const next = slot.waiting.shift();
    if (next) next();
    else {
      slot.running -= 1;
      if (slot.running === 0) byTenant.delete(tenantId);
    }
  }
}
