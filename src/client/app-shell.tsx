// What the entry renders: the login form at once when nobody has signed in on this browser (a
// first visit), otherwise the full app (full-app.tsx, loaded on demand). Signing in from here
// saves the account and hands over to the full app, which opens the session from it.
import { useEffect, useMemo, useState } from 'react';
import type { SessionInfo } from '../api/auth';
import { mayHaveAccount, readCurrentAccountHint } from './db/account-hint';
import type { FullApp } from './full-app';
import { LoginPage } from './features/auth/login-page';
import { useI18n } from './i18n/i18n-context';
import { SessionContext, type SessionControl } from './session/session-context';
import { InsecureContextNotice, isInsecureContext } from './ui/insecure-context';
import { Loading } from './ui/loading';

interface FullAppModule {
  FullApp: typeof FullApp;
}
let fullApp: FullAppModule | null = null;
export const loadFullApp = (): Promise<FullAppModule> =>
  import('./full-app').then((m) => {
    fullApp = m;
    return m;
  });

/**
 * The full app's module once it is loaded: plain state, not React.lazy + Suspense. React holds a
 * resolved Suspense boundary back for up to 300 ms after its fallback showed (so spinners do not
 * flicker), and that hold was a quarter of an offline start (docs/performance.md).
 */
function useFullApp(wanted: boolean): FullAppModule | 'failed' | null {
  const [loaded, setLoaded] = useState<FullAppModule | 'failed' | null>(fullApp);
  useEffect(() => {
    if (!wanted || loaded) return;
    let live = true;
    loadFullApp().then(
      (m) => live && setLoaded(m),
      () => live && setLoaded('failed'),
    );
    return () => {
      live = false;
    };
  }, [wanted, loaded]);
  return loaded ?? fullApp; // loaded meanwhile (the sign-in hand-over): no extra spinner render
}

function LoadFailed() {
  const { t } = useI18n();
  return (
    <main className="load-failed">
      <p role="alert">{t('app.loadFailed')}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('app.reload')}
      </button>
    </main>
  );
}

type Mode = 'deciding' | 'login' | 'app';

export function AppShell() {
  if (isInsecureContext()) return <InsecureContextNotice />;
  return <SecureAppShell />;
}

function SecureAppShell() {
  const [mode, setMode] = useState<Mode>(() => (readCurrentAccountHint() ? 'app' : 'deciding'));
  useEffect(() => {
    if (mode !== 'deciding') return;
    let live = true;
    void mayHaveAccount().then((maybe) => {
      if (live) setMode(maybe ? 'app' : 'login');
    });
    return () => {
      live = false;
    };
  }, [mode]);

  const loginOnly = useMemo<SessionControl>(
    () => ({
      state: { status: 'signedOut' },
      async signIn(info: SessionInfo, password?: string) {
        // The app's chunk loads alongside, so the hand-over renders without a second wait.
        const [{ saveAccount }] = await Promise.all([import('./db/accounts'), loadFullApp()]);
        await saveAccount(info);
        void import('./db/persist-storage').then((m) => m.requestPersistentStorage());
        // For signing in again without signal; in the background (a slow key derivation).
        if (password) void import('./session/offline-sign-in').then((m) => m.rememberPassword(info, password)).catch(() => undefined);
        setMode('app');
      },
      // Nobody has signed in on this browser yet, so no password can be checked on the device.
      signInOffline: async () => ({ kind: 'unknown' as const }),
      forgetOfflineSignIn: async () => undefined,
      renew: async () => undefined, // no session to renew before the first sign-in
      signOut: async () => undefined,
      renewal: { status: 'none' as const },
    }),
    [],
  );

  const app = useFullApp(mode === 'app');
  if (mode === 'app') return app === 'failed' ? <LoadFailed /> : app ? <app.FullApp /> : <Loading />;
  if (mode === 'deciding') return <Loading />;
  return (
    <SessionContext.Provider value={loginOnly}>
      <LoginPage />
    </SessionContext.Provider>
  );
}
