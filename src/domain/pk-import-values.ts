// Reading one cell of the PK import: text, numbers typed the Indonesian way ("1.234,5",
// "93,75%", "Rp 1.500.000.000"), ranges ("80–90", "80-90", "80 s.d. 90") and scale predikat.
import type { RangeTarget, ScaleLevel, TargetType, TargetValue } from './indicator';
import { parseIndonesianNumber } from './number-format';
import { withoutNul } from './plain-text';
import { builtInScales } from './pk-import-columns';
import type { ImportCell, PkImportErrorCode } from './pk-import-types';

export function cellText(cell: ImportCell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  // Line breaks inside a cell (Alt+Enter) read as spaces in names; NUL never reaches the store.
  return withoutNul(String(cell)).replace(/\s+/g, ' ').trim();
}

/** Long text (definition) keeps its line breaks. */
export function cellLongText(cell: ImportCell): string {
  if (typeof cell !== 'string') return cellText(cell);
  return withoutNul(cell).replace(/\r\n?/g, '\n').trim();
}

/** Cheap: it runs over every cell when a sheet's rows are counted. */
export function isEmptyCell(cell: ImportCell): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell === 'string') return !/\S/.test(withoutNul(cell));
  return cellText(cell) === '';
}

/** A number from a numeric cell or Indonesian text; null when empty, NaN when not a number. */
export function cellNumber(cell: ImportCell): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : Number.NaN;
  if (cell instanceof Date || typeof cell === 'boolean') return Number.NaN;
  const text = cellText(cell);
  if (text === '') return null;
  return parseIndonesianNumber(text);
}

type Parsed<T> = { ok: true; value: T } | { ok: false; code: PkImportErrorCode; params?: Record<string, string | number> };

const rangeSeparator = /^(.+?)\s*(?:–|—|-|s\.?\s?d\.?|s\/d|sampai)\s*(.+)$/i;

export function parseRange(text: string): RangeTarget | null | 'inverted' {
  const match = rangeSeparator.exec(text.trim());
  if (!match) return null;
  const min = parseIndonesianNumber(match[1] ?? '');
  const max = parseIndonesianNumber(match[2] ?? '');
  if (min === null || max === null || Number.isNaN(min) || Number.isNaN(max)) return null;
  return min <= max ? { min, max } : 'inverted';
}

/**
 * "WTP=4; WDP=3; TW=2; TMP=1" (or ":" for "=", and "," or a line break between levels) into
 * levels; null when the text does not read so.
 */
export function parseScaleLevels(text: string): ScaleLevel[] | null {
  const parts = text.split(/[;\n]|,(?!\d)/).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length === 0 || parts.length > 20) return null;
  const levels: ScaleLevel[] = [];
  for (const part of parts) {
    const match = /^(.+?)\s*[=:]\s*(.+)$/.exec(part);
    if (!match) return null;
    const label = (match[1] ?? '').trim();
    const score = parseIndonesianNumber(match[2] ?? '');
    if (label === '' || label.length > 40 || score === null || Number.isNaN(score)) return null;
    if (levels.some((l) => l.label.toLowerCase() === label.toLowerCase())) return null;
    levels.push({ label, score });
  }
  return levels;
}

const findLabel = (levels: readonly ScaleLevel[], label: string): ScaleLevel | undefined =>
  levels.find((l) => l.label.toLowerCase() === label.toLowerCase());

/** The built-in list holding every predikat given, when no levels were written. */
export function builtInScaleFor(labels: readonly string[]): ScaleLevel[] | null {
  if (labels.length === 0) return null;
  const found = builtInScales.find((scale) => labels.every((label) => findLabel(scale.levels, label)));
  return found ? [...found.levels] : null;
}

/** One target cell by the indicator's target type; null for an empty cell. */
export function parseTarget(cell: ImportCell, type: TargetType, levels: readonly ScaleLevel[]): Parsed<TargetValue | null> {
  const text = cellText(cell);
  if (text === '') return { ok: true, value: null };
  if (type === 'text') {
    return text.length > 500 ? { ok: false, code: 'tooLong', params: { max: 500 } } : { ok: true, value: text };
  }
  if (type === 'range') {
    const range = typeof cell === 'number' ? null : parseRange(text);
    if (range === 'inverted') return { ok: false, code: 'rangeInverted', params: { value: text } };
    return range === null ? { ok: false, code: 'targetNotRange', params: { value: text } } : { ok: true, value: range };
  }
  const number = cellNumber(cell);
  if (number !== null && !Number.isNaN(number)) return { ok: true, value: number };
  if (type === 'scale') {
    const level = findLabel(levels, text);
    return level ? { ok: true, value: level.score } : { ok: false, code: 'scaleLabelUnknown', params: { value: text } };
  }
  return { ok: false, code: 'targetNotNumber', params: { value: text } };
}
