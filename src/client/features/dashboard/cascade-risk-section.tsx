// The leader's first question on the dashboard: which sasaran daerah fall behind, and which units'
// indicators pull them down (domain/cascade-tree.ts), each one tap from the pohon kinerja opened
// on that sasaran. Read in the dashboard's own query, so it arrives with the rest of the screen
// instead of pushing it down a moment later.
import { Link } from 'react-router';
import { flattenCascade } from '../../../domain/cascade-tree';
import type { CascadeView } from '../../db/cascade-queries';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { dashboardMessages } from './messages';

export function CascadeRiskSection(props: { view: CascadeView }) {
  const t = useFeatureMessages(dashboardMessages);
  const { view } = props;
  if (view.pemdaPk === null) return null;
  const atRisk = view.roots.filter((r) => r.status.atRisk);
  const unitNames = new Map(view.units.map((u) => [u.id, u.name]));
  const total = view.unitViews.reduce((n, v) => n + v.goals.reduce((m, g) => m + g.indicators.length, 0), 0);
  return (
    <section aria-labelledby="cascade-risk-title">
      <h2 id="cascade-risk-title">{t('dashboard.cascadeRisk')}</h2>
      <p>{t('dashboard.alignment', { aligned: total - view.unaligned.length, total })} <Link className="cascade-risk-open" to="/cascade">{t('dashboard.openCascade')}</Link></p>
      {atRisk.length === 0 ? <p role="status">{t('dashboard.cascadeRiskNone', { n: view.roots.length })}</p> : (
        <ul className="cascade-risk">
          {atRisk.map((sasaran) => {
            const pulling = flattenCascade([sasaran]).filter((n) => n.kind === 'indicator' && (n.status.riskReason === 'own' || n.status.riskReason === 'both'));
            return (
              <li key={sasaran.id}>
                <Link to={`/cascade?sasaran=${encodeURIComponent(sasaran.id)}`}><strong>{sasaran.name}</strong></Link>
                <ul>
                  {pulling.map((n) => <li key={n.id}>{t('dashboard.cascadePulling', { unit: unitNames.get(n.orgUnitId ?? '') ?? '', indicator: n.name })}</li>)}
                </ul>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
