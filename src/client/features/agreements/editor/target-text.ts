// Targets as the editor shows and reads them, by target type: numbers typed the Indonesian way
// ("1.234,5"), a range as two bounds, a text target as its statement; scale levels as
// "label=score" pairs. Pure: the forms keep the text, these turn it into values and back.
import type { Indicator, ScaleLevel, TargetType, TargetValue } from '../../../../domain/indicator';
import { parseIndonesianNumber } from '../../../../domain/number-format';

/** What the user typed for one target; `max` is the upper bound of a range. */
export interface TargetText {
  value: string;
  max: string;
}

export type TargetInputError = 'notNumber' | 'rangeOrder' | 'rangeIncomplete';
export type TargetParse = { ok: true; value: TargetValue | null } | { ok: false; error: TargetInputError };

export const emptyTarget: TargetText = { value: '', max: '' };

export function parseTarget(type: TargetType, text: TargetText): TargetParse {
  if (type === 'text') {
    const statement = text.value.trim();
    return { ok: true, value: statement === '' ? null : statement };
  }
  const value = parseIndonesianNumber(text.value);
  if (type === 'range') {
    const max = parseIndonesianNumber(text.max);
    if (value === null && max === null) return { ok: true, value: null };
    if (Number.isNaN(value) || Number.isNaN(max)) return { ok: false, error: 'notNumber' };
    if (value === null || max === null) return { ok: false, error: 'rangeIncomplete' };
    return value <= max ? { ok: true, value: { min: value, max } } : { ok: false, error: 'rangeOrder' };
  }
  if (value !== null && Number.isNaN(value)) return { ok: false, error: 'notNumber' };
  return { ok: true, value };
}

export function targetToText(target: TargetValue | null, formatNumber: (n: number, digits?: number) => string): TargetText {
  if (target === null) return emptyTarget;
  if (typeof target === 'string') return { value: target, max: '' };
  if (typeof target === 'number') return { value: formatNumber(target, 10), max: '' };
  return { value: formatNumber(target.min, 10), max: formatNumber(target.max, 10) };
}

/** "D=1, C=2, B=4": null when a pair does not read. */
export function parseScaleLevels(text: string): ScaleLevel[] | null {
  const parts = text.split(/[,;\n]/).map((p) => p.trim()).filter((p) => p !== '');
  const levels: ScaleLevel[] = [];
  for (const part of parts) {
    const match = /^(.{1,40}?)\s*=\s*(.+)$/.exec(part);
    const score = match ? parseIndonesianNumber(match[2] ?? '') : null;
    if (!match || score === null || Number.isNaN(score) || (match[1] ?? '').trim() === '') return null;
    levels.push({ label: (match[1] ?? '').trim(), score });
  }
  return levels;
}

export function scaleLevelsToText(levels: Indicator['scaleLevels'], formatNumber: (n: number, digits?: number) => string): string {
  return levels.map((l) => `${l.label}=${formatNumber(l.score, 10)}`).join(', ');
}
