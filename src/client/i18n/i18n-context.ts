// The i18n seam for components: words and dates follow the chosen language (English dates as
// en-GB writes them); numbers are always written the Indonesian way (id-ID), as the reports they
// mirror are and as users type them into the forms.
import { createContext, useContext } from 'react';
import type { Language } from '../../api/error-codes';
import type { MessageKey } from './id';
import type { MessageParams } from './translate';

export interface I18n {
  t(key: MessageKey, params?: MessageParams): string;
  /**
   * The language the screen is shown in: Indonesian while the English catalogue loads, so that a
   * screen is never half one, half the other ("Achievement up to" over "TW 1").
   */
  language: Language;
  /** The language the user chose (the settings' choice shows it while its words load). */
  chosenLanguage: Language;
  setLanguage(language: Language): void;
  formatDate(value: string | Date, options?: Intl.DateTimeFormatOptions): string;
  formatNumber(value: number, maximumFractionDigits?: number): string;
}

export const I18nContext = createContext<I18n | null>(null);

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside <I18nProvider>');
  return i18n;
}
