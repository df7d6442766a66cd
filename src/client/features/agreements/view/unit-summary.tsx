// The unit at a glance above its PK: average capaian to date with its category, the indicators the
// early warning flags, and what is still missing for the quarter the year is in.
import { Link } from 'react-router';
import { formatPercent } from '../../../../domain/number-format';
import { canSubmitForUnit } from '../../../../domain/permissions';
import { periodOf, quarterRoman, type Quarter } from '../../../../domain/period';
import { quarterChecklist } from '../../../../domain/quarter-checklist';
import { quarterValuesOf } from '../../../../domain/quarter-values';
import { scoreUnit } from '../../../../domain/unit-score';
import type { AgreementView } from '../../../db/queries';
import { useFeatureMessages } from '../../../i18n/feature-messages';
import { summaryMessages } from './summary-messages';
import { displayLocale } from '../../../i18n/i18n-provider';
import { useActiveSession } from '../../../session/session-context';
import { useTenantTimeZone } from '../../../session/tenant-clock';
import { CategoryBadge } from '../../../ui/category-badge';

export function UnitSummary(props: { view: AgreementView; toDate: Quarter; now: Date }) {
  const t = useFeatureMessages(summaryMessages);
  const { actor, info } = useActiveSession();
  const indicators = props.view.goals.flatMap((g) => g.indicators);
  const settings = info.tenant.settings;
  const score = scoreUnit(indicators.map((v) => ({ indicator: v.indicator, values: quarterValuesOf(v.realisations) })), props.toDate, settings);
  const current = periodOf(props.now, useTenantTimeZone());
  const isThisYear = props.view.agreement.year === current.year;
  const checklist = quarterChecklist(indicators.map((v) => v.indicator), current.quarter, (id) =>
    indicators.find((v) => v.indicator.id === id)?.realisations[current.quarter - 1] ?? null);
  const missing = checklist.items.filter((i) => i.state === 'missingValue').length;
  const mayRequestSubmit = canSubmitForUnit(actor, { tenantId: props.view.agreement.tenantId, orgUnitId: props.view.agreement.orgUnitId }).allowed;

  return (
    <section className="card unit-summary" aria-labelledby="unit-summary-title">
      <h2 id="unit-summary-title">{t('summary.title')}</h2>
      <p>
        {t('summary.average', { q: quarterRoman[props.toDate] })}{' '}
        {score.average === null ? t('dashboard.noScore') : (
          <><strong>{formatPercent(score.average, displayLocale)}</strong> {score.category && <CategoryBadge band={score.category} />}</>
        )}
      </p>
      {score.atRisk.length > 0 ? (
        <>
          <p>{t('summary.atRiskCount', { count: score.atRisk.length })}</p>
          <ul>
            {score.atRisk.map(({ indicator, projection }) => (
              <li key={indicator.id}>
                {indicator.name}
                {projection.projectedAchievement.computable && ` — ${t('summary.projected', { percent: formatPercent(projection.projectedAchievement.percent, displayLocale) })}`}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('summary.noRisk')}</p>
      )}
      {isThisYear && (
        <p>
          {missing === 0 ? t('summary.complete', { q: quarterRoman[current.quarter] }) : t('summary.missingCount', { count: missing, q: quarterRoman[current.quarter] })}
          {mayRequestSubmit && <> <Link className="button" to="/submit">{t('summary.toSubmit')}</Link></>}
        </p>
      )}
    </section>
  );
}
