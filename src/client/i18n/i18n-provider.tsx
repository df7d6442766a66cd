import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Language } from '../../api/error-codes';
import { formatNumber as formatIdNumber } from '../../domain/number-format';
import { I18nContext, type I18n } from './i18n-context';
import { id } from './id';
import { translate } from './translate';
import type { Catalogue } from './id';

export const languageStorageKey = 'pantau-kinerja.language';
export const displayLocale = 'id-ID';
/** Dates follow the language shown (English: day month year, 24-hour, as en-GB writes them). */
const dateLocales: Record<Language, string> = { id: displayLocale, en: 'en-GB' };

/**
 * English loads on demand: both catalogues in the first load would push it over its budget
 * (docs/performance.md), and most users read Indonesian. Until it arrives (a few ms from the
 * service worker's cache) the Indonesian text shows.
 */
let english: Catalogue | null = null;
const loadEnglish = (): Promise<Catalogue> => import('./en').then((m) => (english = m.en));

function storedLanguage(): Language {
  try {
    return globalThis.localStorage?.getItem(languageStorageKey) === 'en' ? 'en' : 'id';
  } catch {
    return 'id'; // storage blocked (private mode): fall back to the default
  }
}

/** How formatDate writes an instant when given no options. */
export const dateFormat: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

// Making an Intl.DateTimeFormat costs far more than formatting with one (~20 ms of an offline start
// on a slow tablet went to the sync indicator's one date), so each options set gets one.
const dateFormatters = new Map<string, Intl.DateTimeFormat>();
function dateFormatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let formatter = dateFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    dateFormatters.set(key, formatter);
  }
  return formatter;
}

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

  const [loadedEnglish, setLoadedEnglish] = useState<Catalogue | null>(english);
  useEffect(() => {
    document.documentElement.lang = language;
    if (language !== 'en' || english) return;
    let live = true;
    void loadEnglish().then((loaded) => { if (live) setLoadedEnglish(loaded); });
    return () => { live = false; };
  }, [language]);
  const catalogue = language === 'en' ? (loadedEnglish ?? english ?? id) : id;

  const value = useMemo<I18n>(() => {
    const formatNumber = (n: number, digits = 2) => formatIdNumber(n, displayLocale, digits);
    // Plural rules follow the catalogue shown, which is Indonesian while English loads.
    const shown: Language = catalogue === id ? 'id' : 'en';
    return {
      language: shown,
      chosenLanguage: language,
      setLanguage,
      t: (key, params) => translate(catalogue, shown, key, params, (n) => formatNumber(n, 0)),
      formatNumber,
      formatDate: (v, options = dateFormat) => dateFormatter(dateLocales[shown], options).format(typeof v === 'string' ? new Date(v) : v),
    };
  }, [language, setLanguage, catalogue]);

  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}
