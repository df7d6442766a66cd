// Everything behind the login form: the session (its database and sync engine) and the screens.
// app-shell.tsx (and boot.ts, early) load this chunk on demand, so a first visit shows the login
// form before Dexie, the router and the signed-in screens arrive (docs/performance.md).
import { Suspense, useState } from 'react';
import { BrowserRouter, useRoutes } from 'react-router';
import { SessionProvider } from './session/session-provider';
import { UnsavedEditsProvider } from './session/unsaved-edits';
import { createAppRoutes } from './routes';
import { readCurrentAccountHint } from './db/account-hint';
import { homePathOf } from './lib/home-path';
import { actorOf } from './session/active-session';
import { onDemand } from './ui/on-demand';

// The update prompt (and the service worker's registration in it) waits for the first screen.
const UpdatePrompt = onDemand(() => import('./pwa/update-prompt').then((m) => m.UpdatePrompt));

// Declarative routing (BrowserRouter + useRoutes), not the data router: we use no loaders or
// actions, and the data router costs ~15 kB gzip (docs/performance.md).
const routes = createAppRoutes({ toast: <Suspense fallback={null}><UpdatePrompt /></Suspense> });
function AppRoutes() {
  return useRoutes(routes);
}

/**
 * Opening the app at `/` as a tenant-wide role goes to the units list (HomePage redirects there).
 * Going there before the router reads the address spares each start the redirect's extra render
 * and paint, ~100 ms on a 4× slower CPU (docs/performance.md). HomePage still redirects whoever
 * the hint did not know.
 */
function startAtHome(): void {
  const hinted = readCurrentAccountHint();
  if (!hinted || window.location.pathname !== '/') return;
  const home = homePathOf(actorOf(hinted));
  if (home !== '/') window.history.replaceState(window.history.state, '', home + window.location.search + window.location.hash);
}

export function FullApp() {
  useState(startAtHome); // once, before BrowserRouter below reads the address
  return (
    <UnsavedEditsProvider>
      <SessionProvider>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </SessionProvider>
    </UnsavedEditsProvider>
  );
}
