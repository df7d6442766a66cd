import { Navigate } from 'react-router';
import { periodOf } from '../../../domain/period';
import { useTenantTimeZone } from '../../session/tenant-clock';
import { homePathOf } from '../../lib/home-path';
import { useActiveSession } from '../../session/session-context';
import { AgreementPanel } from './agreement-panel';

/** Operators and heads land on their own unit's PK; tenant-wide roles pick a unit first. */
export function HomePage() {
  const { actor } = useActiveSession();
  const timeZone = useTenantTimeZone();
  const home = homePathOf(actor);
  if (home !== '/') return <Navigate to={home} replace />;
  return <AgreementPanel orgUnitId={actor.orgUnitId} year={periodOf(new Date(), timeZone).year} readOnly={false} />;
}
