// A refused save of the RPJMD plan, in words with what the server said: the sasaran daerah still
// serving a tujuan the change removes (plan_tujuan_in_use, details.sasaran), or what is wrong with
// the plan (plan_invalid, details.problems). Anything else, or details that do not read so, goes
// the admin screens' usual way (use-admin-error.ts).
import { useCallback } from 'react';
import { z } from 'zod';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { useI18n } from '../../i18n/i18n-context';
import { HttpError } from '../../sync/http-client';
import type { RpjmdPlanProblem } from '../../../domain/rpjmd-plan';
import { refusalReason } from './api';
import type { PlanDraft } from './plan-draft';
import { describePlanProblem } from './plan-problems';
import { useAdminError } from './use-admin-error';
import { adminMessages } from './messages';

const sasaranDetails = z.object({ sasaran: z.array(z.string()).min(1) });
const problemDetails = z.object({
  problems: z.array(z.union([
    z.object({ code: z.literal('periodOrder') }),
    z.object({ code: z.literal('periodTooLong'), years: z.number() }),
    z.object({ code: z.literal('duplicateId'), id: z.string() }),
    z.object({ code: z.literal('overlaps'), periodStart: z.number(), periodEnd: z.number() }),
    z.object({ code: z.literal('sasaranTujuanUnknown'), sasaranId: z.string() }),
    z.object({ code: z.enum(['targetYearOutside', 'targetYearDuplicate']), ikuId: z.string(), year: z.number() }),
  ])).min(1),
});

export function usePlanRefusal(): (error: unknown, draft: PlanDraft) => string {
  const t = useFeatureMessages(adminMessages);
  const { language } = useI18n();
  const describe = useAdminError();
  return useCallback((error: unknown, draft: PlanDraft) => {
    if (error instanceof HttpError) {
      const reason = refusalReason(error.details);
      const sasaran = reason === 'plan_tujuan_in_use' ? sasaranDetails.safeParse(error.details) : null;
      if (sasaran?.success) {
        const names = new Intl.ListFormat(language, { type: 'conjunction' }).format(sasaran.data.sasaran.map((name) => `“${name}”`));
        return t('admin.plan.refused.tujuanInUse', { count: sasaran.data.sasaran.length, sasaran: names });
      }
      const problems = reason === 'plan_invalid' ? problemDetails.safeParse(error.details) : null;
      if (problems?.success) {
        const list = problems.data.problems.map((p: RpjmdPlanProblem) => describePlanProblem(p, draft, t)).join(' ');
        return t('admin.plan.refused.invalid', { problems: list });
      }
    }
    return describe(error);
  }, [t, language, describe]);
}
