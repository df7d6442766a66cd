// The evaluator's queue holds, with each submitted entry, the capaian of the same indicator in the
// other units that quarter (domain/peer-outlier.ts), read from the device's copy of the tenant.
import { describe, expect, it } from 'vitest';
import { listReviewQueue } from '../../../src/client/db/workflow-queries';
import { buildAgreement, buildGoal, buildIndicator, buildOrgUnit, buildRealisation } from '../../support/factories';
import { operatorTenant, useFreshDatabase } from './factories';

const fresh = useFreshDatabase();

describe('listReviewQueue', () => {
  it('gives each entry its peers: the same indicator\'s capaian in the other units, whatever their status', async () => {
    const name = 'Persentase desa yang menyampaikan laporan APBDes tepat waktu';
    const units = Array.from({ length: 7 }, () => buildOrgUnit(operatorTenant));
    const values = [20, 78, 80, 82, 84, 86, 90];
    for (const [i, unit] of units.entries()) {
      const agreement = buildAgreement(unit, { year: 2026 });
      const indicator = buildIndicator(buildGoal(agreement), { name, unit: '%', aggregation: 'last', targetType: 'percent', annualTarget: 100, quarterTargets: [100, 100, 100, 100] });
      await fresh.db.agreements.put(agreement);
      await fresh.db.indicators.put(indicator);
      await fresh.db.realisations.put(buildRealisation(indicator, { year: 2026, quarter: 2, value: values[i] ?? null, status: i === 0 ? 'submitted' : 'draft' }));
    }
    // Another indicator's entries and another quarter's are no peers.
    await fresh.db.realisations.put(buildRealisation(fresh.indicator, { year: 2026, quarter: 2, value: 3 }));

    const groups = await listReviewQueue(fresh.db, 'A');
    expect(groups).toHaveLength(1);
    const [item] = groups[0]?.items ?? [];
    expect(item?.realisation.value).toBe(20);
    expect([...(item?.peers ?? [])].sort((a, b) => a - b)).toEqual([78, 80, 82, 84, 86, 90]);
  });
});
