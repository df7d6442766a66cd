// A 401 during sync: ask for the password again, same user, keep everything, then sync. Also when
// the server refused the password held after an offline sign-in (silent-renewal.ts); while that
// renewal is still to come, it is the one to answer a 401. The form itself (reauth-form.tsx) loads
// only when it is needed: a session rarely ends, and the first load has a 150 kB budget.
import { Suspense } from 'react';
import { useConnectionStatus } from '../sync/sync-context';
import { useSession } from './session-context';
import { onDemand } from '../ui/on-demand';

const ReauthForm = onDemand(() => import('./reauth-form').then((m) => m.ReauthForm));

export function ReauthBanner() {
  const { phase } = useConnectionStatus();
  const { renewal } = useSession();
  if (renewal.status !== 'refused' && (phase !== 'sessionExpired' || renewal.status === 'waiting')) return null;
  return <Suspense fallback={null}><ReauthForm /></Suspense>;
}

