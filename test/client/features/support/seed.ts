// Puts a PK straight into the user's database through its tables, as a pull would leave it.
import type { PantauDatabase } from '../../../../src/client/db/database';
import { buildAgreement, buildGoal, buildIndicator, buildProgram, buildRealisation } from '../../../support/factories';
import { sessionUnit } from './fixtures';

export async function seedAgreement(db: PantauDatabase) {
  const unit = { ...sessionUnit };
  const agreement = buildAgreement(unit);
  const goal = buildGoal(agreement);
  const count = buildIndicator(goal, { order: 0 });
  const coverage = buildIndicator(goal, {
    order: 1,
    name: 'Cakupan imunisasi dasar lengkap',
    unit: '%',
    aggregation: 'last',
    targetType: 'percent',
    annualTarget: 95,
    quarterTargets: [80, 85, 90, 95],
  });
  const zeroTarget = buildIndicator(goal, {
    order: 2,
    name: 'Kasus gizi buruk baru yang ditangani',
    unit: 'kasus',
    annualTarget: 0,
    quarterTargets: [0, 0, 0, 0],
  });
  const statement = buildIndicator(goal, {
    order: 3,
    name: 'Penetapan Perda kawasan tanpa rokok',
    unit: 'dokumen',
    aggregation: 'last',
    targetType: 'text',
    annualTarget: 'Perda ditetapkan',
    quarterTargets: [null, null, null, 'Perda ditetapkan'],
  });
  const range = buildIndicator(goal, {
    order: 4,
    name: 'Indeks kepuasan masyarakat',
    unit: 'indeks',
    aggregation: 'last',
    targetType: 'range',
    annualTarget: { min: 80, max: 90 },
    quarterTargets: [null, { min: 80, max: 90 }, null, { min: 80, max: 90 }],
  });
  const scale = buildIndicator(goal, {
    order: 5,
    name: 'Nilai SAKIP dinas',
    unit: 'predikat',
    aggregation: 'last',
    targetType: 'scale',
    annualTarget: 5,
    quarterTargets: [null, null, null, 5],
    scaleLevels: [
      { label: 'B', score: 4 },
      { label: 'BB', score: 5 },
      { label: 'A', score: 6 },
    ],
  });
  const program = buildProgram(agreement, { order: 0 });
  const activity = buildProgram(agreement, {
    order: 1,
    level: 'kegiatan',
    parentId: program.id,
    code: '1.02.02.2.01',
    name: 'Penyediaan Fasilitas Pelayanan Kesehatan',
    budget: 1_000_000_000,
  });
  const program2 = buildProgram(agreement, { order: 2, code: '1.02.03', name: 'Program Peningkatan SDM Kesehatan', budget: 500_000_000 });

  await db.orgUnits.put(unit);
  await db.agreements.put(agreement);
  await db.goals.put(goal);
  await db.indicators.bulkPut([count, coverage, zeroTarget, statement, range, scale]);
  await db.realisations.bulkPut([
    buildRealisation(count, { quarter: 1, value: 285 }),
    buildRealisation(coverage, { quarter: 1, value: 0 }),
    buildRealisation(zeroTarget, { quarter: 1, value: 5 }),
  ]);
  await db.programs.bulkPut([program, activity, program2]);
  return { unit, agreement, goal, count, coverage, zeroTarget, statement, range, scale, program, activity, program2 };
}
