// The start snapshot is thrown away on every write that changed a row (db/data-changes.ts), and
// only then: a cleanup that matched nothing runs on every sync cycle and must not count.
import { afterEach, expect, it } from 'vitest';
import { openUserDatabase, type PantauDatabase } from '../../../src/client/db/database';
import { onDeviceDataChanged } from '../../../src/client/db/data-changes';
import { operatorUnit } from './factories';

let db: PantauDatabase | null = null;
let stop = () => {};
afterEach(async () => {
  stop();
  if (db) await db.delete();
});

/** Dexie reports a write after its transaction commits; wait until the next macrotask. */
const settle = () => new Promise((done) => setTimeout(done, 20));

it('tells about a write that changed rows, not about one that matched nothing', async () => {
  db = openUserDatabase(crypto.randomUUID());
  await db.open();
  let changes = 0;
  stop = onDeviceDataChanged(() => (changes += 1));

  await db.outbox.bulkDelete([]);
  await db.outbox.where('recordId').equals('none').delete();
  await settle();
  expect(changes).toBe(0);

  // The sync's bookkeeping (meta) is not a change of the device's data.
  await db.meta.put({ key: 'lastSyncAt', value: '2026-12-06T00:00:00.000Z' });
  await settle();
  expect(changes).toBe(0);

  await db.orgUnits.put(operatorUnit);
  await settle();
  expect(changes).toBe(1);

  stop();
  await db.orgUnits.put(operatorUnit);
  await settle();
  expect(changes).toBe(1);
});
