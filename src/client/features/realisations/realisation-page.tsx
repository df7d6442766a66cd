// /indicators/:indicatorId/quarters/:quarter — a page, so the back button and links just work.
import { useCallback } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useLocation, useNavigate, useParams } from 'react-router';
import { canEditRealisation, type Denial } from '../../../domain/permissions';
import { isQuarter, quarterRoman } from '../../../domain/period';
import { getIndicatorView, getPeriodWindowOf } from '../../db/queries';
import { earlierYearsOfIndicator } from '../../db/earlier-years';
import { isQuarterLocked } from '../../../domain/period-lock';
import { useI18n } from '../../i18n/i18n-context';
import { useActiveSession } from '../../session/session-context';
import { formatTargetWithUnit } from '../../ui/indicator-format-unit';
import { Loading } from '../../ui/loading';
import { RealisationStatusMark } from '../../ui/realisation-status-mark';
import { NotFound } from '../../ui/not-found';
import { quarterValuesOf } from '../../../domain/quarter-values';
import { dataChecksOf, evidenceSeverityFor } from '../../../domain/data-checks';
import { EntrySyncStatus } from './entry-sync-status';
import { RealisationForm, realisationDraftKey } from './realisation-form';
import { EvidenceSection } from './evidence-section';
import { HistorySection } from './history-section';
import { EntryReview } from './entry-review';
import { realisationMessages } from './messages';
import { useFeatureMessages } from '../../i18n/feature-messages';
import type { FeatureKey } from '../../i18n/feature-messages';

const denialKeys: Record<Denial, FeatureKey<typeof realisationMessages>> = {
  otherTenant: 'realisation.readOnly.otherTenant',
  otherUnit: 'realisation.readOnly.otherUnit',
  role: 'realisation.readOnly.role',
  status: 'rejection.not_editable',
};

export function RealisationPage() {
  const i18n = useI18n();
  const t = useFeatureMessages(realisationMessages);
  const { db, actor, info } = useActiveSession();
  const navigate = useNavigate();
  const location = useLocation();
  const params = useParams();
  const indicatorId = params.indicatorId ?? '';
  const quarter = Number(params.quarter);
  const view = useLiveQuery(() => getIndicatorView(db, indicatorId), [db, indicatorId]);
  const earlierYears = useLiveQuery(() => earlierYearsOfIndicator(db, indicatorId), [db, indicatorId]);
  const periodWindow = useLiveQuery(() => getPeriodWindowOf(db, indicatorId, quarter), [db, indicatorId, quarter]);
  // A new screen: move focus to its heading so keyboard and screen-reader users start there.
  const focusHeading = useCallback((heading: HTMLHeadingElement | null) => heading?.focus(), []);

  if (!isQuarter(quarter)) return <NotFound />;
  if (view === undefined) return <Loading />;
  if (view === null) return <p className="notice">{t('realisation.notFound')}</p>;

  const { indicator, realisations } = view;
  const existing = realisations[quarter - 1] ?? null;
  const permission = canEditRealisation(actor, {
    tenantId: indicator.tenantId,
    orgUnitId: indicator.orgUnitId,
    status: existing?.status ?? 'draft',
    pemda: view.pemda === true,
  });
  const cameFromApp = typeof (location.state as { from?: unknown } | null)?.from === 'string';
  const done = () => (cameFromApp ? navigate(-1) : navigate('/', { replace: true }));

  return (
    <section className="realisation">
      <h1 ref={focusHeading} tabIndex={-1}>
        {t('realisation.title', { q: quarterRoman[quarter] })}
        <span className="realisation__indicator">{indicator.name}</span>
      </h1>
      <p>
        {t('realisation.target', {
          q: quarterRoman[quarter],
          target: formatTargetWithUnit(indicator, indicator.quarterTargets[quarter - 1] ?? null, i18n),
        })}
      </p>
      {existing && <p className="realisation__status"><RealisationStatusMark status={existing.status} /></p>}
      {existing?.reviewNote && <p className="notice">{t('realisation.reviewNote', { note: existing.reviewNote })}</p>}
      {existing && <EntrySyncStatus recordId={existing.id} />}
      {existing && <EntryReview realisation={existing} indicatorName={indicator.name} locked={isQuarterLocked(periodWindow, new Date())} />}
      {!permission.allowed && <p className="notice">{t(denialKeys[permission.reason])}</p>}
      {permission.allowed && isQuarterLocked(periodWindow, new Date()) && (
        // The device's copy may be stale (the admin may have reopened it): warn, let the server decide.
        <p className="notice" role="note">{t('realisation.quarterLocked', { q: quarterRoman[quarter] })}</p>
      )}
      <RealisationForm
        key={`${indicator.id}-${quarter}`}
        indicator={indicator}
        quarter={quarter}
        existing={existing}
        otherValues={quarterValuesOf(realisations)}
        earlierYears={earlierYears ?? []}
        editable={permission.allowed}
        onDone={() => void done()}
      />
      <EvidenceSection realisation={existing} editable={permission.allowed} draftKey={realisationDraftKey(indicator.id, quarter)}
        required={evidenceSeverityFor(indicator, dataChecksOf(info.tenant.settings).severity.evidenceMissing) === 'refuse'} />
      {existing && existing.rev > 0 && <HistorySection realisationId={existing.id} indicator={indicator} />}
    </section>
  );
}
