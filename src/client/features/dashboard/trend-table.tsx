// Tren: each unit's average capaian s.d. TW I … TW IV, to see who is slipping quarter by quarter.
// A quarter the unit filled nothing in says so (it used to repeat the quarter before).
import { formatPercent } from '../../../domain/number-format';
import { quarters } from '../../../domain/period';
import { useI18n } from '../../i18n/i18n-context';
import { quarterParam } from '../../i18n/quarter-label';
import type { DashboardUnit } from '../../db/dashboard-queries';
import { displayLocale } from '../../i18n/i18n-provider';
import { TrendChart } from './charts/dashboard-charts';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { dashboardMessages } from './messages';

export function TrendTable(props: { units: DashboardUnit[] }) {
  const t = useFeatureMessages(dashboardMessages);
  const { language } = useI18n();
  return (
    <>
      <h2 id="trend-title">{t('dashboard.trend')}</h2>
      <TrendChart units={props.units} tableId="trend-table" />
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="trend-title">
        <table className="data-table" id="trend-table">
          <thead>
            <tr>
              <th scope="col">{t('dashboard.col.unit')}</th>
              {quarters.map((q) => <th key={q} scope="col" className="num">{t('dashboard.col.toQuarter', { q: quarterParam(q, language) })}</th>)}
            </tr>
          </thead>
          <tbody>
            {props.units.map((unit) => (
              <tr key={unit.orgUnit.id}>
                <th scope="row">{unit.name}</th>
                {unit.trend.map((average, i) => (
                  <td key={i} className="num">
                    {unit.trendNoData[i] ? <span className="trend-nodata">{t('dashboard.noDataCell')}</span> : average === null ? '–' : formatPercent(average, displayLocale)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
