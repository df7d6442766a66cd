// Pushes of one tenant, one at a time in this process, before they take a database connection.
//
// A push holds its tenant's writer lock (the counter row, FOR UPDATE) for its whole transaction.
// Without this queue, a burst of pushes to one tenant would each take a pooled connection and then
// wait on that lock inside PostgreSQL, and pulls (which need no lock) would queue for a connection
// behind them: the closed-loop benchmark saw pull latency equal to push latency. With it, an
// instance holds at most one connection per tenant for pushes. The lock in the database still
// serialises pushes across instances; this queue only keeps the waiting out of the pool.
// It holds no data: losing it (a restart) loses nothing.
import type { Store } from '../store/connection';

const queues = new WeakMap<Store, Map<string, Promise<void>>>();

export function inTenantQueue<T>(store: Store, tenantId: string, work: () => Promise<T>): Promise<T> {
  let byTenant = queues.get(store);
  if (!byTenant) {
    byTenant = new Map();
    queues.set(store, byTenant);
  }
  const previous = byTenant.get(tenantId) ?? Promise.resolve();
  const run = previous.then(work);
  const tail = run.then(() => undefined, () => undefined);
  byTenant.set(tenantId, tail);
  const tenants = byTenant;
  void tail.then(() => {
    if (tenants.get(tenantId) === tail) tenants.delete(tenantId);
  });
  return run;
}
