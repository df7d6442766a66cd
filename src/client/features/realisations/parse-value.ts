// The typed realisation as a number: choices (text, scale) carry their score as a plain JS number
// string; free input is typed the Indonesian way ("1.234,5").
import { parseIndonesianNumber } from '../../../domain/number-format';
import type { Indicator } from '../../../domain/indicator';

export function isChoiceIndicator(indicator: Pick<Indicator, 'targetType' | 'scaleLevels'>): boolean {
  return indicator.targetType === 'text' || (indicator.targetType === 'scale' && indicator.scaleLevels.length > 0);
}

/** null = not filled; NaN = not a number. */
export function parseValue(indicator: Pick<Indicator, 'targetType' | 'scaleLevels'>, text: string): number | null {
  if (!isChoiceIndicator(indicator)) return parseIndonesianNumber(text);
  return text === '' ? null : Number(text);
}

/** The stored value as the form shows it for editing. */
export function valueToText(
  indicator: Pick<Indicator, 'targetType' | 'scaleLevels'>,
  value: number | null,
  formatNumber: (n: number, digits?: number) => string,
): string {
  if (value === null) return '';
  return isChoiceIndicator(indicator) ? String(value) : formatNumber(value, 10);
}
