// The LKjIP draft of one unit (or of the pemda, from its own PK) for one year: what the office
// edits in Word. Bab III's tables are filled from the year's data (domain/lkjip.ts does the
// figures); Bab I, II and IV carry the PK's facts under their headings for the office to write.
// This file turns plain domain data into rows; lkjip-docx.ts lays them out.
import type { Agreement, Program } from '../../domain/agreement';
import { averageAchievement } from '../../domain/achievement';
import { categoryOf } from '../../domain/category';
import { efficiencyOf, lkjipIndicatorFigures, type Efficiency, type LkjipKnown, type YearOnYear } from '../../domain/lkjip';
import { budgetAbsorption } from '../../domain/achievement';
import { quarterRoman, type Quarter } from '../../domain/period';
import { orderProgramTree } from '../../domain/program-tree';
import type { CategoryBand, TenantSettings } from '../../domain/tenant';
import { achievementText, type EvaluationEntry, type EvaluationIndicatorShape } from './evaluation';
import { empty, formatFigure, formatPercentId, formatRealisationText, formatTargetText } from './format';

export interface LkjipIndicatorInput {
  indicator: EvaluationIndicatorShape;
  realisations: readonly [EvaluationEntry | null, EvaluationEntry | null, EvaluationEntry | null, EvaluationEntry | null];
  known: LkjipKnown;
}

export interface LkjipInput {
  year: number;
  unitName: string;
  tenantName: string;
  agreement: Pick<Agreement, 'kind' | 'number' | 'firstParty' | 'secondParty' | 'signedOn' | 'signedPlace'>;
  goals: ReadonlyArray<{ name: string; indicators: readonly LkjipIndicatorInput[] }>;
  programs: readonly Program[];
  /** Each budget line's cumulative realisation at the end of the year (latest filled quarter); absent = not reported. */
  realisedByProgram: ReadonlyMap<string, number>;
  settings: Pick<TenantSettings, 'lowerIsBetterFormula' | 'achievementCap' | 'categoryBands'>;
}

export interface LkjipRow {
  number: number;
  goal: string;
  firstOfGoal: boolean;
  goalSize: number;
  indicator: string;
  unit: string;
  target: string;
  realisation: string;
  achievement: string;
  category: string;
  lastYear: string;
  yearOnYear: string;
  endTarget: string;
  endAchievement: string;
  /** "TW I: …" lines, the same text once with all its quarters. */
  drivers: string[];
  obstacles: string[];
  followUps: string[];
}

export interface LkjipBudgetLine {
  code: string;
  name: string;
  depth: number;
  budget: number;
  realised: number | null;
  absorption: string;
}

export interface Lkjip {
  title: string;
  rows: LkjipRow[];
  budgetLines: LkjipBudgetLine[];
  totalBudget: number;
  totalRealised: number | null;
  average: number | null;
  averageCategory: CategoryBand | null;
  efficiency: Efficiency;
  /** Indicators per predikat label, in the bands' order (highest first), and those not measurable. */
  byCategory: Array<{ label: string; count: number }>;
  notComputable: number;
}

const yearOnYearWords: Record<YearOnYear, string> = { better: 'Membaik', same: 'Tetap', worse: 'Menurun' };

/** Each distinct text once, prefixed with the quarters that gave it: "TW I, II: Anggaran terlambat cair". */
export function quarterLines(entries: LkjipIndicatorInput['realisations'], field: 'drivers' | 'obstacles' | 'followUp'): string[] {
  const quarters = new Map<string, string[]>();
  entries.forEach((entry, i) => {
    const text = entry?.[field]?.trim() ?? '';
    if (text === '') return;
    quarters.set(text, [...(quarters.get(text) ?? []), quarterRoman[(i + 1) as Quarter]]);
  });
  return [...quarters].map(([text, qs]) => `TW ${qs.join(', ')}: ${text}`);
}

export const lkjipTitle = (input: Pick<LkjipInput, 'year' | 'unitName'>): string =>
  `LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) ${input.unitName.toUpperCase()} TAHUN ${input.year}`;

export function buildLkjip(input: LkjipInput): Lkjip {
  const rows: LkjipRow[] = [];
  const percents: number[] = [];
  let notComputable = 0;
  let number = 0;
  for (const goal of input.goals) {
    goal.indicators.forEach((entry, i) => {
      number += 1;
      const { indicator } = entry;
      const values = entry.realisations.map((r) => r?.value ?? null) as unknown as readonly [number | null, number | null, number | null, number | null];
      const figures = lkjipIndicatorFigures(indicator, values, entry.known, input.settings);
      if (figures.achievement.computable) percents.push(figures.achievement.percent);
      else notComputable += 1;
      rows.push({
        number,
        goal: goal.name,
        firstOfGoal: i === 0,
        goalSize: goal.indicators.length,
        indicator: indicator.name,
        unit: indicator.unit,
        target: formatTargetText(indicator, indicator.annualTarget),
        realisation: formatRealisationText(indicator, figures.realisation),
        achievement: achievementText(figures.achievement),
        category: figures.category?.label ?? empty,
        lastYear: formatRealisationText(indicator, figures.lastYear),
        yearOnYear: figures.yearOnYear === null ? empty : yearOnYearWords[figures.yearOnYear],
        endTarget: formatTargetText(indicator, figures.endTarget),
        endAchievement: figures.endAchievement === null ? empty : achievementText(figures.endAchievement),
        drivers: quarterLines(entry.realisations, 'drivers'),
        obstacles: quarterLines(entry.realisations, 'obstacles'),
        followUps: quarterLines(entry.realisations, 'followUp'),
      });
    });
  }
  const lines = orderProgramTree(input.programs);
  const budgetLines = lines.map(({ program, depth }) => {
    const realised = input.realisedByProgram.get(program.id) ?? null;
    const absorption = realised === null ? null : budgetAbsorption(realised, program.budget);
    return { code: program.code, name: program.name, depth, budget: program.budget, realised, absorption: absorption === null ? empty : formatPercentId(absorption) };
  });
  // Kegiatan and sub-kegiatan break their program down: only top-level lines add up (program-tree.ts).
  const top = budgetLines.filter((l) => l.depth === 0);
  const totalBudget = top.reduce((sum, l) => sum + l.budget, 0);
  const reported = top.filter((l) => l.realised !== null);
  const totalRealised = reported.length === 0 ? null : reported.reduce((sum, l) => sum + (l.realised ?? 0), 0);
  const average = averageAchievement(percents, input.settings.achievementCap);
  const absorption = totalRealised === null ? null : budgetAbsorption(totalRealised, totalBudget);
  const bands = [...input.settings.categoryBands].sort((a, b) => b.min - a.min);
  return {
    title: lkjipTitle(input),
    rows,
    budgetLines,
    totalBudget,
    totalRealised,
    average,
    averageCategory: average === null ? null : categoryOf(average, input.settings.categoryBands),
    efficiency: efficiencyOf(average, absorption),
    byCategory: bands.map((band) => ({ label: band.label, count: percents.filter((p) => categoryOf(p, bands).key === band.key).length })),
    notComputable,
  };
}

/** The efficiency paragraph of Bab III, in the words an LKjIP uses. */
export function efficiencySentence(efficiency: Efficiency): string {
  const { achievement, absorption, ratio, efficient } = efficiency;
  if (achievement === null || absorption === null || ratio === null) {
    return 'Efisiensi belum dapat dihitung: rata-rata capaian kinerja atau realisasi anggaran tahun ini belum tersedia.';
  }
  const verdict = efficient ? 'efisien: capaian kinerja tidak lebih rendah dari penyerapan anggaran' : 'belum efisien: capaian kinerja lebih rendah dari penyerapan anggaran';
  return `Rata-rata capaian kinerja ${formatPercentId(achievement)} dengan penyerapan anggaran ${formatPercentId(absorption)} ` +
    `(rasio capaian terhadap serapan ${formatFigure(Math.round(ratio * 100) / 100)}); penggunaan anggaran dinilai ${verdict}.`;
}
