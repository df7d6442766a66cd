import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Language } from '../../api/error-codes';
import { formatNumber as formatIdNumber } from '../../domain/number-format';
import { I18nContext, type I18n } from './i18n-context';
import { id } from './id';
import { en } from './en';
import { translate } from './translate';
import type { Catalogue } from './id';

export const languageStorageKey = 'pantau-kinerja.language';
export const displayLocale = 'id-ID';

const catalogues: Record<Language, Catalogue> = { id, en };

function storedLanguage(): Language {
  try {
    return globalThis.localStorage?.getItem(languageStorageKey) === 'en' ? 'en' : 'id';
  } catch {
    return 'id'; // storage blocked (private mode): fall back to the default
  }
}

const dateFormat: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

export function I18nProvider(props: { children: ReactNode; initialLanguage?: Language }) {
  const [language, setLanguageState] = useState<Language>(() => props.initialLanguage ?? storedLanguage());

  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    try {
      localStorage.setItem(languageStorageKey, next);
    } catch {
      // not persisted; the choice still holds for this visit
    }
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const value = useMemo<I18n>(() => {
    const formatNumber = (n: number, digits = 2) => formatIdNumber(n, displayLocale, digits);
    return {
      language,
      setLanguage,
      t: (key, params) => translate(catalogues[language], language, key, params, (n) => formatNumber(n, 0)),
      formatNumber,
      formatDate: (v, options = dateFormat) =>
        new Intl.DateTimeFormat(displayLocale, options).format(typeof v === 'string' ? new Date(v) : v),
    };
  }, [language, setLanguage]);

  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}
