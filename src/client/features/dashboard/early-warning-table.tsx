// Peringatan dini: indicators projected to end the year below the warning category, worst first,
// with the obstacles the unit reported (the point of quarterly evaluation is to catch these early).
import { Link } from 'react-router';
import { categoryOf, findBand } from '../../../domain/category';
import { formatPercent } from '../../../domain/number-format';
import type { Quarter } from '../../../domain/period';
import { quarterParam } from '../../i18n/quarter-label';
import type { CategoryBand } from '../../../domain/tenant';
import type { EarlyWarning } from '../../db/dashboard-queries';
import { useI18n } from '../../i18n/i18n-context';
import { displayLocale } from '../../i18n/i18n-provider';
import { CategoryBadge } from '../../ui/category-badge';
import { formatRealisationWithUnit } from '../../ui/indicator-format-unit';
import { categoryLabel } from '../../ui/category-label';
import { RealisationStatusMark } from '../../ui/realisation-status-mark';
import { ScrollTable } from '../../ui/scroll-table';
import { dashboardMessages } from './messages';
import { useFeatureMessages } from '../../i18n/feature-messages';

export function EarlyWarningTable(props: { warnings: EarlyWarning[]; upTo: Quarter; bands: readonly CategoryBand[]; warningBelow: string }) {
  const i18n = useI18n();
  const t = useFeatureMessages(dashboardMessages);
  const threshold = findBand(props.bands, props.warningBelow);
  return (
    <>
      <h2 id="warning-title">{t('dashboard.warning', { q: quarterParam(props.upTo, i18n.language) })}</h2>
      <p>{t('dashboard.warningIntro', { category: threshold ? categoryLabel(threshold, i18n.language) : props.warningBelow })}</p>
      {props.warnings.length === 0 ? (
        <p role="status">{t('dashboard.warningNone')}</p>
      ) : (
        <ScrollTable labelledBy="warning-title" head={(
          <tr>
            <th scope="col">{t('dashboard.col.unit')}</th>
            <th scope="col">{t('dashboard.col.indicator')}</th>
            <th scope="col" className="num">{t('dashboard.col.projectedValue')}</th>
            <th scope="col" className="num">{t('dashboard.col.projected')}</th>
            <th scope="col">{t('dashboard.col.obstacles')}</th>
          </tr>
        )}>
          {props.warnings.map((w) => {
            const achievement = w.projection.projectedAchievement;
            return (
              <tr key={w.indicator.id}>
                <td><Link to={`/units/${w.orgUnit.id}`}>{w.orgUnit.name}</Link></td>
                <th scope="row">
                  {w.quarter === null ? w.indicator.name : (
                    <Link to={`/indicators/${w.indicator.id}/quarters/${w.quarter}`} aria-label={t('dashboard.warningOpen', { name: w.indicator.name, q: quarterParam(w.quarter, i18n.language) })}>{w.indicator.name}</Link>
                  )}
                  {w.status !== null && <> <RealisationStatusMark status={w.status} /></>}
                </th>
                <td className="num">{formatRealisationWithUnit(w.indicator, w.projection.projectedValue, i18n)}</td>
                <td className="num">
                  {achievement.computable && (
                    <>{formatPercent(achievement.percent, displayLocale)} <CategoryBadge band={categoryOf(achievement.percent, props.bands)} /></>
                  )}
                </td>
                <td>{w.obstacles.trim() === '' ? t('dashboard.noObstacles') : w.obstacles}</td>
              </tr>
            );
          })}
        </ScrollTable>
      )}
    </>
  );
}
