import { Link, useParams } from 'react-router';
import { periodOf } from '../../../../domain/period';
import { useTenantTimeZone } from '../../../session/tenant-clock';
import { useI18n } from '../../../i18n/i18n-context';
import { NotFound } from '../../../ui/not-found';
import { AgreementPanel } from '../view/agreement-panel';
import { onDemand, ScreenNotStored } from '../../../ui/on-demand';

// The trend and quarter picker load on demand, below the PK (not in the first load), inside the
// PK's boundary: coming first, the trend was pushed down by the PK (layout shift 1.2 on a phone).
const UnitTrendPanel = onDemand(() => import('./unit-trend-panel').then((m) => m.UnitTrendPanel), ScreenNotStored);

export function UnitAgreementPage() {
  const { t } = useI18n();
  const { orgUnitId } = useParams();
  const timeZone = useTenantTimeZone();
  if (!orgUnitId) return <NotFound />;
  const year = periodOf(new Date(), timeZone).year;
  return (
    <>
      <p>
        <Link to="/units" className="back-link">
          {t('units.back')}
        </Link>
      </p>
      <AgreementPanel orgUnitId={orgUnitId} year={year} readOnly below={<UnitTrendPanel orgUnitId={orgUnitId} year={year} />} />
    </>
  );
}
