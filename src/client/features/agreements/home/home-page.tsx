import { Suspense } from 'react';
import { Navigate } from 'react-router';
import { periodOf } from '../../../../domain/period';
import { useTenantTimeZone } from '../../../session/tenant-clock';
import { homePathOf } from '../../../lib/home-path';
import { useActiveSession } from '../../../session/session-context';
import { onDemand } from '../../../ui/on-demand';
import { AgreementPanel } from '../view/agreement-panel';

// The LKE recommendations' follow-up loads on demand (not in the first load), below the PK so that
// it never pushes the PK down, in its own boundary so that the PK never waits for it.
const LkeFollowUpCard = onDemand(() => import('./lke-follow-up-card').then((m) => m.LkeFollowUpCard));

/** Operators and heads land on their own unit's PK; tenant-wide roles pick a unit first. */
export function HomePage() {
  const { actor } = useActiveSession();
  const timeZone = useTenantTimeZone();
  const home = homePathOf(actor);
  if (home !== '/') return <Navigate to={home} replace />;
  const year = periodOf(new Date(), timeZone).year;
  const followUp = <Suspense fallback={null}><LkeFollowUpCard orgUnitId={actor.orgUnitId} year={year} /></Suspense>;
  return <AgreementPanel orgUnitId={actor.orgUnitId} year={year} readOnly={false} below={followUp} />;
}
