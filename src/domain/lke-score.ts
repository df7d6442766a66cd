// The LKE score of one unit and year from its answers (domain.md, "SAKIP evaluation"): each
// criterion earns a share of its weight (ya 100 %, tidak 0 %; A/B/C/D/E 100/75/50/25/0 %), a
// sub-component earns its share of the component by the weighted mean of its criteria, and the
// total is the sum of the components' points, 0–100; then the predikat AA … D.
//
// Numbers keep their precision: every sum is settled to nine decimals (settleLke) so that exact
// decimal weights land on the decimal they stand for, and nothing is rounded to two decimals
// except by roundLkeScore, for display. An unanswered criterion earns 0 and is listed, so a
// screen can say "n kriteria belum dijawab". An answer that is not of the criterion's scale (a
// grade on a ya/tidak criterion, or ya on a graded one) is refused, not guessed at: it earns 0 and
// is listed, so the form can ask again; mapping A to ya would invent an answer nobody gave.
import { lkeScaleAnswers, settleLke, type LkeAnswer, type LkeAnswerScale, type LkeCriterion, type LkeTemplate } from './lke-template';

/** Percent of a criterion's weight each answer earns (PermenPANRB 88/2021). */
export const lkeAnswerCredit: Readonly<Record<LkeAnswer, number>> = { ya: 100, tidak: 0, A: 100, B: 75, C: 50, D: 25, E: 0 };

/** Criterion id → answer; absent, null or undefined: not answered yet. */
export type LkeAnswerSheet = Readonly<Record<string, LkeAnswer | null | undefined>>;

export function isLkeAnswerOfScale(answer: LkeAnswer, scale: LkeAnswerScale): boolean {
  return (lkeScaleAnswers[scale] as readonly LkeAnswer[]).includes(answer);
}

/** answered; unanswered (no answer yet); refused (an answer of the other scale). */
export type LkeCriterionState = 'answered' | 'unanswered' | 'refused';

export interface LkeCriterionScore {
  criterionId: string;
  /** As given, also when refused, so the form can show what it refused. */
  answer: LkeAnswer | null;
  state: LkeCriterionState;
  /** Percent of the criterion's weight earned: 0 unless answered. */
  credit: number;
  /** Points of the total of 100 this criterion earns, and could earn. */
  points: number;
  maxPoints: number;
}

export interface LkeSubComponentScore {
  subComponentId: string;
  points: number;
  /** The sub-component's share of its component, in points. */
  maxPoints: number;
  /** points ÷ maxPoints, in percent. */
  percent: number;
  criteria: LkeCriterionScore[];
}

export interface LkeComponentScore {
  componentId: string;
  /** Points of the component's weight (e.g. 24.75 of 30). */
  points: number;
  maxPoints: number;
  percent: number;
  subComponents: LkeSubComponentScore[];
}

export interface LkeScore {
  /** 0–100 for a valid template (validateLkeTemplate). */
  total: number;
  components: LkeComponentScore[];
  /** Criteria without an answer, in the template's order. */
  unanswered: string[];
  /** Criteria whose answer is not of their scale. */
  refused: Array<{ criterionId: string; answer: LkeAnswer; scale: LkeAnswerScale }>;
  /** Answered ids that are no criterion of the template (e.g. dropped when it was copied). */
  unknown: string[];
}

const percentOf = (points: number, max: number): number => (max > 0 ? settleLke((points / max) * 100) : 0);

function scoreCriterion(criterion: LkeCriterion, answer: LkeAnswer | null, maxPoints: number): LkeCriterionScore {
  const base = { criterionId: criterion.id, answer, maxPoints: settleLke(maxPoints) };
  if (answer === null) return { ...base, state: 'unanswered', credit: 0, points: 0 };
  if (!isLkeAnswerOfScale(answer, criterion.scale)) return { ...base, state: 'refused', credit: 0, points: 0 };
  const credit = lkeAnswerCredit[answer];
  return { ...base, state: 'answered', credit, points: settleLke((maxPoints * credit) / 100) };
}

/** The score of a template's answers. Validate the template first: weights that miss 100 score out of something else. */
export function scoreLke(template: LkeTemplate, answers: LkeAnswerSheet): LkeScore {
  const unanswered: string[] = [];
  const refused: LkeScore['refused'] = [];
  const known = new Set<string>();
  const components = template.components.map((component): LkeComponentScore => {
    const subComponents = component.subComponents.map((sub): LkeSubComponentScore => {
      const maxPoints = (component.weight * sub.share) / 100;
      const weightTotal = sub.criteria.reduce((sum, c) => sum + c.weight, 0);
      const criteria = sub.criteria.map((criterion) => {
        known.add(criterion.id);
        const answer = answers[criterion.id] ?? null;
        const scored = scoreCriterion(criterion, answer, weightTotal > 0 ? (maxPoints * criterion.weight) / weightTotal : 0);
        if (scored.state === 'unanswered') unanswered.push(criterion.id);
        if (scored.state === 'refused' && answer !== null) refused.push({ criterionId: criterion.id, answer, scale: criterion.scale });
        return scored;
      });
      // The weighted mean of the credits, times the points: all-ya is exactly maxPoints, where
      // adding seven sevenths of it would not be.
      const earned = sub.criteria.reduce((sum, c, i) => sum + c.weight * (criteria[i]?.credit ?? 0), 0);
      const points = weightTotal > 0 ? settleLke((maxPoints * earned) / (weightTotal * 100)) : 0;
      return { subComponentId: sub.id, points, maxPoints: settleLke(maxPoints), percent: percentOf(points, maxPoints), criteria };
    });
    const points = settleLke(subComponents.reduce((sum, s) => sum + s.points, 0));
    return { componentId: component.id, points, maxPoints: component.weight, percent: percentOf(points, component.weight), subComponents };
  });
  const total = settleLke(components.reduce((sum, c) => sum + c.points, 0));
  const unknown = Object.keys(answers).filter((id) => !known.has(id) && answers[id] != null);
  return { total, components, unanswered, refused, unknown };
}

/** A score for display: two decimals, half up, from the settled value (76.375 → 76.38). */
export function roundLkeScore(score: number): number {
  return Math.round(Math.round(score * 1e9) / 1e7) / 100;
}

export const lkePredikatCodes = ['AA', 'A', 'BB', 'B', 'CC', 'C', 'D'] as const;
export type LkePredikatCode = (typeof lkePredikatCodes)[number];

export interface LkePredikat {
  code: LkePredikatCode;
  /** The score must be strictly above this; null: every score below the other bands. */
  above: number | null;
  label: string;
  labelEn: string;
}

const bottomBand: LkePredikat = { code: 'D', above: null, label: 'Sangat Kurang', labelEn: 'Very poor' };

/** PermenPANRB 88/2021, top first; a bound belongs to the band below it: 90 is A, 90.01 is AA. */
export const lkePredikatBands: readonly LkePredikat[] = [
  { code: 'AA', above: 90, label: 'Sangat Memuaskan', labelEn: 'Very satisfactory' },
  { code: 'A', above: 80, label: 'Memuaskan', labelEn: 'Satisfactory' },
  { code: 'BB', above: 70, label: 'Sangat Baik', labelEn: 'Very good' },
  { code: 'B', above: 60, label: 'Baik', labelEn: 'Good' },
  { code: 'CC', above: 50, label: 'Cukup', labelEn: 'Fair' },
  { code: 'C', above: 30, label: 'Kurang', labelEn: 'Poor' },
  bottomBand,
];

/**
 * The predikat of a score. The score is settled first, so a sum that is 90 on paper and
 * 90.00000000000001 in floats is A, as the evaluator's hand sum says; NaN is D.
 */
export function lkePredikat(score: number): LkePredikat {
  const settled = settleLke(score);
  return lkePredikatBands.find((band) => band.above !== null && settled > band.above) ?? bottomBand;
}
