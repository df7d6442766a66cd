// The app's screens. Until a session is active every path shows the login (first login online);
// a remembered account opens straight into the app, offline.
import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { LoginPage } from './features/auth/login-page';
import { HomePage } from './features/agreements/home-page';
import { UnitsPage } from './features/agreements/units-page';
import { UnitAgreementPage } from './features/agreements/unit-agreement-page';
import { RealisationPage } from './features/realisations/realisation-page';
import { SettingsPage } from './features/settings/settings-page';
import { ReauthBanner } from './session/reauth-banner';
import { useSession } from './session/session-context';
import { AppLayout } from './ui/app-layout';
import { Loading } from './ui/loading';
import { NotFound } from './ui/not-found';

function SessionGate(props: { toast?: ReactNode }) {
  const { state } = useSession();
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'signedOut') return <LoginPage />;
  return <AppLayout banner={<ReauthBanner />} toast={props.toast} />;
}

/**
 * `toast` takes the service-worker update prompt: main.tsx passes it, so the routes (and their
 * tests) do not depend on vite-plugin-pwa's virtual module.
 */
export function createAppRoutes(slots: { toast?: ReactNode } = {}): RouteObject[] {
  return [
    {
      element: <SessionGate toast={slots.toast} />,
      children: [
        { index: true, element: <HomePage /> },
        { path: 'units', element: <UnitsPage /> },
        { path: 'units/:orgUnitId', element: <UnitAgreementPage /> },
        { path: 'indicators/:indicatorId/quarters/:quarter', element: <RealisationPage /> },
        { path: 'settings', element: <SettingsPage /> },
        { path: '*', element: <NotFound /> },
      ],
    },
  ];
}
