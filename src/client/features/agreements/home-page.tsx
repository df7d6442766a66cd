import { Navigate } from 'react-router';
import { hasTenantWideScope } from '../../../domain/permissions';
import { periodOf } from '../../../domain/period';
import { useActiveSession } from '../../session/session-context';
import { AgreementPanel } from './agreement-panel';

/** Operators and heads land on their own unit's PK; tenant-wide roles pick a unit first. */
export function HomePage() {
  const { actor } = useActiveSession();
  if (hasTenantWideScope(actor)) return <Navigate to="/units" replace />;
  return <AgreementPanel orgUnitId={actor.orgUnitId} year={periodOf(new Date()).year} readOnly={false} />;
}
