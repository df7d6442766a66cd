// The pemda's RPJMD plans as cards (period, visi, how many misi and tujuan), each opened in the
// editor below, and "Rencana baru". Cards wrap their words: a long visi never widens a phone.
import type { RpjmdPlan } from '../../../domain/rpjmd-plan';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { periodText } from './plan-problems';
import { adminMessages } from './messages';

/** The plan open in the editor: a saved plan by its first year, or a new one. */
export type PlanChoice = number | 'new';

export function PlanList(props: { plans: readonly RpjmdPlan[]; choice: PlanChoice; onChoose: (choice: PlanChoice) => void }) {
  const t = useFeatureMessages(adminMessages);
  return (
    <>
      <h3>{t('admin.plan.list')}</h3>
      {props.plans.length === 0 ? <p>{t('admin.plan.none')}</p> : (
        <ul className="plan-list" aria-label={t('admin.plan.list')}>
          {props.plans.map((plan) => {
            const period = periodText(plan.periodStart, plan.periodEnd);
            const open = props.choice === plan.periodStart;
            const tujuan = plan.misi.reduce((sum, m) => sum + m.tujuan.length, 0);
            return (
              <li key={plan.id} className="card plan-list__item" aria-current={open ? 'true' : undefined}>
                <p className="plan-list__period">{t('admin.plan.period', { period })}</p>
                <p className="plan-list__visi">{plan.visi}</p>
                <p>{t('admin.plan.counts', { misi: plan.misi.length, tujuan })}</p>
                {open ? <p className="plan-list__open">{t('admin.plan.opened')}</p> : (
                  <button type="button" className="button" onClick={() => props.onChoose(plan.periodStart)}>{t('admin.plan.open', { period })}</button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <div className="actions">
        <button type="button" className={props.choice === 'new' ? 'button button--primary' : 'button'} aria-pressed={props.choice === 'new'}
          onClick={() => props.onChoose('new')}>
          {t('admin.plan.new')}
        </button>
      </div>
    </>
  );
}
