// How targets and realisations read in tables and forms, by the indicator's target type.
import type { Indicator, TargetValue } from '../../domain/indicator';
import type { I18n } from '../i18n/i18n-context';
import { scaleLabel } from '../../domain/scale-label';

type Formatting = Pick<I18n, 't' | 'formatNumber'>;
type Shape = Pick<Indicator, 'targetType' | 'scaleLevels'>;

export function formatTarget(indicator: Shape, target: TargetValue | null, i18n: Formatting): string {
  if (target === null) return i18n.t('value.empty');
  if (typeof target === 'string') return target;
  if (typeof target === 'object') return `${i18n.formatNumber(target.min)}–${i18n.formatNumber(target.max)}`;
  if (indicator.targetType === 'scale') return scaleLabel(indicator, target) ?? i18n.formatNumber(target);
  if (indicator.targetType === 'percent') return `${i18n.formatNumber(target)}%`;
  return i18n.formatNumber(target);
}

/** null is "not yet filled" and reads as a dash; 0 is a value and reads as 0. */
export function formatRealisationValue(indicator: Shape, value: number | null, i18n: Formatting): string {
  if (value === null) return i18n.t('value.empty');
  if (indicator.targetType === 'text') {
    if (value === 1) return i18n.t('value.achieved');
    if (value === 0) return i18n.t('value.notAchieved');
  }
  if (indicator.targetType === 'scale') return scaleLabel(indicator, value) ?? i18n.formatNumber(value);
  if (indicator.targetType === 'percent') return `${i18n.formatNumber(value)}%`;
  return i18n.formatNumber(value);
}
