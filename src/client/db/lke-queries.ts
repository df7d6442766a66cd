// Reads of the LKE for its screens, from the device's own copy (offline): a unit's LKE of a year
// (the template's criteria each with the unit's and the evaluator's answer, the evaluation, the
// running score) and, for the evaluator, every unit's progress.
import { lkeScoredSheet, lkeUnreviewed, type LkeResponse } from '../../domain/lke-response';
import { scoreLke, type LkeScore } from '../../domain/lke-score';
import { listLkeCriteria, type LkeTemplate } from '../../domain/lke-template';
import { lkeTemplateOfYear } from './lke-template-queries';
import type { LkeEvaluation } from '../../domain/lke-evaluation';
import type { OrgUnit } from '../../domain/org-unit';
import type { PantauDatabase } from './database';
import { lkeEvaluationOf } from './lke-repository';
import { listOrgUnits } from './queries';

export interface LkeSides { self: LkeResponse | null; review: LkeResponse | null }

export interface LkeView {
  orgUnit: OrgUnit | undefined;
  year: number;
  template: LkeTemplate;
  /** Criterion id → the unit's and the evaluator's answer rows. */
  answers: ReadonlyMap<string, LkeSides>;
  evaluation: LkeEvaluation | null;
  /** The evaluator's answer where given, else the unit's own (lkeScoredSheet). */
  score: LkeScore;
  /** The unit's own answers alone: what its penilaian mandiri says. */
  selfScore: LkeScore;
  unreviewed: string[];
}

/** Two live rows of one key exist only briefly (two devices created it): the newer is shown. */
function latestByKey(rows: LkeResponse[]): LkeResponse[] {
  const byKey = new Map<string, LkeResponse>();
  for (const row of rows) {
    if (row.deleted) continue;
    const key = `${row.criterionId}|${row.side}`;
    const held = byKey.get(key);
    if (!held || row.updatedAt > held.updatedAt) byKey.set(key, row);
  }
  return [...byKey.values()];
}

export async function getLkeView(db: PantauDatabase, orgUnitId: string, year: number): Promise<LkeView> {
  const [orgUnit, rows, evaluation, template] = await Promise.all([
    db.orgUnits.get(orgUnitId),
    db.lkeResponses.where('[orgUnitId+year]').equals([orgUnitId, year]).toArray(),
    lkeEvaluationOf(db, orgUnitId, year),
    lkeTemplateOfYear(db, year),
  ]);
  const responses = latestByKey(rows);
  const answers = new Map<string, LkeSides>();
  for (const r of responses) {
    const sides = answers.get(r.criterionId) ?? { self: null, review: null };
    answers.set(r.criterionId, { ...sides, [r.side]: r });
  }
  const selfOnly = responses.filter((r) => r.side === 'self');
  return {
    orgUnit, year, template, answers, evaluation: evaluation ?? null,
    score: scoreLke(template, lkeScoredSheet(responses)),
    selfScore: scoreLke(template, lkeScoredSheet(selfOnly)),
    unreviewed: lkeUnreviewed(listLkeCriteria(template).map((c) => c.id), responses),
  };
}

export interface LkeUnitProgress {
  orgUnit: OrgUnit;
  criteria: number;
  /** Criteria the unit has answered itself. */
  answered: number;
  /** Criteria with the evaluator's answer. */
  reviewed: number;
  evaluation: LkeEvaluation | null;
}

/** Every unit the device holds (setda and the like included: the pemda's own LKE), for the evaluator's list. */
export async function listLkeProgress(db: PantauDatabase, year: number): Promise<LkeUnitProgress[]> {
  const [units, rows, evaluations, template] = await Promise.all([
    listOrgUnits(db),
    db.lkeResponses.where('year').equals(year).toArray(),
    db.lkeEvaluations.where('year').equals(year).toArray(),
    lkeTemplateOfYear(db, year),
  ]);
  const criteria = listLkeCriteria(template).length;
  const ofYear = latestByKey(rows.map((r) => ({ ...r, criterionId: `${r.orgUnitId}|${r.criterionId}` })));
  return units.map((orgUnit) => {
    const mine = ofYear.filter((r) => r.orgUnitId === orgUnit.id && r.answer !== null);
    const evaluation = evaluations.filter((e) => e.orgUnitId === orgUnit.id && !e.deleted).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0] ?? null;
    return {
      orgUnit, criteria, evaluation,
      answered: mine.filter((r) => r.side === 'self').length,
      reviewed: mine.filter((r) => r.side === 'review').length,
    };
  });
}
