// A deadline extension for one unit reaches that unit's device with the synced window: offline,
// the entry page reads the quarter as open until the unit's own end, other units see the lock.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PantauDatabase } from '../../../src/client/db/database';
import { getPeriodWindowOf } from '../../../src/client/db/queries';
import { isQuarterLocked } from '../../../src/domain/period-lock';
import type { PeriodWindow } from '../../../src/domain/period-window';
import type { Agreement } from '../../../src/domain/agreement';
import { buildAgreement, buildGoal, buildIndicator, buildOrgUnit } from '../../support/factories';
import { dropDatabase, freshDatabase, operatorTenant, tenantId, unitId, villages } from './factories';

let db: PantauDatabase;
let agreement: Agreement;
let indicatorId: string;
beforeEach(async () => { ({ db, agreement, indicator: { id: indicatorId } } = await freshDatabase()); });
afterEach(async () => { await dropDatabase(db); });

const otherUnit = '00000000-0000-4000-8000-0000000000bb';
const window = (extensions: PeriodWindow['extensions']): PeriodWindow => ({
  id: crypto.randomUUID(), tenantId, rev: 9, updatedAt: '2026-04-20T00:00:00.000Z', updatedBy: null, deviceId: null, deleted: false,
  year: agreement.year, quarter: 1, locked: true, lockAt: null, ...(extensions ? { extensions } : {}),
});

describe('a deadline extension on the device', () => {
  it('opens the quarter for the extended unit until its end, and leaves it locked for the others', async () => {
    const until = '2026-04-30T15:59:00.000Z';
    await db.periodWindows.put(window([{ orgUnitId: unitId, until }]));
    const mine = await getPeriodWindowOf(db, indicatorId, 1);
    expect(mine).toMatchObject({ locked: false, lockAt: until });
    expect(isQuarterLocked(mine, new Date('2026-04-25T00:00:00Z'))).toBe(false);
    expect(isQuarterLocked(mine, new Date('2026-05-01T00:00:00Z'))).toBe(true);

    const pk = buildAgreement(buildOrgUnit(operatorTenant, { id: otherUnit }), { year: 2026 });
    const other = buildIndicator(buildGoal(pk), villages);
    await db.agreements.put(pk);
    await db.indicators.put(other);
    expect(isQuarterLocked(await getPeriodWindowOf(db, other.id, 1), new Date('2026-04-25T00:00:00Z'))).toBe(true);
  });

  it('reads a window stored before extensions existed as before', async () => {
    await db.periodWindows.put(window(undefined));
    expect(isQuarterLocked(await getPeriodWindowOf(db, indicatorId, 1), new Date('2026-04-25T00:00:00Z'))).toBe(true);
  });
});
