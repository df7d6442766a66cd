import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from './i18n/i18n-provider';
import { AppShell, loadFullApp } from './app-shell';
import { readCurrentAccountHint } from './db/account-hint';
import './ui/styles.css';

// Someone is signed in here: fetch the app's chunk while React starts (an offline start).
if (readCurrentAccountHint()) void loadFullApp();

const root = document.getElementById('root');
if (!root) throw new Error('#root missing in index.html');

createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <AppShell />
    </I18nProvider>
  </StrictMode>,
);
