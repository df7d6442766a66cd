import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, useRoutes } from 'react-router';
import { I18nProvider } from './i18n/i18n-provider';
import { SessionProvider } from './session/session-provider';
import { UnsavedEditsProvider } from './session/unsaved-edits';
import { createAppRoutes } from './routes';
import { UpdatePrompt } from './pwa/update-prompt';
import './ui/styles.css';

// Declarative routing (BrowserRouter + useRoutes), not the data router: we use no loaders or
// actions, and the data router costs ~15 kB gzip of the first-load budget (docs/performance.md).
const routes = createAppRoutes({ toast: <UpdatePrompt /> });
function AppRoutes() {
  return useRoutes(routes);
}
const root = document.getElementById('root');
if (!root) throw new Error('#root missing in index.html');

createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <UnsavedEditsProvider>
        <SessionProvider>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </SessionProvider>
      </UnsavedEditsProvider>
    </I18nProvider>
  </StrictMode>,
);
