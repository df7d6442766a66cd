// The unit most document button tests print: a health office with a PK, one indicator realised in
// TW I and a budget line, put straight into the device's database.
import type { ActiveSession } from '../../../src/client/session/active-session';
import { buildAgreement, buildGoal, buildIndicator, buildOrgUnit, buildProgram, buildRealisation } from '../../support/factories';
import { sessionTenant, unitId } from '../features/support/fixtures';

export async function seedHealthUnit(db: ActiveSession['db'], status: 'draft' | 'signed' = 'signed') {
  const unit = buildOrgUnit(sessionTenant, { id: unitId, name: 'Dinas Kesehatan' });
  const agreement = buildAgreement(unit, { status });
  const goal = buildGoal(agreement, { name: 'Meningkatnya derajat kesehatan' });
  const indicator = buildIndicator(goal, { name: 'Persalinan di faskes', unit: '%', targetType: 'percent', aggregation: 'last', annualTarget: 93.75, quarterTargets: [90, 91, 92, 93.75] });
  await db.orgUnits.put(unit);
  await db.agreements.put(agreement);
  await db.goals.put(goal);
  await db.indicators.put(indicator);
  await db.programs.put(buildProgram(agreement, { budget: 1_234_567_000, name: 'Program Pemenuhan Upaya Kesehatan' }));
  await db.realisations.put(buildRealisation(indicator, { quarter: 1, value: 81, obstacles: 'Bidan cuti melahirkan' }));
  return agreement;
}
