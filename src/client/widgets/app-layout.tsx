// The frame of every logged-in screen: skip link, header with the sync status, navigation, main.
import { Suspense, type ReactNode } from 'react';
import { NavLink, Outlet } from 'react-router';
import { hasTenantWideScope, canSubmitForUnit, canReview, canAdminister, canEditPlan } from '../../domain/permissions';
import { useI18n } from '../i18n/i18n-context';
import { useActiveSession } from '../session/session-context';
import { SyncIndicator } from './sync-indicator';
import { InboxCountBadge } from './inbox-count-badge';
import { useStartSnapshots } from './use-start-snapshots';
import '../pwa/install-prompt'; // listens for the browser's install offer from the start
import { onDemand } from '../ui/on-demand';

// "Mengunduh data…" / "Siap dipakai tanpa internet": loads after the first render (first-load budget).
const OfflineReadinessBanner = onDemand(() => import('../pwa/offline-banner').then((m) => m.OfflineReadinessBanner));
// The evaluator's waiting count beside "Verifikasi": only evaluators load it, after the first render.
const ReviewCountBadge = onDemand(() => import('./review-count-badge').then((m) => m.ReviewCountBadge));

export function AppLayout(props: { banner?: ReactNode; toast?: ReactNode }) {
  const { t } = useI18n();
  const { info, actor } = useActiveSession();
  useStartSnapshots();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__title">
          <span className="app-name">{t('app.name')}</span>
          <span className="app-header__unit">{info.orgUnit.name}</span>
        </div>
        <nav aria-label={t('nav.label')} className="app-nav">
          <NavLink to="/" end>
            {t('nav.home')}
          </NavLink>
          {hasTenantWideScope(actor) && <NavLink to="/dashboard">{t('dashboard.nav')}</NavLink>}
          {hasTenantWideScope(actor) && <NavLink to="/units">{t('nav.units')}</NavLink>}
          <NavLink to="/cascade">{t('cascade.nav')}</NavLink>
          <NavLink to="/lke">{t('lke.nav')}</NavLink>
          {canSubmitForUnit(actor, actor).allowed && <NavLink to="/submit">{t('submission.nav')}</NavLink>}
          {canReview(actor, { tenantId: actor.tenantId, orgUnitId: null }).allowed && <NavLink to="/review">{t('review.nav')} <Suspense fallback={null}><ReviewCountBadge /></Suspense></NavLink>}
          <NavLink to="/conflicts">
            {t('conflicts.nav')} <InboxCountBadge />
          </NavLink>
          <NavLink to="/settings">{t('nav.settings')}</NavLink>
          {canAdminister(actor, actor.tenantId).allowed ? <NavLink to="/admin">{t('admin.nav')}</NavLink>
            : canEditPlan(actor, actor.tenantId).allowed && <NavLink to="/admin">{t('plan.nav')}</NavLink>}
        </nav>
        <SyncIndicator />
      </header>
      {props.banner}
      <main id="main" tabIndex={-1} className="app-main">
        <Outlet />
      </main>
      {/* After the screen, held at the foot of the window (styles.css): it arrives late and
          changes as the download goes, and above the screen it pushed everything down. */}
      <Suspense fallback={null}>
        <OfflineReadinessBanner />
      </Suspense>
      {props.toast}
    </>
  );
}
