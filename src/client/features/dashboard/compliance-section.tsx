// Kepatuhan pelaporan (what the leader asks first): the pemda's summary — average capaian, share
// of the quarter's realisations verified, units late — and per unit the quarter's entries by
// status against the deadline, late units first, and the quality of its entries (without a flag of
// the checks at entry, with evidence, on time); a unit opens its page at that quarter (its entries), and the
// table, and the hasil pemeriksaan data of the flagged entries, go out as PDF/XLSX. Figures from
// domain/reporting-compliance.ts.
import { Link } from 'react-router';
import { formatPercent } from '../../../domain/number-format';
import type { Quarter } from '../../../domain/period';
import { complianceSummary } from '../../../domain/reporting-compliance';
import { calendarDateIn, tenantTimeZone } from '../../../domain/tenant-clock';
import type { DashboardUnit } from '../../db/dashboard-queries';
import { useI18n } from '../../i18n/i18n-context';
import { displayLocale } from '../../i18n/i18n-provider';
import { quarterParam } from '../../i18n/quarter-label';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { useActiveSession } from '../../session/session-context';
import { DocumentButton } from '../../ui/document-button';
import { realisationStatusMessages, statusKey } from '../../ui/realisation-status-messages';
import { dashboardMessages } from './messages';
import { compareIndonesian } from '../../../domain/text-order';

interface Props {
  units: DashboardUnit[];
  year: number;
  quarter: Quarter;
  deadline: string | null;
  verifiedOnly: boolean;
}

export function ComplianceSection(props: Props) {
  const t = useFeatureMessages(dashboardMessages);
  // The status words of the column heads are the status marks' own (one catalogue for both); the
  // marks themselves are not used on the grey head, where their green falls below 4.5:1.
  const status = useFeatureMessages(realisationStatusMessages);
  const { formatDate, language } = useI18n();
  const { info } = useActiveSession();
  const q = quarterParam(props.quarter, language);
  const summary = complianceSummary(props.units.map((u) => ({ average: u.score.average, compliance: u.compliance })));
  const rows = [...props.units].sort((a, b) => Number(b.compliance.late) - Number(a.compliance.late) || compareIndonesian(a.name, b.name));
  const timeZone = tenantTimeZone(info.tenant.settings);
  const percent = (n: number | null) => (n === null ? t('compliance.none') : formatPercent(n, displayLocale));

  const make = (format: 'pdf' | 'xlsx') => async (onProgress: (f: number) => void) => {
    const { makeComplianceDocument } = await import('../../documents/make');
    return makeComplianceDocument(format, {
      tenantName: info.tenant.name, year: props.year, quarter: props.quarter, deadline: props.deadline, timeZone, verifiedOnly: props.verifiedOnly, summary,
      units: props.units.map((u) => ({
        name: u.name, ...u.compliance, average: u.score.average, unverified: u.unverified, extended: u.extended,
        unflaggedPercent: u.quality.unflaggedPercent, evidencePercent: u.quality.evidencePercent, onTimePercent: u.compliance.onTimePercent,
      })),
      date: calendarDateIn(new Date(), timeZone),
    }, info.tenant.logo, onProgress);
  };

  const flagged = props.units.flatMap((u) => u.flagged.map((f) => ({ unit: u, ...f })));
  const makeCheckReport = (format: 'pdf' | 'xlsx') => async (onProgress: (f: number) => void) => {
    const { makeDataCheckReportDocument } = await import('../../documents/make');
    return makeDataCheckReportDocument(format, {
      tenantName: info.tenant.name, year: props.year, quarter: props.quarter, settings: info.tenant.settings,
      date: calendarDateIn(new Date(), timeZone),
      entered: props.units.reduce((n, u) => n + u.quality.entered, 0),
      entries: flagged.map(({ unit, indicator, realisation, warnings, hasEvidence }) => {
        const target = indicator.quarterTargets[props.quarter - 1] ?? (indicator.aggregation === 'flat' ? indicator.annualTarget : null);
        return {
          unitName: unit.name, indicatorName: indicator.name, measure: indicator.unit, value: realisation.value ?? 0,
          target: typeof target === 'number' ? target : null, status: realisation.status, hasEvidence, warnings,
        };
      }),
    }, info.tenant.logo, onProgress);
  };

  return (
    // A plain section: the table's scroll box is the region named by the title (one landmark per name).
    <section>
      <h2 id="compliance-title">{t('compliance.title', { q })}</h2>
      <div role="group" aria-label={t('compliance.summary')}>
      <dl className="compliance-summary">
        <div><dt>{t('compliance.average', { q })}</dt><dd>{percent(summary.averageAchievement)}</dd></div>
        <div><dt>{t('compliance.verifiedShare', { q })}</dt><dd>{percent(summary.verifiedPercent)}</dd></div>
        <div><dt>{t('compliance.unitsLate')}</dt><dd>{t('compliance.unitsLateValue', { late: summary.unitsLate, units: summary.units })}</dd></div>
      </dl>
      </div>
      <p className="field__hint">
        {t('compliance.intro', { q })}{' '}
        {props.deadline === null ? t('compliance.noDeadline', { q }) : t('compliance.deadline', { q, date: formatDate(props.deadline, { dateStyle: 'long', timeStyle: 'short', timeZone }) })}
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="compliance-title">
        <table className="data-table" id="compliance-table">
          <thead>
            <tr>
              <th scope="col" className="sticky-col">{t('dashboard.col.unit')}</th>
              <th scope="col" className="num">{t('compliance.col.due')}</th>
              <th scope="col" className="num">{t('compliance.col.entered')}</th>
              <th scope="col" className="num">{status(statusKey('submitted'))}</th>
              <th scope="col" className="num">{status(statusKey('verified'))}</th>
              <th scope="col" className="num">{status(statusKey('returned'))}</th>
              <th scope="col" className="num">{t('compliance.col.outstanding')}</th>
              <th scope="col">{t('compliance.col.state')}</th>
              <th scope="col" className="num">{t('compliance.col.unflagged')}</th>
              <th scope="col" className="num">{t('compliance.col.evidence')}</th>
              <th scope="col" className="num">{t('compliance.col.onTime')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((unit) => {
              const c = unit.compliance;
              return (
                <tr key={unit.orgUnit.id}>
                  {/* The unit stays in view while the quality columns are scrolled to (412 and 768 px). */}
                  <th scope="row" className="sticky-col">
                    <Link to={`/units/${unit.orgUnit.id}?q=${props.quarter}#trend`} aria-label={t('compliance.open', { unit: unit.name, q })}>{unit.name}</Link>
                  </th>
                  <td className="num">{c.due}</td>
                  <td className="num">{c.entered}</td>
                  <td className="num">{c.submitted}</td>
                  <td className="num">{c.verified}</td>
                  <td className="num">{c.returned}</td>
                  <td className="num">{c.outstanding}</td>
                  <td>
                    {c.late
                      ? <strong className="compliance-late">{t('compliance.late')}</strong>
                      : c.outstanding === 0 ? t('compliance.complete') : t('compliance.inProgress')}
                    {unit.extended && c.deadline !== null && (
                      <span className="compliance-extended">{t('compliance.extended', { date: formatDate(c.deadline, { dateStyle: 'medium', timeStyle: 'short', timeZone }) })}</span>
                    )}
                  </td>
                  <td className="num">{percent(unit.quality.unflaggedPercent)}</td>
                  <td className="num">{percent(unit.quality.evidencePercent)}</td>
                  <td className="num">{percent(c.onTimePercent)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="actions">
        <DocumentButton label={t('compliance.pdf')} make={make('pdf')} />
        <DocumentButton label={t('compliance.xlsx')} make={make('xlsx')} />
        <DocumentButton label={t('compliance.checkReportPdf', { n: flagged.length })} make={makeCheckReport('pdf')} />
        <DocumentButton label={t('compliance.checkReport', { n: flagged.length })} make={makeCheckReport('xlsx')} />
      </div>
    </section>
  );
}
