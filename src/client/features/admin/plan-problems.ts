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
  sasaranText: 'admin.plan.sasaranText',
  ikuName: 'admin.plan.ikuName',
  ikuSatuan: 'admin.plan.ikuSatuan',
} as const satisfies Record<PlanDraftField, FeatureKey<typeof adminMessages>>;

/** "2025–2029". */
export const periodText = (start: number | string, end: number | string): string => `${start}–${end}`;

/** A sasaran's or IKU's words in the draft, by id (for a problem naming it by id). */
function nameOf(draft: Pick<PlanDraft, 'sasaran'>, id: string): string {
  for (const s of draft.sasaran) {
    if (s.id === id) return s.text.trim();
    const iku = s.iku.find((i) => i.id === id);
    if (iku) return iku.name.trim();
  }
  return id;
}

export function describePlanProblem(problem: PlanProblem, draft: Pick<PlanDraft, 'periodStart' | 'periodEnd' | 'sasaran'>, t: AdminT): string {
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
    case 'notANumber':
      return t('admin.plan.problem.notANumber', {
        target: problem.year === null ? t('admin.plan.targetEnd') : t('admin.plan.targetYear', { year: problem.year }), name: problem.name,
      });
    case 'sasaranTujuanUnknown':
      return t('admin.plan.problem.sasaranTujuanUnknown', { name: nameOf(draft, problem.sasaranId) });
    case 'targetYearOutside':
    case 'targetYearDuplicate':
      return t(`admin.plan.problem.${problem.code}`, { name: nameOf(draft, problem.ikuId), year: problem.year });
    default:
      return t(`admin.plan.problem.${problem.code}`, { field: t(planFieldLabel[problem.field], { n: problem.number }), max: problem.max });
  }
}
