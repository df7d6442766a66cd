// Everything behind the login form: the session (its database and sync engine) and the screens.
// main.tsx loads this chunk on demand, so a first visit shows the login form before Dexie, the
// router and the signed-in screens arrive (docs/performance.md).
import { lazy, Suspense } from 'react';
import { BrowserRouter, useRoutes } from 'react-router';
import { SessionProvider } from './session/session-provider';
import { UnsavedEditsProvider } from './session/unsaved-edits';
import { createAppRoutes } from './routes';

// The update prompt (and the service worker's registration in it) waits for the first screen.
const UpdatePrompt = lazy(() => import('./pwa/update-prompt').then((m) => ({ default: m.UpdatePrompt })));

// Declarative routing (BrowserRouter + useRoutes), not the data router: we use no loaders or
// actions, and the data router costs ~15 kB gzip (docs/performance.md).
const routes = createAppRoutes({ toast: <Suspense fallback={null}><UpdatePrompt /></Suspense> });
function AppRoutes() {
  return useRoutes(routes);
}

export function FullApp() {
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
