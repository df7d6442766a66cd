// Pushes of one tenant wait in the process, at most two at a time, in arrival order; other
// tenants are not held up, and a failing push frees its place.
import { expect, it } from 'vitest';
import type { Store } from '../../../../src/server/store/connection';
import { inTenantQueue, pushesPerTenant } from '../../../../src/server/services/sync/tenant-queue';

const store = {} as Store; // the queue only uses the store as a key

it('runs at most two pushes of a tenant at once, first come first served, and frees a failed one', async () => {
  let running = 0;
  let most = 0;
  const started: number[] = [];
  const task = (n: number, fail = false) => inTenantQueue(store, 'tenant-a', async () => {
    started.push(n);
    running += 1;
    most = Math.max(most, running);
    await new Promise((resolve) => setTimeout(resolve, 5));
    running -= 1;
    if (fail) throw new Error(`task ${n}`);
    return n;
  });
  const other = inTenantQueue(store, 'tenant-b', async () => 'b');
  const results = await Promise.allSettled([task(1), task(2, true), task(3), task(4), task(5)]);
  expect(most).toBe(pushesPerTenant);
  expect(started).toEqual([1, 2, 3, 4, 5]);
  expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled', 'fulfilled']);
  expect(await other).toBe('b');
});
