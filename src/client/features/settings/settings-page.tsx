import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n-context';
import { LanguageSection } from './language-section';
import { LogoutSection } from './logout-section';
import { StorageSection } from './storage-section';
import { ExportUnsyncedButton } from '../../ui/export-unsynced-button';

export function SettingsPage() {
  const { t } = useI18n();
  return (
    <section className="settings">
      <h1>{t('settings.title')}</h1>
      <LanguageSection />
      <StorageSection />
      <section className="card">
        <ExportUnsyncedButton />
      </section>
      <section className="card">
        <Link to="/password">{t('admin.password.link')}</Link>
      </section>
      <LogoutSection />
    </section>
  );
}
