// A pemda's cascade put straight into the device's database, as a pull would leave it: the pemda PK
// (one sasaran, one IKU) in the setda; Dinas A on plan, Dinas B far behind unless `behind` is false,
// and one of B's indicators not aligned. Read by the cascade screen's and its documents' tests.
import type { ActiveSession } from '../../../../src/client/session/active-session';
import { buildAgreement, buildGoal, buildIndicator, buildOrgUnit, buildRealisation } from '../../../support/factories';
import { otherUnitId, sessionTenant, unitId } from './fixtures';

export async function seedCascade(db: ActiveSession['db'], options: { behind: boolean } = { behind: true }) {
  const setda = buildOrgUnit(sessionTenant, { name: 'Sekretariat Daerah', type: 'setda' });
  const unitA = buildOrgUnit(sessionTenant, { id: unitId, name: 'Dinas A' });
  const unitB = buildOrgUnit(sessionTenant, { id: otherUnitId, name: 'Dinas B' });
  await db.orgUnits.bulkPut([setda, unitA, unitB]);
  const pemda = buildAgreement(setda, { kind: 'pemda' });
  const sasaran = buildGoal(pemda, { name: 'Meningkatnya kualitas pelayanan publik' });
  const iku = buildIndicator(sasaran, { name: 'Indeks Kepuasan Masyarakat', annualTarget: 82, quarterTargets: [null, null, null, 82], aggregation: 'last' });
  await db.agreements.put(pemda);
  await db.goals.put(sasaran);
  await db.indicators.put(iku);
  const realisations = [];
  for (const unit of [unitA, unitB]) {
    const agreement = buildAgreement(unit);
    const goal = buildGoal(agreement);
    const linked = buildIndicator(goal, { name: `Layanan ${unit.name}`, annualTarget: 400, quarterTargets: [100, 100, 100, 100], supportsId: iku.id });
    await db.agreements.put(agreement);
    await db.goals.put(goal);
    await db.indicators.put(linked);
    realisations.push(buildRealisation(linked, { quarter: 1, value: unit === unitB && options.behind ? 30 : 100 }));
    if (unit === unitB) await db.indicators.put(buildIndicator(goal, { order: 1, name: 'Kunjungan Dinas B', supportsId: null }));
  }
  await db.realisations.bulkPut(realisations);
}
