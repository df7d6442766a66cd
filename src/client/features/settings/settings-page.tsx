import { useI18n } from '../../i18n/i18n-context';
import { LanguageSection } from './language-section';
import { LogoutSection } from './logout-section';
import { StorageSection } from './storage-section';

export function SettingsPage() {
  const { t } = useI18n();
  return (
    <section className="settings">
      <h1>{t('settings.title')}</h1>
      <LanguageSection />
      <StorageSection />
      <LogoutSection />
    </section>
  );
}
