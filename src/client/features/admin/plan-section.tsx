// Admin → RPJMD: the pemda's plans (visi, misi, tujuan per plan period, domain/rpjmd-plan.ts), one
// open at a time in its editor, or a new one. The server refuses a period overlapping another plan
// and removing a tujuan a sasaran daerah still serves (plan-refusal.ts says which).
import { useCallback, useState } from 'react';
import { periodOf } from '../../../domain/period';
import { planOfYear, type RpjmdPlan } from '../../../domain/rpjmd-plan';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { useTenantTimeZone } from '../../session/tenant-clock';
import { adminApi } from './api';
import { PlanList, type PlanChoice } from './plan-list';
import { PlanPeriod } from './plan-period';
import { useAdminError } from './use-admin-error';
import { useLoaded } from './use-loaded';
import { adminMessages } from './messages';
import './admin.css';

export function PlanSection() {
  const t = useFeatureMessages(adminMessages);
  const describe = useAdminError();
  const thisYear = periodOf(new Date(), useTenantTimeZone()).year;
  const load = useCallback(() => adminApi.listRpjmdPlans(), []);
  const { data, error, reload } = useLoaded(load);
  const [chosen, setChosen] = useState<PlanChoice | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  if (error) return <p role="alert">{describe(error)}</p>;
  if (!data) return <p>{t('app.loading')}</p>;
  const plans = data.filter((p) => !p.deleted).sort((a, b) => a.periodStart - b.periodStart);
  // At first: the plan of this year, else the latest, else a new one.
  const choice = chosen ?? planOfYear(plans, thisYear)?.periodStart ?? plans.at(-1)?.periodStart ?? 'new';
  const stored = choice === 'new' ? undefined : plans.find((p) => p.periodStart === choice);
  const choose = (next: PlanChoice) => { setChosen(next); setSaved(null); };
  function onSaved(plan: RpjmdPlan) {
    setChosen(plan.periodStart);
    setSaved(t('admin.plan.saved', { start: plan.periodStart, end: plan.periodEnd }));
    reload();
  }
  // A new plan's first year: after the latest plan, else this year.
  const nextStart = Math.max(thisYear, ...plans.map((p) => p.periodEnd + 1));
  return (
    <section aria-labelledby="admin-plan">
      <h2 id="admin-plan">{t('admin.tab.plan')}</h2>
      <p>{t('admin.plan.intro')}</p>
      <PlanList plans={plans} choice={choice} onChoose={choose} />
      {choice !== 'new' && !stored ? <p>{t('app.loading')}</p> : (
        <PlanPeriod key={stored ? `plan-${stored.periodStart}` : 'new'} stored={stored} plans={plans} nextStart={nextStart}
          savedNotice={saved} onSaved={onSaved} />
      )}
    </section>
  );
}
