// Messages of a screen that loads on demand, kept beside it in its feature folder: they load with
// the screen, not in the first load (docs/performance.md), and each feature owns its own file.
// Usage, in a feature: `const messages = defineMessages({ id: {...}, en: {...} })`, then in a
// component `const t = useFeatureMessages(messages)`; t(key, params) follows the chosen language.
import { useMemo } from 'react';
import type { Language } from '../../api/error-codes';
import { useI18n } from './i18n-context';
import type { Message } from './id';
import { translateIn, type MessageParams } from './translate';

export interface FeatureMessages<K extends string> {
  id: Record<K, Message>;
  en: Record<K, Message>;
}

/** Both languages must have the same keys: the type of `en` is checked against `id`. */
export function defineMessages<K extends string>(messages: { id: Record<K, Message>; en: NoInfer<Record<K, Message>> }): FeatureMessages<K> {
  return messages;
}

export type FeatureT<K extends string> = (key: K, params?: MessageParams) => string;

export function featureTranslator<K extends string>(messages: FeatureMessages<K>, language: Language, formatCount: (n: number) => string): FeatureT<K> {
  return (key, params) => translateIn(messages[language], language, key, params, formatCount);
}

export function useFeatureMessages<K extends string>(messages: FeatureMessages<K>): FeatureT<K> {
  const { language, formatNumber } = useI18n();
  return useMemo(() => featureTranslator(messages, language, (n) => formatNumber(n, 0)), [messages, language, formatNumber]);
}
