// The quarterly evaluation form of one unit (Permendagri 86/2017 style, domain.md "Quarterly
// reporting"): per indicator the targets and realisations of TW I–IV, capaian s.d. the quarter
// and its predikat, the unit's average (tenant cap applies, unit-score.ts), and the unit's
// drivers, obstacles and follow-up of that quarter. This file turns plain domain data into rows.
import { yearToDateAchievement, type Achievement, type AchievementIndicator } from '../../domain/achievement';
import { categoryOf } from '../../domain/category';
import type { Indicator } from '../../domain/indicator';
import { quarterRoman, type Quarter } from '../../domain/period';
import type { Realisation } from '../../domain/realisation';
import { realisationStatuses, type RealisationStatus } from '../../domain/realisation-status';
import { realisationStatusLabel } from '../ui/realisation-status-messages';
import type { CategoryBand, TenantSettings } from '../../domain/tenant';
import { scoreUnit, type UnitScore } from '../../domain/unit-score';
import type { DocumentImage } from './assets';
import { empty, formatPercentId, formatRealisationText, formatTargetText, textOrEmpty } from './format';

/** `status` is the entry's workflow status; printed beside its value (issue 15: status wherever a value is shown). */
export type EvaluationEntry = Pick<Realisation, 'value' | 'drivers' | 'obstacles' | 'followUp'> & { status?: RealisationStatus };
export type EvaluationIndicatorShape = AchievementIndicator & Pick<Indicator, 'name' | 'unit' | 'scaleLevels'>;

export interface EvaluationIndicator {
  indicator: EvaluationIndicatorShape;
  /** TW I–IV; null = not yet filled. */
  realisations: readonly [EvaluationEntry | null, EvaluationEntry | null, EvaluationEntry | null, EvaluationEntry | null];
}

export interface Signer {
  name: string;
  position: string;
  nip: string | null;
}

export interface EvaluationInput {
  year: number;
  /** The quarter evaluated: capaian is s.d. this quarter, later quarters are left out. */
  upTo: Quarter;
  unitName: string;
  tenantName: string;
  goals: ReadonlyArray<{ name: string; indicators: readonly EvaluationIndicator[] }>;
  settings: Pick<TenantSettings, 'lowerIsBetterFormula' | 'achievementCap' | 'categoryBands' | 'warningBelowCategory'>;
  /** "Disusun": the unit head (PIHAK PERTAMA of the PK). */
  preparedBy: Signer;
  /** "Dievaluasi": Bappeda; null prints blank lines to sign by hand. */
  evaluatedBy: Signer | null;
  place: string | null;
  /** ISO date printed above the signatures; null leaves it to be written by hand. */
  date: string | null;
  logo?: DocumentImage | null;
}

export interface EvaluationRow {
  number: number;
  goal: string;
  /** First row of its goal (for the merged Sasaran cell). */
  firstOfGoal: boolean;
  goalSize: number;
  indicator: EvaluationIndicatorShape;
  annualTarget: string;
  targets: [string, string, string, string];
  realisations: [string, string, string, string];
  /** Raw values (null = empty or after the quarter evaluated) for the spreadsheet. */
  values: [number | null, number | null, number | null, number | null];
  /** Each shown value's status (null = no value shown, or no status known). */
  statuses: [RealisationStatus | null, RealisationStatus | null, RealisationStatus | null, RealisationStatus | null];
  achievement: Achievement;
  category: CategoryBand | null;
  drivers: string;
  obstacles: string;
  followUp: string;
}

export interface Evaluation {
  rows: EvaluationRow[];
  score: UnitScore<EvaluationIndicatorShape>;
}

const valuesUpTo = (entries: EvaluationIndicator['realisations'], upTo: Quarter): EvaluationRow['values'] =>
  [0, 1, 2, 3].map((i) => (i < upTo ? (entries[i]?.value ?? null) : null)) as EvaluationRow['values'];

export function buildEvaluation(input: EvaluationInput): Evaluation {
  const rows: EvaluationRow[] = [];
  let number = 0;
  for (const goal of input.goals) {
    goal.indicators.forEach((entry, i) => {
      number += 1;
      const { indicator } = entry;
      const values = valuesUpTo(entry.realisations, input.upTo);
      const achievement = yearToDateAchievement(indicator, values, input.upTo, input.settings.lowerIsBetterFormula);
      const narrative = entry.realisations[input.upTo - 1] ?? null;
      rows.push({
        number,
        goal: goal.name,
        firstOfGoal: i === 0,
        goalSize: goal.indicators.length,
        indicator,
        annualTarget: formatTargetText(indicator, indicator.annualTarget),
        targets: indicator.quarterTargets.map((t) => formatTargetText(indicator, t)) as EvaluationRow['targets'],
        realisations: values.map((v) => formatRealisationText(indicator, v)) as EvaluationRow['realisations'],
        values,
        statuses: values.map((v, i) => (v === null ? null : entry.realisations[i]?.status ?? null)) as EvaluationRow['statuses'],
        achievement,
        category: achievement.computable ? categoryOf(achievement.percent, input.settings.categoryBands) : null,
        drivers: textOrEmpty(narrative?.drivers),
        obstacles: textOrEmpty(narrative?.obstacles),
        followUp: textOrEmpty(narrative?.followUp),
      });
    });
  }
  const score = scoreUnit(
    input.goals.flatMap((g) => g.indicators.map((e) => ({ indicator: e.indicator, values: valuesUpTo(e.realisations, input.upTo) }))),
    input.upTo,
    input.settings,
  );
  return { rows, score };
}

/**
 * A value's status in a table cell too narrow for the word: one letter, explained once under the
 * table (statusLegend). Letters, not colours or symbols, so it survives black-and-white print.
 */
export const statusLetters: Record<RealisationStatus, string> = { draft: 'D', submitted: 'A', verified: 'V', returned: 'K' };

export const statusLegend = (): string =>
  `Status realisasi: ${realisationStatuses.map((s) => `${statusLetters[s]} = ${realisationStatusLabel(s, 'id').toLowerCase()}`).join(', ')}.`;

/** "12 (V)": the value with its status letter; the value alone when no status is known. */
export const valueWithStatus = (value: string, status: RealisationStatus | null): string =>
  status === null ? value : `${value} (${statusLetters[status]})`;

const reasons = { noRealisation: empty, noTarget: 'Tanpa target', zeroTarget: 'Target 0' } as const;

export function achievementText(achievement: Achievement): string {
  return achievement.computable ? formatPercentId(achievement.percent) : reasons[achievement.reason];
}

export const evaluationTitle = (input: Pick<EvaluationInput, 'upTo' | 'year'>): string =>
  `EVALUASI CAPAIAN KINERJA TRIWULAN ${quarterRoman[input.upTo]} TAHUN ${input.year}`;

/** "Rata-rata capaian kinerja s.d. TW II: 87,5% (Tinggi)" and how it was counted. */
export function averageLine(input: EvaluationInput, score: Evaluation['score'], indicatorCount: number): { average: string; basis: string } {
  const q = quarterRoman[input.upTo];
  const average = score.average === null
    ? `Rata-rata capaian kinerja s.d. TW ${q}: belum dapat dihitung`
    : `Rata-rata capaian kinerja s.d. TW ${q}: ${formatPercentId(score.average)} (${score.category?.label ?? empty})`;
  const counted = indicatorCount - score.notComputable;
  const cap = input.settings.achievementCap === null ? 'tanpa batas atas capaian' : `capaian di atas ${input.settings.achievementCap}% dihitung ${input.settings.achievementCap}%`;
  return { average, basis: `Dihitung dari ${counted} dari ${indicatorCount} indikator; ${cap}.` };
}
