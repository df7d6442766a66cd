// /cascade — the pohon kinerja: the pemda's sasaran daerah and IKU with the unit indicators that
// support them, each node's own achievement beside the roll-up of its supporters, the category and
// the early-warning flag (domain/cascade-tree.ts); then the indicators not aligned yet and each
// unit's share aligned. From the device's data, offline; filters by unit and sasaran, and "at risk
// only" for the leader who wants what is falling behind first.
import { cascadeRollUpRule } from '../../../domain/cascade';
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useSearchParams } from 'react-router';
import { flattenCascade, planKinds, type CascadeTreeNode } from '../../../domain/cascade-tree';
import { canRead, hasTenantWideScope } from '../../../domain/permissions';
import { formatPercent } from '../../../domain/number-format';
import { lastEndedQuarter, periodOf, quarters, type Quarter } from '../../../domain/period';
import { alignmentOfUnits, getCascadeView } from '../../db/cascade-queries';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { useI18n } from '../../i18n/i18n-context';
import { displayLocale } from '../../i18n/i18n-provider';
import { quarterParam } from '../../i18n/quarter-label';
import { useActiveSession } from '../../session/session-context';
import { useTenantTimeZone } from '../../session/tenant-clock';
import { Loading } from '../../ui/loading';
import { CascadeDownloads } from './cascade-downloads';
import { CascadeNode } from './cascade-node';
import { cascadeMessages } from './messages';
import { pruneTree } from './prune-tree';
import { UnalignedSection } from './unaligned-section';
import './cascade.css';


/** Open at first: the visi, every misi, tujuan and sasaran, and every node at risk (what pulls a sasaran down shows at once). */
const initiallyOpen = (roots: readonly CascadeTreeNode[]) =>
  new Set(flattenCascade(roots).filter((n) => n.kind === 'sasaran' || planKinds.has(n.kind) || n.status.atRisk).map((n) => n.id));

export function CascadePage() {
  const t = useFeatureMessages(cascadeMessages);
  const { language } = useI18n();
  const { db, actor, info } = useActiveSession();
  const timeZone = useTenantTimeZone();
  const { year } = periodOf(new Date(), timeZone);
  const [upTo, setUpTo] = useState<Quarter>(() => lastEndedQuarter(new Date(), timeZone));
  const [unit, setUnit] = useState('');
  // The dashboard's at-risk list opens the tree on one sasaran.
  const [searchParams] = useSearchParams();
  const [sasaran, setSasaran] = useState(() => searchParams.get('sasaran') ?? '');
  const [misi, setMisi] = useState(() => searchParams.get('misi') ?? '');
  const [atRiskOnly, setAtRiskOnly] = useState(false);
  const [expanded, setExpanded] = useState<Set<string> | null>(null);
  const settings = info.tenant.settings;
  const view = useLiveQuery(
    () => getCascadeView(db, year, upTo, { ...settings, rollUpRule: cascadeRollUpRule(settings) }, { verifiedOnly: false }),
    [db, year, upTo, settings],
  );
  const nodes = useMemo(() => (view ? flattenCascade(view.roots) : []), [view]);
  const roots = useMemo(() => {
    if (!view) return [];
    // A sasaran or a misi chosen: the tree from that node down (a sasaran wins over its misi).
    const focus = nodes.find((n) => n.id === sasaran) ?? nodes.find((n) => n.id === misi);
    const from = focus ? [focus] : view.roots;
    return pruneTree(from, (n) => (unit === '' || n.orgUnitId === unit) && (!atRiskOnly || n.status.atRisk) && (unit === '' || n.kind === 'indicator'));
  }, [view, nodes, sasaran, misi, unit, atRiskOnly]);
  if (view === undefined) return <Loading />;

  const open = expanded ?? initiallyOpen(view.roots);
  const toggle = (id: string) => {
    const next = new Set(open);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setExpanded(next);
  };
  const unitNames = new Map(view.units.map((u) => [u.id, u.name]));
  const unitIndicators = view.unitViews.flatMap((v) => v.goals.flatMap((g) => g.indicators.map((i) => ({ ...i.indicator, agreementKind: v.agreement.kind }))));
  const aligned = unitIndicators.length - view.unaligned.length;
  const shown = unit === '' ? view.units : view.units.filter((u) => u.id === unit);
  const sasaranNodes = nodes.filter((n) => n.kind === 'sasaran');
  const misiNodes = nodes.filter((n) => n.kind === 'misi');
  return (
    <section aria-labelledby="cascade-title">
      <h1 id="cascade-title">{t('cascade.title', { tenant: info.tenant.name, year })}</h1>
      <p>{t('cascade.intro')}</p>
      <p className="field__hint">
        {t(`cascade.rule.${cascadeRollUpRule(settings)}`, { cap: settings.achievementCap === null ? '' : t('cascade.capNote', { cap: settings.achievementCap }) })}
      </p>
      {view.pemdaPk === null ? <p className="notice" role="status">{t('cascade.noPemdaPk', { year })}</p> : (
        <>
          <p>
            <Link className="cascade-pemda-link" to={`/pemda-pk/${year}`}>{t('cascade.pemdaFigures', { year })}</Link>
            {hasTenantWideScope(actor) && <> · <Link className="cascade-pemda-link" to={`/agreements/${view.pemdaPk.id}`}>{t('cascade.openPemdaPk', { year })}</Link></>}
          </p>
          {view.plan === null && <p className="field__hint">{t('cascade.noPlan', { year })}</p>}
          <div className="filters">
            <div className="field">
              <label htmlFor="cascade-quarter">{t('cascade.upTo')}</label>
              <select id="cascade-quarter" value={upTo} onChange={(e) => setUpTo(Number(e.target.value) as Quarter)}>
                {quarters.map((value) => <option key={value} value={value}>{t('pk.col.quarter', { q: quarterParam(value, language) })}</option>)}
              </select>
            </div>
            {misiNodes.length > 0 && (
              <div className="field">
                <label htmlFor="cascade-misi">{t('cascade.misiFilter')}</label>
                <select id="cascade-misi" value={misi} onChange={(e) => { setMisi(e.target.value); setSasaran(''); }}>
                  <option value="">{t('cascade.allMisi')}</option>
                  {misiNodes.map((m) => <option key={m.id} value={m.id}>{t('cascade.kind.misi', { number: m.number ?? '' })}: {m.name}</option>)}
                </select>
              </div>
            )}
            <div className="field">
              <label htmlFor="cascade-sasaran">{t('cascade.sasaranFilter')}</label>
              <select id="cascade-sasaran" value={sasaran} onChange={(e) => setSasaran(e.target.value)}>
                <option value="">{t('cascade.allSasaran')}</option>
                {sasaranNodes.map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}
              </select>
            </div>
            {view.units.length > 1 && (
              <div className="field">
                <label htmlFor="cascade-unit">{t('cascade.unit')}</label>
                <select id="cascade-unit" value={unit} onChange={(e) => setUnit(e.target.value)}>
                  <option value="">{t('cascade.allUnits')}</option>
                  {view.units.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
                </select>
              </div>
            )}
            <div className="field verified-switch">
              <label className="choice">
                <input type="checkbox" checked={atRiskOnly} onChange={(e) => setAtRiskOnly(e.target.checked)} />
                {t('cascade.atRiskOnly')}
              </label>
            </div>
          </div>
          <p role="status">
            {misiNodes.length > 0 && `${t('cascade.summaryMisi', { misi: misiNodes.length, atRisk: misiNodes.filter((m) => m.status.atRisk).length })} `}
            {t('cascade.summary', {
              sasaran: sasaranNodes.length, atRisk: sasaranNodes.filter((r) => r.status.atRisk).length, aligned, total: unitIndicators.length,
            })}
          </p>
          <CascadeDownloads
            t={t} year={year} upTo={upTo} roots={view.roots} unaligned={view.unaligned} shownRoots={roots} unitNames={unitNames}
            filters={{
              sasaran: (nodes.find((n) => n.id === sasaran) ?? nodes.find((n) => n.id === misi))?.name ?? null, unit: view.units.find((u) => u.id === unit)?.name ?? null, atRiskOnly,
            }}
          />
          <div className="cascade-actions">
            <button type="button" className="button button--small" onClick={() => setExpanded(new Set(flattenCascade(view.roots).map((n) => n.id)))}>{t('cascade.expandAll')}</button>
            <button type="button" className="button button--small" onClick={() => setExpanded(new Set())}>{t('cascade.collapseAll')}</button>
          </div>
          {roots.length === 0 ? <p className="notice">{t('cascade.empty')}</p> : (
            <ul className="cascade-tree" aria-labelledby="cascade-title">
              {roots.map((node) => (
                <CascadeNode
                  key={node.id} node={node} t={t} bands={settings.categoryBands} unitNames={unitNames} expanded={open} onToggle={toggle}
                  canOpenUnit={(orgUnitId) => hasTenantWideScope(actor) || canRead(actor, { tenantId: actor.tenantId, orgUnitId }).allowed}
                />
              ))}
            </ul>
          )}
        </>
      )}
      <UnalignedSection
        t={t} unaligned={view.unaligned.filter((e) => unit === '' || e.orgUnitId === unit)} unitNames={unitNames}
        shares={alignmentOfUnits(view, shown)}
        formatShare={(value) => formatPercent(value, displayLocale)}
      />
    </section>
  );
}
