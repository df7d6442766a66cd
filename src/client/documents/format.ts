// How figures read in printed documents: always id-ID ("1.234,5", "93,75"), whatever the UI
// language, since these are official Indonesian documents. Empty is "—", never 0.
import type { Indicator, TargetValue } from '../../domain/indicator';
import { formatNumber, formatPercent } from '../../domain/number-format';
import { scaleLabel } from '../../domain/scale-label';

export const empty = '—';
const locale = 'id-ID';

type Shape = Pick<Indicator, 'targetType'> & { scaleLevels: ReadonlyArray<{ label: string; score: number }> };

/** Up to 4 decimals: a target of 0,125 must not print as 0,13. */
export const formatFigure = (value: number): string => formatNumber(value, locale, 4);
export const formatRupiahPlain = (value: number): string => formatNumber(value, locale, 0);
export const formatPercentId = (value: number): string => formatPercent(value, locale);
// The figures above keep trailing zeros off; a score read down a column keeps them ("80,50").
const twoDecimals = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
/** Exactly two decimals, trailing zeros kept ("80,50"), as the LKE's scores are read. */
export const formatTwoDecimals = (value: number): string => twoDecimals.format(value);

/** A target as the attachment prints it: range "80–90", text its statement, scale its predikat. */
export function formatTargetText(indicator: Shape, target: TargetValue | null): string {
  if (target === null) return empty;
  if (typeof target === 'string') return target;
  if (typeof target === 'object') return `${formatFigure(target.min)}–${formatFigure(target.max)}`;
  if (indicator.targetType === 'scale') return scaleLabel(indicator, target) ?? formatFigure(target);
  return formatFigure(target);
}

export function formatRealisationText(indicator: Shape, value: number | null): string {
  if (value === null) return empty;
  if (indicator.targetType === 'text') return value >= 1 ? 'Tercapai' : 'Tidak tercapai';
  if (indicator.targetType === 'scale') return scaleLabel(indicator, value) ?? formatFigure(value);
  return formatFigure(value);
}

/** "2026-01-31" → "31 Januari 2026" (the date is a calendar day, read without a time zone). */
export function formatLongDate(isoDate: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** NIP as printed on official documents: 8 + 6 + 1 + 3 digits ("19750101 200001 1 001"). */
export function formatNip(nip: string): string {
  return /^\d{18}$/.test(nip) ? `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}` : nip;
}

export const textOrEmpty = (text: string | null | undefined): string => (text && text.trim() !== '' ? text.trim() : empty);
