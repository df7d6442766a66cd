// How a field and its value read in the inbox (numbers the Indonesian way, empty made visible).
import type { FeatureKey, FeatureT } from '../../i18n/feature-messages';
import type { conflictMessages } from './messages';
import type { RealisationEditableField } from '../../../domain/entity-fields';

const fieldKeys: Record<string, FeatureKey<typeof conflictMessages>> = {
  value: 'conflicts.field.value',
  drivers: 'conflicts.field.drivers',
  obstacles: 'conflicts.field.obstacles',
  followUp: 'conflicts.field.followUp',
  resolution: 'conflicts.field.resolution',
} satisfies Record<RealisationEditableField | 'resolution', FeatureKey<typeof conflictMessages>>;

type Translate = FeatureT<keyof typeof conflictMessages.id>;

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
