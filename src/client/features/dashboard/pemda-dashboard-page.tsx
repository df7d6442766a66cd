// /dashboard — the pemda's view of all units (leader, evaluator, admin): reporting compliance of
// the quarter, units ranked by average capaian up to a quarter (capped per tenant setting) with
// budget absorption, the spread of categories, the trend over the quarters, and the early
// warning: indicators projected to end the year below the warning category, with the obstacles
// the unit reported. A switch limits every figure (and the documents) to verified realisations;
// otherwise figures that include unverified ones are marked. A quarter nobody filled says so
// instead of repeating the quarter before. From local data, offline; every figure is also a table.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { hasTenantWideScope } from '../../../domain/permissions';
import { orgUnitTypes, type OrgUnitType } from '../../../domain/org-unit-type';
import { lastEndedQuarter, periodOf, quarters, type Quarter } from '../../../domain/period';
import { formatPercent } from '../../../domain/number-format';
import { getPemdaDashboard, type DashboardUnit } from '../../db/dashboard-queries';
import { getCascadeView } from '../../db/cascade-queries';
import { cascadeRollUpRule } from '../../../domain/cascade';
import { displayLocale } from '../../i18n/i18n-provider';
import { useActiveSession } from '../../session/session-context';
import { useTenantTimeZone } from '../../session/tenant-clock';
import { CategoryBadge } from '../../ui/category-badge';
import { Loading } from '../../ui/loading';
import { CategoryDistribution } from './category-distribution';
import { ComplianceSection } from './compliance-section';
import { CascadeRiskSection } from './cascade-risk-section';
import { EvaluationDownloads, RecapDownloads } from './document-section';
import { LkjipSection } from '../../widgets/lkjip-section';
import { EarlyWarningTable } from './early-warning-table';
import { TrendTable } from './trend-table';
import { UnverifiedNote } from './unverified-note';
import { AbsorptionChart, RankingChart } from './charts/dashboard-charts';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { useI18n } from '../../i18n/i18n-context';
import { quarterParam } from '../../i18n/quarter-label';
import { dashboardMessages } from './messages';
import './dashboard.css';


export function PemdaDashboardPage() {
  const t = useFeatureMessages(dashboardMessages);
  const { language } = useI18n();
  const { db, actor, info } = useActiveSession();
  const timeZone = useTenantTimeZone();
  const { year } = periodOf(new Date(), timeZone);
  const [upTo, setUpTo] = useState<Quarter>(() => lastEndedQuarter(new Date(), timeZone));
  const [type, setType] = useState<OrgUnitType | ''>('');
  const [verifiedOnly, setVerifiedOnly] = useState(false);
  const settings = info.tenant.settings;
  const dashboard = useLiveQuery(async () => {
    const [figures, cascade] = await Promise.all([
      getPemdaDashboard(db, year, upTo, settings, { verifiedOnly, now: new Date() }),
      getCascadeView(db, year, upTo, { ...settings, rollUpRule: cascadeRollUpRule(settings) }, { verifiedOnly }),
    ]);
    return { ...figures, cascade };
  }, [db, year, upTo, settings, verifiedOnly]);
  if (!hasTenantWideScope(actor)) return <p className="notice">{t('dashboard.onlyTenantWide')}</p>;
  if (dashboard === undefined) return <Loading />;

  const units = dashboard.units.filter((u) => type === '' || u.orgUnit.type === type);
  const warnings = dashboard.warnings.filter((w) => type === '' || w.orgUnit.type === type);
  const q = quarterParam(upTo, language);
  const averageCell = (unit: DashboardUnit) => {
    if (unit.noData) return t('dashboard.noDataUnit', { q });
    if (unit.score.average === null) return t('dashboard.noScore');
    return formatPercent(unit.score.average, displayLocale);
  };
  return (
    <section aria-labelledby="dashboard-title">
      <h1 id="dashboard-title">{t('dashboard.title', { tenant: info.tenant.name, year })}</h1>
      <div className="filters">
        <div className="field">
          <label htmlFor="dashboard-quarter">{t('dashboard.upTo')}</label>
          <select id="dashboard-quarter" value={upTo} onChange={(e) => setUpTo(Number(e.target.value) as Quarter)}>
            {quarters.map((value) => <option key={value} value={value}>{t('pk.col.quarter', { q: quarterParam(value, language) })}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="dashboard-type">{t('units.type')}</label>
          <select id="dashboard-type" value={type} onChange={(e) => setType(e.target.value as OrgUnitType | '')}>
            <option value="">{t('units.allTypes')}</option>
            {orgUnitTypes.map((value) => <option key={value} value={value}>{t(`units.type.${value}`)}</option>)}
          </select>
        </div>
        <div className="field verified-switch">
          <label className="choice">
            <input type="checkbox" checked={verifiedOnly} onChange={(e) => setVerifiedOnly(e.target.checked)} aria-describedby="verified-only-hint" />
            {t('dashboard.verifiedOnly')}
          </label>
        </div>
      </div>
      <p className="field__hint" id="verified-only-hint">{t('dashboard.verifiedOnlyHint')}</p>
      <p className="field__hint">{settings.achievementCap === null ? t('dashboard.noCap') : t('dashboard.cap', { cap: settings.achievementCap })}</p>
      {!dashboard.hasData && (
        <p className="notice" role="status">{dashboard.verifiedOnly ? t('dashboard.noDataQuarterVerified', { q }) : t('dashboard.noDataQuarter', { q })}</p>
      )}

      <CascadeRiskSection view={dashboard.cascade} />

      <ComplianceSection units={units} year={year} quarter={upTo} deadline={dashboard.deadline} verifiedOnly={dashboard.verifiedOnly} />

      <h2 id="ranking-title">{t('dashboard.ranking', { q })}</h2>
      <RankingChart units={units} q={q} tableId="ranking-table" />
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="ranking-title">
        <table className="data-table" id="ranking-table">
          <thead>
            <tr>
              <th scope="col" className="num">{t('dashboard.col.rank')}</th>
              <th scope="col">{t('dashboard.col.unit')}</th>
              <th scope="col" className="num">{t('dashboard.col.average')}</th>
              <th scope="col">{t('dashboard.col.category')}</th>
              <th scope="col" className="num">{t('dashboard.col.absorption')}</th>
              <th scope="col" className="num">{t('dashboard.col.indicators')}</th>
              <th scope="col" className="num">{t('dashboard.col.atRisk')}</th>
            </tr>
          </thead>
          <tbody>
            {units.map((unit) => (
              <tr key={unit.orgUnit.id}>
                <td className="num">{unit.rank ?? '–'}</td>
                <th scope="row"><Link to={`/units/${unit.orgUnit.id}?q=${upTo}`}>{unit.name}</Link></th>
                <td className="num">
                  {/* Its own element: the figure reads apart from the note about unverified entries. */}
                  <span className="figure">{averageCell(unit)}</span>
                  <UnverifiedNote count={unit.unverified} verifiedOnly={dashboard.verifiedOnly} />
                </td>
                <td>{unit.score.category ? <CategoryBadge band={unit.score.category} /> : '–'}</td>
                <td className="num">{unit.absorption === null ? '–' : formatPercent(unit.absorption, displayLocale)}</td>
                <td className="num">{t('dashboard.counted', { n: unit.indicatorCount - unit.score.notComputable, total: unit.indicatorCount })}</td>
                <td className="num">{unit.score.atRisk.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <RecapDownloads units={units} year={year} upTo={upTo} verifiedOnly={dashboard.verifiedOnly} />

      <AbsorptionChart units={units} q={q} tableId="ranking-table" />
      <CategoryDistribution units={units} bands={settings.categoryBands} />
      <TrendTable units={units} />
      <EarlyWarningTable warnings={warnings} upTo={upTo} bands={settings.categoryBands} warningBelow={settings.warningBelowCategory} />
      <EvaluationDownloads units={units} year={year} upTo={upTo} />
      <LkjipSection units={units.map((u) => ({ id: u.orgUnit.id, name: u.name }))} />
    </section>
  );
}
