// Messages of a screen that loads on demand, kept beside it in its feature folder: they load with
// the screen, not in the first load (docs/performance.md), and each feature owns its own file.
// Usage, in a feature: `const messages = defineMessages({ id: {...}, en: {...} })`, then in a
// component `const t = useFeatureMessages(messages)`; t(key, params) follows the chosen language.
import { useMemo } from 'react';
import type { Language } from '../../api/error-codes';
import { useI18n } from './i18n-context';
import type { Message, MessageKey } from './id';
import { translateIn, type MessageParams } from './translate';

export interface FeatureMessages<K extends string> {
  id: Record<K, Message>;
  en: Record<K, Message>;
}

/** Both languages must have the same keys: the type of `en` is checked against `id`. */
export function defineMessages<K extends string>(messages: { id: Record<K, Message>; en: NoInfer<Record<K, Message>> }): FeatureMessages<K> {
  return messages;
}

/** The keys a feature's t() takes: its own and the main catalogue's. */
export type FeatureKey<M> = M extends FeatureMessages<infer K> ? K | MessageKey : never;

/** A feature's own keys, and the main catalogue's (shared words, API messages) as a fallback. */
export type FeatureT<K extends string> = (key: K | MessageKey, params?: MessageParams) => string;

export function featureTranslator<K extends string>(
  messages: FeatureMessages<K>, language: Language, formatCount: (n: number) => string,
  fallback: (key: MessageKey, params?: MessageParams) => string = (key) => key,
): FeatureT<K> {
  const own = messages[language];
  return (key, params) => (Object.hasOwn(own, key) ? translateIn(own, language, key as K, params, formatCount) : fallback(key as MessageKey, params));
}

export function useFeatureMessages<K extends string>(messages: FeatureMessages<K>): FeatureT<K> {
  const { language, formatNumber, t } = useI18n();
  return useMemo(() => featureTranslator(messages, language, (n) => formatNumber(n, 0), t), [messages, language, formatNumber, t]);
}
