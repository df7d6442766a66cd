// The app's screens. Until a session is active every path shows the login (first login online);
// a remembered account opens straight into the app, offline.
import { lazy, Suspense, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { LoginPage } from './features/auth/login-page';
import { HomePage } from './features/agreements/home-page';
import { UnitsPage } from './features/agreements/units-page';
import { UnitAgreementPage } from './features/agreements/unit-agreement-page';
import { ReauthBanner } from './session/reauth-banner';
import { useUnsavedEdits } from './session/unsaved-edits';
import { useSession } from './session/session-context';
import { useI18n } from './i18n/i18n-context';
import { AppLayout } from './ui/app-layout';
import { Loading } from './ui/loading';
import { NotFound } from './ui/not-found';

// Screens not needed for the first render load on demand (the service worker precaches them):
// keeps the first load within its budget (docs/performance.md).
const RealisationPage = lazy(() => import('./features/realisations/realisation-page').then((m) => ({ default: m.RealisationPage })));
const SettingsPage = lazy(() => import('./features/settings/settings-page').then((m) => ({ default: m.SettingsPage })));
// Not stored on the device (vite.config.ts, globIgnores): offline, the screen says it needs internet.
const AdminPage = lazy(() => import('./features/admin/admin-page').then((m) => ({ default: m.AdminPage }), () => ({ default: NeedsInternet })));

function NeedsInternet() {
  const { t } = useI18n();
  return (
    <section className="notice" role="alert">
      <p>{t('app.needsInternet')}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>{t('app.reload')}</button>
    </section>
  );
}
const SubmissionPage = lazy(() => import('./features/submission/submission-page').then((m) => ({ default: m.SubmissionPage })));
const ReviewPage = lazy(() => import('./features/review/review-page').then((m) => ({ default: m.ReviewPage })));
const PemdaDashboardPage = lazy(() => import('./features/dashboard/pemda-dashboard-page').then((m) => ({ default: m.PemdaDashboardPage })));
const ProgramEntryPage = lazy(() => import('./features/budget/program-entry-page').then((m) => ({ default: m.ProgramEntryPage })));
const AgreementCreatePage = lazy(() => import('./features/agreements/agreement-create-page').then((m) => ({ default: m.AgreementCreatePage })));
const AgreementEditorPage = lazy(() => import('./features/agreements/agreement-editor-page').then((m) => ({ default: m.AgreementEditorPage })));
const AgreementVersionPage = lazy(() => import('./features/agreements/agreement-version-page').then((m) => ({ default: m.AgreementVersionPage })));
const AgreementComparePage = lazy(() => import('./features/agreements/agreement-compare-page').then((m) => ({ default: m.AgreementComparePage })));
const PkImportPage = lazy(() => import('./features/agreements/import/pk-import-page').then((m) => ({ default: m.PkImportPage })));
const PasswordChangePage = lazy(() => import('./features/auth/password-change-page').then((m) => ({ default: m.PasswordChangePage })));
// Holds navigations away from a form with unsaved edits; loaded when a form is on screen (every form
// is on a screen loaded on demand), so the first load does not carry it.
const LeaveGuard = lazy(() => import('./session/leave-guard').then((m) => ({ default: m.LeaveGuard })));
const ConflictsPage = lazy(() => import('./features/conflicts/conflicts-page').then((m) => ({ default: m.ConflictsPage })));

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
        { path: 'agreements/:agreementId/edit', element: <OnDemand><AgreementEditorPage /></OnDemand> },
        { path: 'agreements/:agreementId/compare/:otherId', element: <OnDemand><AgreementComparePage /></OnDemand> },
        { path: 'agreements/:agreementId/import', element: <OnDemand><PkImportPage /></OnDemand> },
        { path: 'indicators/:indicatorId/quarters/:quarter', element: <OnDemand><RealisationPage /></OnDemand> },
        { path: 'settings', element: <OnDemand><SettingsPage /></OnDemand> },
        { path: 'conflicts', element: <OnDemand><ConflictsPage /></OnDemand> },
        { path: 'submit', element: <OnDemand><SubmissionPage /></OnDemand> },
        { path: 'review', element: <OnDemand><ReviewPage /></OnDemand> },
        { path: 'dashboard', element: <OnDemand><PemdaDashboardPage /></OnDemand> },
        { path: 'programs/:programId/quarters/:quarter', element: <OnDemand><ProgramEntryPage /></OnDemand> },
        { path: 'admin', element: <OnDemand><AdminPage /></OnDemand> },
        { path: 'password', element: <OnDemand><PasswordChangePage forced={false} /></OnDemand> },
        { path: '*', element: <NotFound /> },
      ],
    },
  ];
}
