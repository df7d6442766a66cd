// A unit's record of an indicator in the years before (domain/history-outlier.ts reads it): the
// indicator of the same name and satuan in the PK in force of each of the two years before, its
// quarters oldest first; other units', later years' and superseded PKs' values are not part of it.
import { describe, expect, it } from 'vitest';
import { earlierYearValues, earlierYearsOfIndicator } from '../../../src/client/db/earlier-years';
import { listReviewQueue } from '../../../src/client/db/workflow-queries';
import type { Agreement } from '../../../src/domain/agreement';
import type { Indicator } from '../../../src/domain/indicator';
import { buildAgreement, buildGoal, buildIndicator, buildRealisation } from '../../support/factories';
import { operatorUnit, unitId, useFreshDatabase } from './factories';

const fresh = useFreshDatabase();
const ikm: Partial<Indicator> = { name: 'Indeks Kepuasan Masyarakat', unit: 'indeks', aggregation: 'last', targetType: 'number', annualTarget: 80, quarterTargets: [80, 80, 80, 80] };

/** A PK of `year` with the IKM, its quarters filled with `values` (null: not filled). */
async function pkWithIkm(year: number, values: ReadonlyArray<number | null>, agreement: Partial<Agreement> = {}, indicator: Partial<Indicator> = {}): Promise<Indicator> {
  const pk = buildAgreement(operatorUnit, { year, ...agreement });
  const goal = buildGoal(pk);
  const row = buildIndicator(goal, { ...ikm, ...indicator });
  await fresh.db.agreements.put(pk);
  await fresh.db.goals.put(goal);
  await fresh.db.indicators.put(row);
  for (const [i, value] of values.entries()) {
    if (value !== null) await fresh.db.realisations.put(buildRealisation(row, { orgUnitId: pk.orgUnitId, year, quarter: (i + 1) as 1 | 2 | 3 | 4, value }));
  }
  return row;
}

describe('earlierYearValues', () => {
  it('reads the two years before, oldest first, from the PK in force, by name and satuan as written loosely', async () => {
    await pkWithIkm(2023, [60, 61, 62, 63]); // three years back: not read
    await pkWithIkm(2024, [70, null, 72, 73]);
    await pkWithIkm(2025, [74, 75, 76, 77], { version: 1, status: 'superseded' });
    await pkWithIkm(2025, [74, 75, 76, 78], { version: 2, status: 'signed' }, { name: ' indeks kepuasan  masyarakat ' });
    await pkWithIkm(2025, [1, 1, 1, 1], {}, { name: 'Indeks Kepuasan Masyarakat', orgUnitId: crypto.randomUUID() });
    const current = await pkWithIkm(2026, [79, null, null, null]);

    expect(await earlierYearsOfIndicator(fresh.db, current.id)).toEqual([70, 72, 73, 74, 75, 76, 78]);
    expect((await earlierYearValues(fresh.db, unitId, 2026)).size).toBe(1);
    await fresh.db.indicators.put({ ...current, unit: 'nilai' });
    expect(await earlierYearsOfIndicator(fresh.db, current.id)).toEqual([]);
  });

  it('goes with each entry in the evaluator\'s queue, so a jump from the unit\'s record is flagged first', async () => {
    await pkWithIkm(2025, [72, 73, 75, 74]);
    const current = await pkWithIkm(2026, [75, 76, 95, null]);
    const submitted = (await fresh.db.realisations.where('indicatorId').equals(current.id).toArray()).find((r) => r.quarter === 3);
    if (!submitted) throw new Error('TW III is missing');
    await fresh.db.realisations.put({ ...submitted, status: 'submitted' });

    const [group] = await listReviewQueue(fresh.db, 'A');
    expect(group?.items[0]?.earlierYears).toEqual([72, 73, 75, 74]);
  });
});
