// What the entry renders: the login form at once when nobody has signed in on this browser (a
// first visit), otherwise the full app (full-app.tsx, loaded on demand). Signing in from here
// saves the account and hands over to the full app, which opens the session from it.
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import type { SessionInfo } from '../api/auth';
import { mayHaveAccount, readCurrentAccountHint } from './db/account-hint';
import { LoginPage } from './features/auth/login-page';
import { SessionContext, type SessionControl } from './session/session-context';
import { Loading } from './ui/loading';

export const loadFullApp = () => import('./full-app');
const FullApp = lazy(() => loadFullApp().then((m) => ({ default: m.FullApp })));

type Mode = 'deciding' | 'login' | 'app';

export function AppShell() {
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
      async signIn(info: SessionInfo) {
        // The app's chunk loads alongside, so the hand-over renders without a second wait.
        const [{ saveAccount }] = await Promise.all([import('./db/accounts'), loadFullApp()]);
        await saveAccount(info);
        void import('./pwa/persist-storage').then((m) => m.requestPersistentStorage());
        setMode('app');
      },
      renew: async () => undefined, // no session to renew before the first sign-in
      signOut: async () => undefined,
    }),
    [],
  );

  if (mode === 'app') {
    return (
      <Suspense fallback={<Loading />}>
        <FullApp />
      </Suspense>
    );
  }
  if (mode === 'deciding') return <Loading />;
  return (
    <SessionContext.Provider value={loginOnly}>
      <LoginPage />
    </SessionContext.Provider>
  );
}
