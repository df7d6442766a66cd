// The leader's first question on the dashboard: which misi of the RPJMD and which sasaran daerah
// fall behind, and which units' indicators pull them down (domain/cascade-tree.ts), each one tap
// from the pohon kinerja opened on that misi or sasaran. Read in the dashboard's own query, so it
// arrives with the rest of the screen instead of pushing it down a moment later.
import { Link } from 'react-router';
import { flattenCascade, type CascadeTreeNode } from '../../../domain/cascade-tree';
import { alignmentOfUnits, type CascadeView } from '../../db/cascade-queries';
import { formatPercent } from '../../../domain/number-format';
import { displayLocale } from '../../i18n/i18n-provider';
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
  // A misi at risk lists its sasaran at risk, each with the indicators that pull it down (a misi
  // and its sasaran side by side repeated the same indicators); a sasaran at risk under a misi
  // that is not stands on its own.
  const sasaranUnder = new Map(misi.filter((m) => m.status.atRisk).map((m) => [m.id, flattenCascade(m.children).filter((n) => n.kind === 'sasaran' && n.status.atRisk)]));
  const nested = new Set([...sasaranUnder.values()].flat().map((n) => n.id));
  const atRisk = [...misi, ...sasaran].filter((n) => n.status.atRisk && !nested.has(n.id));
  const unitNames = new Map(view.units.map((u) => [u.id, u.name]));
  const total = view.unitViews.reduce((n, v) => n + v.goals.reduce((m, g) => m + g.indicators.length, 0), 0);
  const link = (node: CascadeTreeNode) => (
    <Link to={`/cascade?${node.kind === 'misi' ? 'misi' : 'sasaran'}=${encodeURIComponent(node.id)}`}>
      <strong>{node.kind === 'misi' ? t('dashboard.cascadeMisi', { number: node.number ?? '', name: node.name }) : node.name}</strong>
    </Link>
  );
  const pulling = (node: CascadeTreeNode) => (
    <ul>
      {pullingDown(node).map((n) => <li key={n.id}>{t('dashboard.cascadePulling', { unit: unitNames.get(n.orgUnitId ?? '') ?? '', indicator: n.name })}</li>)}
    </ul>
  );
  return (
    <section aria-labelledby="cascade-risk-title">
      <h2 id="cascade-risk-title">{t(misi.length > 0 ? 'dashboard.cascadeRiskPlan' : 'dashboard.cascadeRisk')}</h2>
      {atRisk.length === 0 ? <p role="status">{t('dashboard.cascadeRiskNone', { n: sasaran.length })}</p> : (
        <ul className="cascade-risk">
          {atRisk.map((node) => {
            const under = sasaranUnder.get(node.id) ?? [];
            return (
              <li key={node.id}>
                {link(node)}
                {under.length === 0 ? pulling(node) : <ul>{under.map((s) => <li key={s.id}>{link(s)}{pulling(s)}</li>)}</ul>}
              </li>
            );
          })}
        </ul>
      )}
      {/* After what the heading names: how far the units' indicators are linked to the plan at all. */}
      <p>{t('dashboard.alignment', { aligned: total - view.unaligned.length, total })} <Link className="cascade-risk-open" to="/cascade">{t('dashboard.openCascade')}</Link></p>
      <UnitAlignmentTable view={view} />
    </section>
  );
}

/** Each unit's share of indicators linked, least aligned first: whom Bappeda should call. */
function UnitAlignmentTable(props: { view: CascadeView }) {
  const t = useFeatureMessages(dashboardMessages);
  const rows = alignmentOfUnits(props.view).sort((a, b) => (a.share ?? 100) - (b.share ?? 100) || a.unit.name.localeCompare(b.unit.name, 'id-ID'));
  if (rows.length === 0) return null;
  return (
    <div className="table-scroll unit-alignment" tabIndex={0} role="region" aria-labelledby="unit-alignment-title">
      <table className="data-table">
        <caption id="unit-alignment-title">{t('dashboard.unitAlignment')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.unitAlignment.unit')}</th>
            <th scope="col" className="num">{t('dashboard.unitAlignment.linked')}</th>
            <th scope="col" className="num">{t('dashboard.unitAlignment.share')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.unit.id}>
              <th scope="row">{row.unit.name}</th>
              <td className="num">{t('dashboard.unitAlignment.count', { aligned: row.aligned, total: row.total })}</td>
              <td className="num">{row.share === null ? '–' : formatPercent(row.share, displayLocale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
