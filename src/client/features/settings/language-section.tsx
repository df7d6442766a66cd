import type { Language } from '../../../api/error-codes';
import { useI18n } from '../../i18n/i18n-context';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { settingsMessages } from './messages';

const languages: Language[] = ['id', 'en'];

export function LanguageSection() {
  const { chosenLanguage, setLanguage } = useI18n();
  const t = useFeatureMessages(settingsMessages);
  return (
    <fieldset className="card choice-group">
      <legend>{t('settings.language')}</legend>
      {languages.map((option) => (
        <label key={option} className="choice" lang={option}>
          <input
            type="radio"
            name="language"
            value={option}
            checked={chosenLanguage === option}
            onChange={() => setLanguage(option)}
          />
          {t(`settings.language.${option}`)}
        </label>
      ))}
    </fieldset>
  );
}
