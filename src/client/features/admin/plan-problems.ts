// What keeps an RPJMD plan draft from being saved, in words: fields by their label ("Teks tujuan
// 2.1"), periods as "2025–2029". Also the server's own refusals (plan_invalid's problems).
import type { FeatureKey } from '../../i18n/feature-messages';
import type { MessageParams } from '../../i18n/translate';
import { maxPlanYears } from '../../../domain/rpjmd-plan';
import type { PlanDraft, PlanDraftField, PlanProblem } from './plan-draft';
import type { adminMessages } from './messages';

export type AdminT = (key: FeatureKey<typeof adminMessages>, params?: MessageParams) => string;

/** Each field's label; `n` is its place ("2", "2.1"). */
export const planFieldLabel = {
  periodStart: 'admin.plan.periodStart',
  periodEnd: 'admin.plan.periodEnd',
  visi: 'admin.plan.visi',
  misiText: 'admin.plan.misiText',
  tujuanText: 'admin.plan.tujuanText',
} as const satisfies Record<PlanDraftField, FeatureKey<typeof adminMessages>>;

/** "2025–2029". */
export const periodText = (start: number | string, end: number | string): string => `${start}–${end}`;

export function describePlanProblem(problem: PlanProblem, draft: Pick<PlanDraft, 'periodStart' | 'periodEnd'>, t: AdminT): string {
  switch (problem.code) {
    case 'notAYear':
      return t('admin.plan.problem.notAYear', { field: t(planFieldLabel[problem.field]) });
    case 'noMisi':
      return t('admin.plan.problem.noMisi');
    case 'planExists':
      return t('admin.plan.problem.planExists', { start: problem.periodStart, period: periodText(problem.periodStart, problem.periodEnd) });
    case 'periodOrder':
      return t('admin.plan.problem.periodOrder', { start: draft.periodStart.trim(), end: draft.periodEnd.trim() });
    case 'periodTooLong':
      return t('admin.plan.problem.periodTooLong', { years: problem.years, max: maxPlanYears });
    case 'overlaps':
      return t('admin.plan.problem.overlaps', { period: periodText(problem.periodStart, problem.periodEnd) });
    case 'duplicateId':
      return t('admin.plan.problem.duplicateId', { id: problem.id });
    case 'invalid':
      return t('admin.plan.problem.invalid');
    default:
      return t(`admin.plan.problem.${problem.code}`, { field: t(planFieldLabel[problem.field], { n: problem.number }), max: problem.max });
  }
}
