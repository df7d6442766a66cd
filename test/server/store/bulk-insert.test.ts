// The push batch's multi-row inserts (store/bulk-insert.ts) send a value shared by every row once,
// and the keys a jsonb object shares across the rows once: what is stored must be exactly what
// one insert per row stores. Compared as Postgres writes the rows out (row_to_json: jsonb in its
// canonical form, timestamps to the microsecond), on PGlite and on PostgreSQL.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Store } from '../../../src/server/store/connection';
import type { RealisationRecord } from '../../../src/server/store/entity-queries';
import type { ChangeRecord, MutationRecord } from '../../../src/server/store/sync-queries';
import { createTestStore, type TestStore } from '../../support/server-store';

let testStore: TestStore;
let store: Store;
beforeAll(async () => {
  testStore = await createTestStore();
  store = testStore.store;
});
afterAll(async () => { await testStore.cleanup(); });

/** Every row of a table as Postgres writes it out (row_to_json), parsed. */
async function dump(table: string): Promise<Array<Record<string, unknown>>> {
  const rows: Array<Record<string, unknown>> = [];
  await store.tables.exportTables(async (name, page) => {
    if (name === table) for (const row of page) rows.push(JSON.parse(row) as Record<string, unknown>);
  });
  return rows;
}

const at = new Date('2026-12-07T13:23:13.424Z');
const tricky = 'kutip "ganda", \\ garis miring, ünïcödé 🙂 dan \n baris baru';

/** Rows that share some columns, some jsonb keys (scalars and objects), and differ in the rest. */
function changeRows(tenantId: string): ChangeRecord[] {
  const values = [0.1, -0, 1e21, 12.5, null];
  return values.map((value, i) => ({
    tenantId, rev: i + 1, entity: 'realisation', recordId: randomUUID(), orgUnitId: i === 4 ? null : '8e1b7452-e65d-44f0-8907-8e48bb03085a',
    op: 'insert', before: null,
    after: {
      id: `row-${i}`, tenantId, note: tricky, nested: { a: 1, b: [1, 2], c: { d: null } }, value, kind: i % 2 === 0 ? 'x' : 1,
      gone: undefined, ...(i === 0 ? { onlyFirst: true } : {}), same: i < 4 ? 'sama' : 'beda',
    },
    userId: i === 2 ? null : '1faec955-9369-42ea-989a-c0d7a66693bb', deviceId: 'de30af33-e2d0-4e7e-ad61-1ce4d0f61fc9', mutationId: randomUUID(), createdAt: at,
  }));
}

const withoutTenant = (rows: Array<Record<string, unknown>>, tenantId: string) => rows
  .filter((r) => r.tenant_id === tenantId)
  .map(({ tenant_id: _t, after, ...rest }) => ({ ...rest, after: JSON.stringify({ ...(after as object), tenantId: null }) }))
  .map((r) => JSON.stringify(r));

it('stores change-log rows exactly as one insert per row does', async () => {
  const [bulk, single] = [randomUUID(), randomUUID()];
  await store.appendChanges(changeRows(bulk));
  for (const row of changeRows(single)) await store.appendChange(row);
  const rows = await dump('changes');
  const ofBulk = withoutTenant(rows, bulk);
  expect(ofBulk).toHaveLength(5);
  // recordId and mutationId are random per call: compare everything else.
  const strip = (r: string) => r.replace(/"(record_id|mutation_id)":"[0-9a-f-]+"/g, '');
  expect(ofBulk.map(strip)).toEqual(withoutTenant(rows, single).map(strip));
  // A nullable jsonb column sent once as null stays SQL NULL.
  expect(rows.filter((r) => r.tenant_id === bulk).every((r) => r.before === null)).toBe(true);
});

it('stores mutations (payload and outcome objects) exactly as one insert per row does', async () => {
  const rowsFor = (deviceId: string): MutationRecord[] => [1, 2, 3].map((seq) => ({
    id: `00000000-0000-4000-8000-00000000000${seq}`, deviceId, seq, userId: '1faec955-9369-42ea-989a-c0d7a66693bb',
    payload: { id: seq, entity: 'realisation', op: 'upsert', fields: { value: seq, drivers: tricky }, baseRev: null },
    outcome: { seq, duplicate: false, status: 'applied', rev: 10 + seq },
    receivedAt: at,
  }));
  const [bulk, single] = [randomUUID(), randomUUID()];
  await store.insertMutations(rowsFor(bulk));
  for (const row of rowsFor(single)) await store.insertMutation(row);
  const rows = await dump('mutations');
  const of = (deviceId: string) => rows.filter((r) => r.device_id === deviceId).map(({ device_id: _d, ...rest }) => JSON.stringify(rest));
  expect(of(bulk)).toHaveLength(3);
  expect(of(bulk)).toEqual(of(single));
});

it('upserts realisations by id: new rows inserted, known rows replaced, the tenant kept', async () => {
  const tenantId = randomUUID();
  const record = (i: number, value: number): RealisationRecord => ({
    id: `10000000-0000-4000-8000-00000000000${i}`, tenantId, rev: value, updatedAt: at.toISOString(), updatedBy: '1faec955-9369-42ea-989a-c0d7a66693bb',
    deviceId: 'de30af33-e2d0-4e7e-ad61-1ce4d0f61fc9', deleted: false, orgUnitId: '8e1b7452-e65d-44f0-8907-8e48bb03085a', indicatorId: randomUUID(),
    year: 2026, quarter: 1, value, drivers: tricky, obstacles: '', followUp: '', status: 'draft', reviewNote: null,
    fieldRevs: { value, drivers: 1 }, fieldDevices: { value: 'de30af33-e2d0-4e7e-ad61-1ce4d0f61fc9' },
  });
  const first = [record(1, 1), record(2, 2)];
  await store.upsertRealisations(first);
  const second = [{ ...record(2, 20), indicatorId: first[1]?.indicatorId ?? '', tenantId: randomUUID() }, record(3, 3)];
  await store.upsertRealisations(second);
  expect(await store.getRealisation(record(1, 1).id)).toEqual(first[0]);
  // The conflict update leaves the tenant as it was.
  expect(await store.getRealisation(record(2, 2).id)).toEqual({ ...second[0], tenantId });
  expect(await store.getRealisation(record(3, 3).id)).toEqual(second[1]);
});
