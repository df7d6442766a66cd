import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { I18nProvider } from './i18n/i18n-provider';
import { SessionProvider } from './session/session-provider';
import { UnsavedEditsProvider } from './session/unsaved-edits';
import { createAppRoutes } from './routes';
import { UpdatePrompt } from './pwa/update-prompt';
import './ui/styles.css';

const router = createBrowserRouter(createAppRoutes({ toast: <UpdatePrompt /> }));
const root = document.getElementById('root');
if (!root) throw new Error('#root missing in index.html');

createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <UnsavedEditsProvider>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </UnsavedEditsProvider>
    </I18nProvider>
  </StrictMode>,
);
