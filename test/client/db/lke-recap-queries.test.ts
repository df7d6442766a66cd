// The device's read for the pemda recap of the LKE over a real Dexie: every unit held, the final
// score the server stored with its points per component scored on the device from the same
// answers (and adding up to it), the running score of an LKE not final, last year's final score.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PantauDatabase } from '../../../src/client/db/database';
import { openUserDatabase } from '../../../src/client/db/database';
import { getLkeRecapData } from '../../../src/client/db/lke-recap-queries';
import type { LkeEvaluation } from '../../../src/domain/lke-evaluation';
import { lkeScoredSheet, type LkeResponse, type LkeSide } from '../../../src/domain/lke-response';
import { lkePredikat, scoreLke } from '../../../src/domain/lke-score';
import { listLkeCriteria, lkeTemplateOf, settleLke, type LkeAnswer } from '../../../src/domain/lke-template';
import { rowMeta } from '../../support/rows';
import type { OrgUnit } from '../../../src/domain/org-unit';
import { buildOrgUnit } from '../../support/factories';
import { dropDatabase, operatorTenant, tenantId } from './factories';

const year = 2026;
const criteria = listLkeCriteria(lkeTemplateOf(year));

function response(orgUnitId: string, criterionId: string, side: LkeSide, answer: LkeAnswer | null): LkeResponse {
  return { ...rowMeta(tenantId, 1), orgUnitId, year, criterionId, side, answer, note: '' };
}

function evaluation(orgUnitId: string, of: number, status: LkeEvaluation['status'], score: number | null): LkeEvaluation {
  return {
    ...rowMeta(tenantId, 1), orgUnitId, year: of, status, score, predikat: score === null ? null : lkePredikat(score).code,
    finalisedAt: status === 'final' ? '2026-04-30T03:00:00.000Z' : null, finalisedBy: null,
  };
}

/** Each criterion's answer: ya for keberadaan (yes/no), `grade` for the graded ones; `low` in the components given. */
function sheet(orgUnitId: string, side: LkeSide, grade: LkeAnswer, low: readonly string[] = []): LkeResponse[] {
  return criteria.map((c) => {
    const isLow = low.includes(c.componentId);
    return response(orgUnitId, c.id, side, c.scale === 'yesNo' ? (isLow ? 'tidak' : 'ya') : isLow ? 'E' : grade);
  });
}

const unit = (name: string, overrides: Partial<OrgUnit> = {}) => buildOrgUnit(operatorTenant, { name, ...overrides });

let db: PantauDatabase;
beforeEach(() => {
  db = openUserDatabase(crypto.randomUUID());
});
afterEach(async () => {
  await dropDatabase(db);
});

describe('getLkeRecapData', () => {
  it('gives the server\'s final score with its points per component from the same answers, which add up to it', async () => {
    const dinkes = unit('Dinas Kesehatan');
    const disdik = unit('Dinas Pendidikan');
    const inspektorat = unit('Inspektorat');
    const satpol = unit('Satuan Polisi Pamong Praja');
    const closed = unit('Dinas Lama', { active: false });
    await db.orgUnits.bulkPut([dinkes, disdik, inspektorat, satpol, closed]);
    const dinkesAnswers = [...sheet(dinkes.id, 'self', 'A'), ...sheet(dinkes.id, 'review', 'B', ['evaluasi'])];
    await db.lkeResponses.bulkPut([
      // The unit said A everywhere; the evaluator's answers are the ones scored.
      ...dinkesAnswers,
      // Only Perencanaan answered so far, all at the top.
      ...sheet(disdik.id, 'self', 'A').filter((r) => r.criterionId.startsWith('perencanaan.')),
      ...sheet(inspektorat.id, 'review', 'A'),
    ]);
    // As the server stores it, by hand: ya and B everywhere earn 30% × 100 + 30% × 75 + 40% × 75 =
    // 82,5% of a component (24,75 + 24,75 + 12,375), and Evaluasi (25), all tidak and E, earns 0.
    const stored = 61.875;
    // …and as the server computes it when finalising (server/services/lke/lke-evaluation-mutation.ts).
    expect(scoreLke(lkeTemplateOf(year), lkeScoredSheet(dinkesAnswers)).total).toBe(stored);
    await db.lkeEvaluations.bulkPut([
      evaluation(dinkes.id, year, 'final', stored),
      evaluation(dinkes.id, year - 1, 'final', 58.5),
      evaluation(disdik.id, year - 1, 'open', null),
      // Finalised on a device; the server's score has not come back yet.
      evaluation(inspektorat.id, year, 'final', null),
    ]);

    const data = await getLkeRecapData(db, year);

    expect(data.year).toBe(year);
    expect(data.components).toEqual([
      { id: 'perencanaan', title: 'Perencanaan Kinerja', weight: 30 },
      { id: 'pengukuran', title: 'Pengukuran Kinerja', weight: 30 },
      { id: 'pelaporan', title: 'Pelaporan Kinerja', weight: 15 },
      { id: 'evaluasi', title: 'Evaluasi Akuntabilitas Kinerja Internal', weight: 25 },
    ]);
    expect(data.units).toEqual([
      { name: 'Dinas Kesehatan', status: 'final', score: 61.875, componentPoints: [24.75, 24.75, 12.375, 0], lastYearScore: 58.5 },
      // Last year's LKE was not final: no score to compare with.
      { name: 'Dinas Pendidikan', status: 'open', score: 30, componentPoints: null, lastYearScore: null },
      { name: 'Inspektorat', status: 'pending', score: 100, componentPoints: null, lastYearScore: null },
      { name: 'Satuan Polisi Pamong Praja', status: 'open', score: null, componentPoints: null, lastYearScore: null },
    ]);
    const final = data.units[0];
    expect(settleLke((final?.componentPoints ?? []).reduce((sum, p) => sum + p, 0))).toBe(final?.score);
  });

  it('gives no component points for a final LKE whose answers on this device do not add up to the server\'s score', async () => {
    const bappeda = unit('Bappeda');
    await db.orgUnits.put(bappeda);
    // The evaluator's answers to Evaluasi have not reached this device: its split adds up to 61,875, not 82,5.
    await db.lkeResponses.bulkPut(sheet(bappeda.id, 'review', 'B').filter((r) => !r.criterionId.startsWith('evaluasi.')));
    await db.lkeEvaluations.put(evaluation(bappeda.id, year, 'final', 82.5));

    const data = await getLkeRecapData(db, year);

    expect(data.units).toEqual([{ name: 'Bappeda', status: 'final', score: 82.5, componentPoints: null, lastYearScore: null }]);
  });
});
