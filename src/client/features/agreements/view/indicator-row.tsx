import { Suspense } from 'react';
import { Link, useLocation } from 'react-router';
import { yearToDateAchievement } from '../../../../domain/achievement';
import type { TargetValue } from '../../../../domain/indicator';
import { canEditRealisation } from '../../../../domain/permissions';
import { quarters, quarterRoman, type Quarter } from '../../../../domain/period';
import type { Realisation } from '../../../../domain/realisation';
import type { EntrySyncState } from '../../../db/database';
import type { IndicatorView } from '../../../db/queries';
import { useI18n } from '../../../i18n/i18n-context';
import { useActiveSession } from '../../../session/session-context';
import { AchievementSummary } from '../../../ui/achievement-summary';
import { EntrySyncBadge } from '../../../widgets/entry-sync-badge';
import { formatRealisationValue, formatTarget } from '../../../ui/indicator-format';
import { quarterValuesOf } from '../../../../domain/quarter-values';
import { onDemand } from '../../../ui/on-demand';

// The status mark (and its words) loads on demand: the PK table is in the first load, which is at
// its budget (docs/performance.md); until it arrives, a blank mark of the same height holds its place.
const RealisationStatusMark = onDemand(() => import('../../../ui/realisation-status-mark').then((m) => m.RealisationStatusMark));
// "Mendukung: …" likewise: it reads the linked indicator's name itself.
const SupportLine = onDemand(() => import('./support-line').then((m) => m.SupportLine));

export function IndicatorRow(props: {
  view: IndicatorView;
  number: string;
  toDate: Quarter;
  syncStates: ReadonlyMap<string, EntrySyncState>;
  /** Supports no IKU or higher indicator yet (cascading): marked "belum selaras". */
  unaligned: boolean;
  /** An IKU of the pemda's own PK (permissions.ts canEditRealisation). */
  pemda: boolean;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { actor, info } = useActiveSession();
  const location = useLocation();
  const { indicator, realisations } = props.view;
  const values = quarterValuesOf(realisations);
  const settings = info.tenant.settings;
  const toDate = yearToDateAchievement(indicator, values, props.toDate, settings.lowerIsBetterFormula);
  // The PK's bounds and bukti dukung wajib, in one muted line (== null: rows made before them lack them).
  const f = i18n.formatNumber;
  const lo = indicator.minValue;
  const hi = indicator.maxValue;
  const bounds = lo == null ? (hi == null ? '' : `≤ ${f(hi)}`) : hi == null ? `≥ ${f(lo)}` : `${f(lo)}–${f(hi)}`;
  const rules = [bounds && t('pk.bounds', { v: bounds }), indicator.evidenceRequired && t('pk.evidence')].filter(Boolean).join(' · ');

  function quarterCell(quarter: Quarter, realisation: Realisation | null) {
    const target = indicator.quarterTargets[quarter - 1] ?? null;
    const text = formatRealisationValue(indicator, realisation?.value ?? null, i18n);
    const state = realisation ? props.syncStates.get(realisation.id) : undefined;
    const permission = canEditRealisation(actor, {
      tenantId: indicator.tenantId,
      orgUnitId: indicator.orgUnitId,
      status: realisation?.status ?? 'draft',
      pemda: props.pemda,
    });
    const empty = realisation?.value == null;
    const label = t(empty ? 'pk.enterRealisation' : 'pk.editRealisation', {
      q: quarterRoman[quarter],
      indicator: indicator.name,
    });
    return (
      <td key={quarter} className="num realisation-cell">
        {permission.allowed ? (
          <Link
            className="cell-action"
            to={`/indicators/${indicator.id}/quarters/${quarter}`}
            state={{ from: location.pathname }}
            aria-label={`${label}: ${empty ? t('value.emptyLabel') : text}`}
          >
            {text}
          </Link>
        ) : (
          <span aria-label={empty ? t('value.emptyLabel') : undefined}>{text}</span>
        )}
        <span className="quarter-target">
          <span aria-hidden="true">{t('pk.targetShort')} </span>
          <span className="visually-hidden">{t('pk.targetLabel')} </span>
          {formatTarget(indicator, target, i18n)}
        </span>
        {realisation && !realisation.deleted && (realisation.value !== null || realisation.status !== 'draft') && (
          <Suspense fallback={<span className="status-mark status-mark--loading" aria-hidden="true">{'\u00a0'}</span>}>
            <RealisationStatusMark status={realisation.status} breakable />
          </Suspense>
        )}
        {state && <EntrySyncBadge state={state} />}
      </td>
    );
  }

  return (
    <tr>
      <td>{props.number}</td>
      <th scope="row" className="indicator-name sticky-col">
        <span>{indicator.name}</span>
        {indicator.unit && <span className="indicator-unit">{t('pk.unitLabel', { unit: indicator.unit })}</span>}
        {rules && <span className="indicator-unit">{rules}</span>}
        {props.unaligned && <span className="indicator-unaligned">{t('pk.unaligned')}</span>}
        {indicator.supportsId && <Suspense fallback={null}><SupportLine supportsId={indicator.supportsId} /></Suspense>}
      </th>
      <td className={targetClass(indicator.annualTarget)}>{formatTarget(indicator, indicator.annualTarget, i18n)}</td>
      {quarters.map((q) => quarterCell(q, realisations[q - 1] ?? null))}
      <td className="achievement-cell">
        <AchievementSummary achievement={toDate} bands={settings.categoryBands} />
      </td>
    </tr>
  );
}

/** A text target is a sentence: it wraps and reads left to right; numbers align right. */
function targetClass(target: TargetValue | null): string {
  return typeof target === 'string' ? 'text-target' : 'num';
}
