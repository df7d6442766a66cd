// The device's database opened by this build over one an older build made: from v7 (plans pulled
// without their sasaran daerah and IKU) the plans are fetched once more (meta catchUp), and a plan
// row still without them reads as a plan with none until then.
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openUserDatabase, userDatabaseName, type PantauDatabase } from '../../../src/client/db/database';
import { getMeta } from '../../../src/client/db/meta';
import { getPlanOfYear } from '../../../src/client/db/plan-queries';
import { buildRpjmdPlan, buildTenant } from '../../support/factories';

let opened: PantauDatabase | null = null;
afterEach(async () => {
  await opened?.delete();
  opened = null;
});

/** A database as the older build left it at `version`: its meta and plan rows. */
async function olderDatabase(version: number, meta: Array<{ key: string; value: unknown }>, plans: object[]): Promise<string> {
  const userId = `older-${crypto.randomUUID()}`;
  const older = new Dexie(userDatabaseName(userId));
  older.version(version).stores({ meta: 'key', rpjmdPlans: 'id' });
  await older.open();
  await older.table('meta').bulkPut(meta);
  await older.table('rpjmdPlans').bulkPut(plans);
  older.close();
  return userId;
}

describe('upgrading the device database', () => {
  it('from v7 (v8): catches up on the RPJMD plans, which now hold sasaran daerah, and reads an old row as none', async () => {
    const { sasaran: _left, ...oldRow } = buildRpjmdPlan(buildTenant(), { periodStart: 2025, periodEnd: 2029 });
    const userId = await olderDatabase(7, [{ key: 'cursor', value: 42 }, { key: 'catchUp', value: [] }], [oldRow]);
    opened = openUserDatabase(userId);
    await opened.open();
    expect(opened.verno).toBe(8);
    expect(await getMeta<string[]>(opened, 'catchUp')).toEqual(['rpjmdPlan', 'agreement', 'goal', 'indicator']);
    expect(await getMeta<number>(opened, 'cursor')).toBe(42);
    expect(await getPlanOfYear(opened, 2027)).toMatchObject({ id: oldRow.id, visi: oldRow.visi, sasaran: [] });
  });

  it('from v7 with a catch-up still pending: the plans are added to it, not put in its place', async () => {
    const userId = await olderDatabase(7, [{ key: 'catchUp', value: ['lkeEvidence'] }], []);
    opened = openUserDatabase(userId);
    await opened.open();
    expect(await getMeta<string[]>(opened, 'catchUp')).toEqual(['lkeEvidence', 'rpjmdPlan', 'agreement', 'goal', 'indicator']);
  });
});
