// The unit page's trend and quarter picker: the unit's average capaian s.d. TW I–IV as a line (a
// quarter the unit filled nothing in is "no data", not the quarter before again:
// domain/quarter-score.ts), each indicator's capaian per quarter with its entry's status and a
// line, and for the quarter picked the average and the early warning, each row opening the
// indicator's entry. The quarter starts at ?q= (the dashboard's compliance table links here with
// it) or the latest with data. Loaded on demand below the PK.
import { useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useLocation, useSearchParams } from 'react-router';
import { quarterAchievement, yearToDateAchievement } from '../../../../domain/achievement';
import { formatPercent } from '../../../../domain/number-format';
import { isQuarter, quarters, type Quarter } from '../../../../domain/period';
import { scoreUnitAt, unitTrend } from '../../../../domain/quarter-score';
import { quarterValuesOf } from '../../../../domain/quarter-values';
import { getAgreementView } from '../../../db/queries';
import { useFeatureMessages } from '../../../i18n/feature-messages';
import { useI18n } from '../../../i18n/i18n-context';
import { quarterParam } from '../../../i18n/quarter-label';
import { displayLocale } from '../../../i18n/i18n-provider';
import { useActiveSession } from '../../../session/session-context';
import { useTenantTimeZone } from '../../../session/tenant-clock';
import { AchievementSummary } from '../../../ui/achievement-summary';
import { CategoryBadge } from '../../../ui/category-badge';
import { RealisationStatusMark } from '../../../ui/realisation-status-mark';
import { toDateQuarter } from '../view/to-date-quarter';
import { TrendLine } from './trend-line';
import { unitTrendMessages } from './unit-trend-messages';
import './unit-trend.css';

export function UnitTrendPanel(props: { orgUnitId: string; year: number }) {
  const t = useFeatureMessages(unitTrendMessages);
  const { language } = useI18n();
  const { db, info } = useActiveSession();
  const timeZone = useTenantTimeZone();
  const [params] = useSearchParams();
  // The quarter picked here; until then the one the address names (?q=) or the latest with data.
  const [picked, setPicked] = useState<Quarter | null>(null);
  const view = useLiveQuery(() => getAgreementView(db, props.orgUnitId, props.year), [db, props.orgUnitId, props.year]);
  // Opened from the dashboard's compliance table (…?q=n#trend): the panel is below the PK, so go to it once it is there.
  const { hash } = useLocation();
  const section = useRef<HTMLElement>(null);
  const shown = view !== undefined && view !== null;
  useEffect(() => {
    if (shown && hash === '#trend') section.current?.scrollIntoView?.({ block: 'start' });
  }, [shown, hash]);
  if (!view) return null;
  const indicators = view.goals.flatMap((g) => g.indicators);
  if (indicators.length === 0) return null;

  const settings = info.tenant.settings;
  const asked = Number(params.get('q'));
  const quarter: Quarter = picked ?? (isQuarter(asked) ? asked : toDateQuarter(view.goals, props.year, new Date(), timeZone));
  const q = quarterParam(quarter, language);
  const scored = indicators.map((v) => ({ indicator: v.indicator, values: quarterValuesOf(v.realisations) }));
  const trend = unitTrend(scored, settings);
  const at = scoreUnitAt(scored, quarter, settings);
  const percent = (n: number) => formatPercent(n, displayLocale);
  const points = trend.map((p) => t('unitTrend.point', { q: quarterParam(p.quarter, language), value: p.noData || p.average === null ? t('unitTrend.noDataShort') : percent(p.average) }));

  return (
    <section className="card unit-trend" id="trend" ref={section} aria-labelledby="unit-trend-title">
      <h2 id="unit-trend-title">{t('unitTrend.title')}</h2>
      <div className="unit-trend__head">
        <div className="field">
          <label htmlFor="unit-trend-quarter">{t('unitTrend.quarter')}</label>
          <select id="unit-trend-quarter" value={quarter} onChange={(e) => setPicked(Number(e.target.value) as Quarter)}>
            {quarters.map((value) => <option key={value} value={value}>{t('pk.col.quarter', { q: quarterParam(value, language) })}</option>)}
          </select>
        </div>
        <TrendLine values={trend.map((p) => p.average)} width={200} height={56} label={t('unitTrend.lineLabel', { points: points.join(', ') })} />
      </div>
      {at.noData ? (
        <p className="notice" role="status">{t('unitTrend.noData', { q })}</p>
      ) : (
        <p>
          {t('unitTrend.average', { q })}{' '}
          {at.score.average === null ? t('dashboard.noScore') : <><strong>{percent(at.score.average)}</strong> {at.score.category && <CategoryBadge band={at.score.category} />}</>}
        </p>
      )}

      <h3 id="unit-trend-warning">{t('unitTrend.warning', { q })}</h3>
      {at.noData || at.score.atRisk.length === 0 ? (
        <p>{t('unitTrend.warningNone')}</p>
      ) : (
        <ul className="unit-trend__warnings" aria-labelledby="unit-trend-warning">
          {at.score.atRisk.map(({ indicator, projection }) => {
            const rows = indicators.find((v) => v.indicator.id === indicator.id)?.realisations ?? [];
            const latest = rows.slice(0, quarter).reverse().find((r) => r && r.value !== null);
            const entryQuarter = latest?.quarter ?? quarter;
            return (
              <li key={indicator.id}>
                <Link to={`/indicators/${indicator.id}/quarters/${entryQuarter}`} aria-label={t('unitTrend.open', { name: indicator.name, q: quarterParam(entryQuarter, language) })}>{indicator.name}</Link>
                {projection.projectedAchievement.computable && ` — ${t('unitTrend.projected', { percent: percent(projection.projectedAchievement.percent) })}`}
                {latest && <> <RealisationStatusMark status={latest.status} /></>}
              </li>
            );
          })}
        </ul>
      )}

      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('unitTrend.table')}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('unitTrend.col.indicator')}</th>
              {quarters.map((value) => (
                <th key={value} scope="col" className={`num${value === quarter ? ' unit-trend__picked' : ''}`}>{t('unitTrend.col.quarter', { q: quarterParam(value, language) })}</th>
              ))}
              <th scope="col">{t('unitTrend.col.line')}</th>
              <th scope="col">{t('unitTrend.col.toDate', { q })}</th>
            </tr>
          </thead>
          <tbody>
            {scored.map(({ indicator, values }, index) => {
              const rows = indicators[index]?.realisations ?? [null, null, null, null];
              const perQuarter = quarters.map((value) => quarterAchievement(indicator, values, value, settings.lowerIsBetterFormula));
              return (
                <tr key={indicator.id}>
                  <th scope="row">{indicator.name}</th>
                  {perQuarter.map((a, i) => {
                    const row = rows[i] ?? null;
                    return (
                      <td key={i} className={`num${i + 1 === quarter ? ' unit-trend__picked' : ''}`}>
                        {a.computable ? percent(a.percent) : '–'}
                        {row && row.value !== null && <span className="unit-trend__status"><RealisationStatusMark status={row.status} /></span>}
                      </td>
                    );
                  })}
                  <td><TrendLine values={perQuarter.map((a) => (a.computable ? a.percent : null))} /></td>
                  <td><AchievementSummary achievement={yearToDateAchievement(indicator, values, quarter, settings.lowerIsBetterFormula)} bands={settings.categoryBands} /></td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
