// Data sets for the sync benchmarks, built with the test factories.
// Tenant "push": one unit with 2,500 indicators and no realisations (10,000 creates to push).
// Tenant "pull": 100 units × 100 indicators × 4 quarters (≈ 50,700 synced rows), an evaluator and
// 200 operators (two per unit) for the concurrent devices.
import type { SeedData, SeedUser } from '../../src/server/seed/seed';
import type { Indicator } from '../../src/domain/indicator';
import type { Realisation } from '../../src/domain/realisation';
import type { Goal, Agreement } from '../../src/domain/agreement';
import type { OrgUnit } from '../../src/domain/org-unit';
import { quarters } from '../../src/domain/period';
import { buildAgreement, buildGoal, buildIndicator, buildOrgUnit, buildRealisation, buildTenant } from '../support/factories';
import { buildUser, worldYear } from '../support/server-factories';

export interface BenchWorld {
  data: SeedData;
  pusher: SeedUser;
  pushIndicators: Indicator[];
  evaluator: SeedUser;
  operators: SeedUser[];
  pullRows: number;
}

export function buildBenchWorld(options: { pushIndicators: number; units: number; indicatorsPerUnit: number; devices: number }): BenchWorld {
  const orgUnits: OrgUnit[] = [];
  const agreements: Agreement[] = [];
  const goals: Goal[] = [];
  const indicators: Indicator[] = [];
  const realisations: Realisation[] = [];
  const users: SeedUser[] = [];

  const pushTenant = buildTenant({ name: 'Kabupaten Dorong' });
  const pushUnit = buildOrgUnit(pushTenant, { code: 'P', name: 'Dinas Dorong' });
  orgUnits.push(pushUnit);
  const pushAgreement = buildAgreement(pushUnit, { year: worldYear });
  agreements.push(pushAgreement);
  const pushGoal = buildGoal(pushAgreement);
  goals.push(pushGoal);
  const pushIndicators = Array.from({ length: options.pushIndicators }, (_, i) => buildIndicator(pushGoal, { order: i, name: `Indikator ${i + 1}` }));
  indicators.push(...pushIndicators);
  const pusher = buildUser(pushUnit, 'operator', 'bench.pusher');
  users.push(pusher);

  const pullTenant = buildTenant({ name: 'Kabupaten Tarik' });
  const setda = buildOrgUnit(pullTenant, { code: 'S', name: 'Bappeda', type: 'setda' });
  orgUnits.push(setda);
  const evaluator = buildUser(setda, 'evaluator', 'bench.evaluator');
  users.push(evaluator);
  const units: OrgUnit[] = [];
  for (let u = 0; u < options.units; u += 1) {
    const unit = buildOrgUnit(pullTenant, { code: `U${u}`, name: `Dinas ${u + 1}`, parentId: setda.id });
    units.push(unit);
    orgUnits.push(unit);
    const agreement = buildAgreement(unit, { year: worldYear });
    agreements.push(agreement);
    const unitGoals = Array.from({ length: 5 }, (_, g) => buildGoal(agreement, { order: g, name: `Sasaran ${g + 1}` }));
    goals.push(...unitGoals);
    for (let i = 0; i < options.indicatorsPerUnit; i += 1) {
      const goal = unitGoals[i % unitGoals.length]!;
      const indicator = buildIndicator(goal, { order: i, name: `Indikator ${u + 1}.${i + 1}` });
      indicators.push(indicator);
      for (const q of quarters) realisations.push(buildRealisation(indicator, { year: worldYear, quarter: q, value: 10 + q }));
    }
  }
  const operators = Array.from({ length: options.devices }, (_, d) => buildUser(units[d % units.length]!, 'operator', `bench.op.${d}`));
  users.push(...operators);

  const pullRows = 1 + options.units * (1 + 1 + 5 + options.indicatorsPerUnit * 5);
  return {
    data: { tenants: [pushTenant, pullTenant], orgUnits, users, agreements, goals, indicators, programs: [], realisations },
    pusher, pushIndicators, evaluator, operators, pullRows,
  };
}
