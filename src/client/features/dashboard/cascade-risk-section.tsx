// The leader's first question on the dashboard: which misi of the RPJMD and which sasaran daerah
// fall behind, and which units' indicators pull them down (domain/cascade-tree.ts), each one tap
// from the pohon kinerja opened on that misi or sasaran. Read in the dashboard's own query, so it
// arrives with the rest of the screen instead of pushing it down a moment later.
import { Link } from 'react-router';
import { flattenCascade, type CascadeTreeNode } from '../../../domain/cascade-tree';
import type { CascadeView } from '../../db/cascade-queries';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { dashboardMessages } from './messages';

/** The units' indicators under a node that are at risk by their own projection: what pulls it down. */
const pullingDown = (node: CascadeTreeNode) =>
  flattenCascade([node]).filter((n) => n.kind === 'indicator' && (n.status.riskReason === 'own' || n.status.riskReason === 'both'));

export function CascadeRiskSection(props: { view: CascadeView }) {
  const t = useFeatureMessages(dashboardMessages);
  const { view } = props;
  if (view.pemdaPk === null) return null;
  const nodes = flattenCascade(view.roots);
  const sasaran = nodes.filter((n) => n.kind === 'sasaran');
  const misi = nodes.filter((n) => n.kind === 'misi');
  const atRisk = [...misi, ...sasaran].filter((n) => n.status.atRisk);
  const unitNames = new Map(view.units.map((u) => [u.id, u.name]));
  const total = view.unitViews.reduce((n, v) => n + v.goals.reduce((m, g) => m + g.indicators.length, 0), 0);
  return (
    <section aria-labelledby="cascade-risk-title">
      <h2 id="cascade-risk-title">{t(misi.length > 0 ? 'dashboard.cascadeRiskPlan' : 'dashboard.cascadeRisk')}</h2>
      <p>{t('dashboard.alignment', { aligned: total - view.unaligned.length, total })} <Link className="cascade-risk-open" to="/cascade">{t('dashboard.openCascade')}</Link></p>
      {atRisk.length === 0 ? <p role="status">{t('dashboard.cascadeRiskNone', { n: sasaran.length })}</p> : (
        <ul className="cascade-risk">
          {atRisk.map((node) => (
            <li key={node.id}>
              <Link to={`/cascade?${node.kind === 'misi' ? 'misi' : 'sasaran'}=${encodeURIComponent(node.id)}`}>
                <strong>{node.kind === 'misi' ? t('dashboard.cascadeMisi', { number: node.number ?? '', name: node.name }) : node.name}</strong>
              </Link>
              <ul>
                {pullingDown(node).map((n) => <li key={n.id}>{t('dashboard.cascadePulling', { unit: unitNames.get(n.orgUnitId ?? '') ?? '', indicator: n.name })}</li>)}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
