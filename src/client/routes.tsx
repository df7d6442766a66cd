// The app's screens. Until a session is active every path shows the login (first login online);
// a remembered account opens straight into the app, offline.
import { Suspense, type ComponentType, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { LoginPage } from './features/auth/login-page';
import { HomePage } from './features/agreements/home/home-page';
import { UnitsPage } from './features/units/units-page';
import { UnitAgreementPage } from './features/agreements/unit/unit-agreement-page';
import { ReauthBanner } from './session/reauth-banner';
import { useUnsavedEdits } from './session/unsaved-edits';
import { useSession } from './session/session-context';
import { AppLayout } from './widgets/app-layout';
import { Loading } from './ui/loading';
import { NotFound } from './ui/not-found';
import { onDemand, ScreenNeedsInternet, ScreenNotStored } from './ui/on-demand';

// Screens not needed for the first render load on demand (the service worker precaches them):
// keeps the first load within its budget (docs/performance.md). Offline before the app's files were
// all stored, such a screen says so instead of blanking the app (ui/on-demand.tsx).
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as in onDemand: the screen's own props
function page<C extends ComponentType<any>>(load: () => Promise<C>) {
  return onDemand(load, ScreenNotStored);
}
const RealisationPage = page(() => import('./features/realisations/realisation-page').then((m) => m.RealisationPage));
const SettingsPage = page(() => import('./features/settings/settings-page').then((m) => m.SettingsPage));
// Not stored on the device (vite.config.ts, globIgnores): offline, the screen says it needs internet.
const AdminPage = onDemand(() => import('./features/admin/admin-page').then((m) => m.AdminPage), ScreenNeedsInternet);

const SubmissionPage = page(() => import('./features/submission/submission-page').then((m) => m.SubmissionPage));
const ReviewPage = page(() => import('./features/review/review-page').then((m) => m.ReviewPage));
const CascadePage = page(() => import('./features/cascade/cascade-page').then((m) => m.CascadePage));
const LkePage = page(() => import('./features/lke/lke-page').then((m) => m.LkePage));
const PemdaDashboardPage = page(() => import('./features/dashboard/pemda-dashboard-page').then((m) => m.PemdaDashboardPage));
const ProgramEntryPage = page(() => import('./features/budget/program-entry-page').then((m) => m.ProgramEntryPage));
const AgreementCreatePage = page(() => import('./features/agreements/editor/agreement-create-page').then((m) => m.AgreementCreatePage));
const AgreementEditorPage = page(() => import('./features/agreements/editor/agreement-editor-page').then((m) => m.AgreementEditorPage));
const PemdaAgreementPage = page(() => import('./features/agreements/pemda/pemda-agreement-page').then((m) => m.PemdaAgreementPage));
const AgreementVersionPage = page(() => import('./features/agreements/versions/agreement-version-page').then((m) => m.AgreementVersionPage));
const AgreementComparePage = page(() => import('./features/agreements/versions/agreement-compare-page').then((m) => m.AgreementComparePage));
const PkImportPage = page(() => import('./features/agreements/import/pk-import-page').then((m) => m.PkImportPage));
const PasswordChangePage = page(() => import('./features/auth/password-change-page').then((m) => m.PasswordChangePage));
// Holds navigations away from a form with unsaved edits; loaded when a form is on screen (every form
// is on a screen loaded on demand), so the first load does not carry it.
const LeaveGuard = onDemand(() => import('./session/leave-guard').then((m) => m.LeaveGuard));
const ConflictsPage = page(() => import('./features/conflicts/conflicts-page').then((m) => m.ConflictsPage));

function OnDemand(props: { children: ReactNode }) {
  return <Suspense fallback={<Loading />}>{props.children}</Suspense>;
}

function LeaveGuardWhenNeeded() {
  const edits = useUnsavedEdits();
  if (!edits?.hasForms && !edits?.hasUnsavedEdits && !edits?.pending) return null;
  return <Suspense fallback={null}><LeaveGuard /></Suspense>;
}

function SessionGate(props: { toast?: ReactNode }) {
  const { state } = useSession();
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'signedOut') return <LoginPage />;
  if (state.session.info.mustChangePassword) return <OnDemand><PasswordChangePage /></OnDemand>;
  return (
    <>
      <AppLayout banner={<ReauthBanner />} toast={props.toast} />
      <LeaveGuardWhenNeeded />
    </>
  );
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
        { path: 'units/:orgUnitId/agreements/new', element: <OnDemand><AgreementCreatePage /></OnDemand> },
        { path: 'agreements/:agreementId', element: <OnDemand><AgreementVersionPage /></OnDemand> },
        { path: 'pemda-pk/:year', element: <OnDemand><PemdaAgreementPage /></OnDemand> },
        { path: 'agreements/:agreementId/edit', element: <OnDemand><AgreementEditorPage /></OnDemand> },
        { path: 'agreements/:agreementId/compare/:otherId', element: <OnDemand><AgreementComparePage /></OnDemand> },
        { path: 'agreements/:agreementId/import', element: <OnDemand><PkImportPage /></OnDemand> },
        { path: 'indicators/:indicatorId/quarters/:quarter', element: <OnDemand><RealisationPage /></OnDemand> },
        { path: 'settings', element: <OnDemand><SettingsPage /></OnDemand> },
        { path: 'conflicts', element: <OnDemand><ConflictsPage /></OnDemand> },
        { path: 'submit', element: <OnDemand><SubmissionPage /></OnDemand> },
        { path: 'review', element: <OnDemand><ReviewPage /></OnDemand> },
        { path: 'dashboard', element: <OnDemand><PemdaDashboardPage /></OnDemand> },
        { path: 'cascade', element: <OnDemand><CascadePage /></OnDemand> },
        { path: 'lke', element: <OnDemand><LkePage /></OnDemand> },
        { path: 'lke/:orgUnitId', element: <OnDemand><LkePage /></OnDemand> },
        { path: 'programs/:programId/quarters/:quarter', element: <OnDemand><ProgramEntryPage /></OnDemand> },
        { path: 'admin', element: <OnDemand><AdminPage /></OnDemand> },
        { path: 'password', element: <OnDemand><PasswordChangePage forced={false} /></OnDemand> },
        { path: '*', element: <NotFound /> },
      ],
    },
  ];
}
