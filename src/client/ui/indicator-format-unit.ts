// A value or target with its satuan, never doubled (domain/unit-suffix.ts); for the screens that
// write them as text (checklist, review card, early warning, realisation page), not the PK table.
import type { Indicator, TargetValue } from '../../domain/indicator';
import { withUnitSuffix } from '../../domain/unit-suffix';
import type { I18n } from '../i18n/i18n-context';
import { formatRealisationValue, formatTarget } from './indicator-format';
import { scaleLabel } from '../../domain/scale-label';

type Formatting = Pick<I18n, 't' | 'formatNumber'>;
type Shape = Pick<Indicator, 'targetType' | 'scaleLevels'>;

type WithUnit = Shape & Pick<Indicator, 'unit'>;

/**
 * A text indicator's "Tercapai" / its target's words and a scale's level name say what they are:
 * a satuan after them reads wrong ("Tidak tercapai dokumen", "Level 3 (Terdefinisi) level").
 */
function takesUnit(indicator: WithUnit, value: TargetValue | null): boolean {
  if (indicator.targetType === 'text') return false;
  if (indicator.targetType === 'scale' && typeof value === 'number') return scaleLabel(indicator, value) === undefined;
  return true;
}

/** The realisation and its satuan ("1.234 orang"; "86,1%", not "86,1% %"; a dash alone). */
export function formatRealisationWithUnit(indicator: WithUnit, value: number | null, i18n: Formatting): string {
  const text = formatRealisationValue(indicator, value, i18n);
  return takesUnit(indicator, value) ? withUnitSuffix(text, indicator.unit, i18n.t('value.empty')) : text;
}

/** The target and its satuan, by the same rule. */
export function formatTargetWithUnit(indicator: WithUnit, target: TargetValue | null, i18n: Formatting): string {
  const text = formatTarget(indicator, target, i18n);
  return takesUnit(indicator, target) ? withUnitSuffix(text, indicator.unit, i18n.t('value.empty')) : text;
}
