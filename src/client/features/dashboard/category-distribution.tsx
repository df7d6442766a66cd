// How the tenant's indicators spread over the categories: a table whose bars show the share
// (the numbers are the table; the bars only repeat them for the eye).
import type { DashboardUnit } from '../../db/dashboard-queries';
import type { CategoryBand } from '../../../domain/tenant';
import { useI18n } from '../../i18n/i18n-context';
import { CategoryBadge } from '../../ui/category-badge';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { dashboardMessages } from './messages';
import './dashboard.css';

export function CategoryDistribution(props: { units: DashboardUnit[]; bands: readonly CategoryBand[] }) {
  const { formatNumber } = useI18n();
  const t = useFeatureMessages(dashboardMessages);
  const bands = [...props.bands].sort((a, b) => b.min - a.min);
  const counts = bands.map((band) => props.units.reduce((n, u) => n + (u.score.byCategory[band.key] ?? 0), 0));
  const uncounted = props.units.reduce((n, u) => n + u.score.notComputable, 0);
  const total = counts.reduce((a, b) => a + b, 0) + uncounted;
  const share = (n: number) => (total === 0 ? 0 : (n / total) * 100);
  return (
    <>
      <h2 id="distribution-title">{t('dashboard.distribution')}</h2>
      {/* In its own box like every table: on a 360 px phone it scrolls there, never the page. */}
      <div className="table-scroll" role="region" aria-labelledby="distribution-title" tabIndex={0}>
        <table className="data-table distribution" aria-labelledby="distribution-title">
          <thead>
            <tr>
              <th scope="col">{t('dashboard.col.category')}</th>
              <th scope="col" className="num">{t('dashboard.col.indicatorCount')}</th>
              <th scope="col">{t('dashboard.col.share')}</th>
            </tr>
          </thead>
          <tbody>
            {bands.map((band, i) => (
              <tr key={band.key}>
                <th scope="row"><CategoryBadge band={band} /></th>
                <td className="num">{formatNumber(counts[i] ?? 0)}</td>
                <td>
                  <span className={`distribution__bar distribution__bar--${band.tone}`} style={{ inlineSize: `${share(counts[i] ?? 0)}%` }} aria-hidden="true" />
                  <span className="distribution__share">{formatNumber(share(counts[i] ?? 0), 1)}%</span>
                </td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t('dashboard.notComputable')}</th>
              <td className="num">{formatNumber(uncounted)}</td>
              <td><span className="distribution__share">{formatNumber(share(uncounted), 1)}%</span></td>
            </tr>
          </tbody>
        </table>
      </div>
    </>
  );
}
