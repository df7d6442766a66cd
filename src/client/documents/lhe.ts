// The LHE (laporan hasil evaluasi) of one unit's LKE for a year: the score and predikat, the
// points of each component and sub-component, and the findings: every criterion the evaluator
// answered below full credit, with both answers and the evaluator's note, and the recommendations.
// Plain data in (the template, both sides' answers, the evaluation row, the recommendations);
// lhe-pdf.ts lays it out.
import { lkeAnswerCredit, lkePredikat, roundLkeScore, scoreLke, type LkePredikat } from '../../domain/lke-score';
import type { LkeAnswer, LkeTemplate } from '../../domain/lke-template';
import type { LkeEvaluation } from '../../domain/lke-evaluation';
import { lkeScoredSheet, type LkeResponse } from '../../domain/lke-response';
import type { DocumentImage } from './assets';
import type { Signer } from './evaluation';
import { empty, formatFigure } from './format';

export interface LheInput {
  tenantName: string;
  unitName: string;
  year: number;
  template: LkeTemplate;
  responses: ReadonlyArray<Pick<LkeResponse, 'criterionId' | 'side' | 'answer' | 'note' | 'deleted'>>;
  evaluation: Pick<LkeEvaluation, 'status' | 'score' | 'predikat' | 'finalisedAt'> | null;
  /** The evaluator's recommendations, in order. */
  recommendations: ReadonlyArray<{ text: string }>;
  /** The evaluator who signs; null prints blank lines to sign by hand. */
  evaluatedBy: Signer | null;
  place: string | null;
  /** ISO date above the signature; null = by hand. */
  date: string | null;
  logo?: DocumentImage | null;
}

export interface LheFinding {
  number: number;
  component: string;
  criterion: string;
  self: string;
  review: string;
  note: string;
}

export interface Lhe {
  final: boolean;
  /** The server's final score when final, else the running score of the answers (a draft). */
  score: number;
  predikat: LkePredikat;
  components: Array<{ title: string; weight: number; points: number; percent: number; subComponents: Array<{ title: string; maxPoints: number; points: number }> }>;
  findings: LheFinding[];
}

const answerText = (answer: LkeAnswer | null | undefined): string =>
  answer == null ? empty : answer === 'ya' ? 'Ya' : answer === 'tidak' ? 'Tidak' : `${answer} (${lkeAnswerCredit[answer]}%)`;

export const lheTitle = 'LAPORAN HASIL EVALUASI AKUNTABILITAS KINERJA INSTANSI PEMERINTAH';

export function buildLhe(input: LheInput): Lhe {
  const live = input.responses.filter((r) => !r.deleted);
  const scored = scoreLke(input.template, lkeScoredSheet(live));
  const final = input.evaluation?.status === 'final' && input.evaluation.score !== null;
  const score = final ? (input.evaluation?.score ?? scored.total) : scored.total;
  const side = (criterionId: string, s: 'self' | 'review') => live.find((r) => r.criterionId === criterionId && r.side === s);
  const findings: LheFinding[] = [];
  input.template.components.forEach((component) => {
    for (const sub of component.subComponents) {
      for (const criterion of sub.criteria) {
        const review = side(criterion.id, 'review');
        if (review?.answer == null || lkeAnswerCredit[review.answer] >= 100) continue;
        findings.push({
          number: findings.length + 1, component: component.title, criterion: criterion.text,
          self: answerText(side(criterion.id, 'self')?.answer), review: answerText(review.answer), note: review.note.trim() === '' ? empty : review.note.trim(),
        });
      }
    }
  });
  return {
    final,
    score,
    predikat: lkePredikat(score),
    components: input.template.components.map((component, i) => {
      const c = scored.components[i];
      return {
        title: component.title, weight: component.weight, points: c?.points ?? 0, percent: c?.percent ?? 0,
        subComponents: component.subComponents.map((sub, j) => ({ title: sub.title, maxPoints: c?.subComponents[j]?.maxPoints ?? 0, points: c?.subComponents[j]?.points ?? 0 })),
      };
    }),
    findings,
  };
}

export const lheScoreText = (score: number): string => formatFigure(roundLkeScore(score));

/** "Nilai 76,38 dengan predikat BB (Sangat Baik)". */
export const lheSummary = (lhe: Lhe): string => `Nilai ${lheScoreText(lhe.score)} dengan predikat ${lhe.predikat.code} (${lhe.predikat.label})`;
