import { Link } from 'react-router';
import { DeviceNameSection } from './device-name-section';
import { LanguageSection } from './language-section';
import { LogoutSection } from './logout-section';
import { StorageSection } from './storage-section';
import { ExportUnsyncedButton } from '../../widgets/export-unsynced-button';
import { InstallSection } from '../../pwa/install-offer';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { settingsMessages } from './messages';

export function SettingsPage() {
  const t = useFeatureMessages(settingsMessages);
  return (
    <section className="settings">
      <h1>{t('settings.title')}</h1>
      <LanguageSection />
      <DeviceNameSection />
      <StorageSection />
      <InstallSection />
      <section className="card">
        <ExportUnsyncedButton />
      </section>
      <section className="card">
        <Link className="button" to="/password">{t('admin.password.link')}</Link>
      </section>
      <LogoutSection />
    </section>
  );
}
