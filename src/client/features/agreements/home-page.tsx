import { Navigate } from 'react-router';
import { hasTenantWideScope } from '../../../domain/permissions';
import { periodOf } from '../../../domain/period';
import type { Actor } from '../../../domain/user';
import { useActiveSession } from '../../session/session-context';
import { AgreementPanel } from './agreement-panel';

/** Where an actor's home is: tenant-wide roles pick a unit first, from the units list. */
export function homePathOf(actor: Actor): '/' | '/units' {
  return hasTenantWideScope(actor) ? '/units' : '/';
}

/** Operators and heads land on their own unit's PK; tenant-wide roles pick a unit first. */
export function HomePage() {
  const { actor } = useActiveSession();
  const home = homePathOf(actor);
  if (home !== '/') return <Navigate to={home} replace />;
  return <AgreementPanel orgUnitId={actor.orgUnitId} year={periodOf(new Date()).year} readOnly={false} />;
}
