// How a field and its value read in the inbox (numbers the Indonesian way, empty made visible).
import type { I18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/id';

const fieldKeys: Record<string, MessageKey> = {
  value: 'conflicts.field.value',
  drivers: 'conflicts.field.drivers',
  obstacles: 'conflicts.field.obstacles',
  followUp: 'conflicts.field.followUp',
  resolution: 'conflicts.field.resolution',
};

type Translate = I18n['t'];

export function fieldLabel(t: Translate, field: string): string {
  const key = fieldKeys[field];
  return key ? t(key) : t('conflicts.field.other', { field });
}

export function valueText(t: Translate, formatNumber: (n: number, digits?: number) => string, value: unknown): string {
  if (value === null || value === undefined || value === '') return t('conflicts.empty');
  if (typeof value === 'number') return formatNumber(value, 10);
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
