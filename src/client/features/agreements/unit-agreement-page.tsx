import { Suspense } from 'react';
import { Link, useParams } from 'react-router';
import { periodOf } from '../../../domain/period';
import { useTenantTimeZone } from '../../session/tenant-clock';
import { useI18n } from '../../i18n/i18n-context';
import { NotFound } from '../../ui/not-found';
import { AgreementPanel } from './agreement-panel';
import { onDemand, ScreenNotStored } from '../../ui/on-demand';

// The trend and quarter picker load on demand, below the PK (not in the first load).
const UnitTrendPanel = onDemand(() => import('./unit-trend-panel').then((m) => m.UnitTrendPanel), ScreenNotStored);

export function UnitAgreementPage() {
  const { t } = useI18n();
  const { orgUnitId } = useParams();
  const timeZone = useTenantTimeZone();
  if (!orgUnitId) return <NotFound />;
  return (
    <>
      <p>
        <Link to="/units" className="back-link">
          {t('units.back')}
        </Link>
      </p>
      <AgreementPanel orgUnitId={orgUnitId} year={periodOf(new Date(), timeZone).year} readOnly />
      <Suspense fallback={null}><UnitTrendPanel orgUnitId={orgUnitId} year={periodOf(new Date(), timeZone).year} /></Suspense>
    </>
  );
}
