// The device's read for the pemda recap of the LKE (documents/lke-recap.ts): every unit it holds,
// its LKE of the year (the server's final score, or the running one) and its final score of the
// year before. The server fixes only a final LKE's total; the points per component are scored
// here from the unit's answers on the year's template, which is how the server reached the total,
// so they add up to it — unless this device lacks some answers, and then none are given.
import { listLkeCriteria, settleLke } from '../../domain/lke-template';
import { lkeTemplateOfYear } from './lke-template-queries';
import type { LkeRecapInput, LkeRecapStatus, LkeRecapUnit } from '../documents/lke-recap';
import type { PantauDatabase } from './database';
import { getLkeView } from './lke-queries';
import { lkeEvaluationOf } from './lke-repository';
import { listOrgUnits } from './queries';

export type LkeRecapData = Pick<LkeRecapInput, 'year' | 'components' | 'units'>;

export async function getLkeRecapData(db: PantauDatabase, year: number): Promise<LkeRecapData> {
  const template = await lkeTemplateOfYear(db, year);
  const criteria = listLkeCriteria(template).length;
  const units = await listOrgUnits(db);
  const rows = await Promise.all(units.map(async (orgUnit): Promise<LkeRecapUnit> => {
    const [view, lastYear] = await Promise.all([getLkeView(db, orgUnit.id, year), lkeEvaluationOf(db, orgUnit.id, year - 1)]);
    const evaluation = view.evaluation;
    const serverScore = evaluation?.status === 'final' ? evaluation.score : null;
    const status: LkeRecapStatus = evaluation?.status !== 'final' ? 'open' : serverScore === null ? 'pending' : 'final';
    const lastYearScore = lastYear?.status === 'final' ? lastYear.score : null;
    if (serverScore !== null) {
      const addsUp = settleLke(view.score.total - serverScore) === 0;
      return { name: orgUnit.name, status, score: serverScore, componentPoints: addsUp ? view.score.components.map((c) => c.points) : null, lastYearScore };
    }
    const answered = view.score.unanswered.length < criteria;
    return { name: orgUnit.name, status, score: answered ? view.score.total : null, componentPoints: null, lastYearScore };
  }));
  return {
    year,
    components: template.components.map((c) => ({ id: c.id, title: c.title, weight: c.weight })),
    units: rows,
  };
}
