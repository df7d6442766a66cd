// Looks a key up in a catalogue, picks the plural form for `count` and fills {placeholders}.
import { fillMessage, type Language } from '../../api/error-codes';
import type { Catalogue, Message, MessageKey } from './id';

export type MessageParams = Record<string, string | number>;

const pluralRules = new Map<Language, Intl.PluralRules>();

function pluralOf(language: Language, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return rules.select(count);
}

export function translate(
  catalogue: Catalogue,
  language: Language,
  key: MessageKey,
  params: MessageParams = {},
  formatCount: (n: number) => string = String,
): string {
  return translateIn(catalogue, language, key, params, formatCount);
}

/** The same for any catalogue, e.g. a feature's own (feature-messages.ts). */
export function translateIn<K extends string>(
  catalogue: Record<K, Message>,
  language: Language,
  key: K,
  params: MessageParams = {},
  formatCount: (n: number) => string = String,
): string {
  const message = catalogue[key];
  if (typeof message === 'string') return fillMessage(message, params);
  const count = typeof params.count === 'number' ? params.count : 0;
  const form = pluralOf(language, count) === 'one' && message.one !== undefined ? message.one : message.other;
  return fillMessage(form, { ...params, count: formatCount(count) });
}
