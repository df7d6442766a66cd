// The plausibility warnings of the value being typed (domain/plausibility.ts), in the user's
// language with the numbers written the Indonesian way: shown as the user types, and again as the
// question before saving; the evaluator's queue flags an entry with them.
import type { PlausibilityWarning } from '../../domain/plausibility';
import { formatPercent } from '../../domain/number-format';
import { displayLocale } from '../i18n/i18n-provider';
import type { PlausibilityT } from './plausibility-messages';
import './field-warning.css';

type FormatNumber = (n: number, digits?: number) => string;

/** Values of a percentage indicator are written with their sign ("Target triwulan ini 85%"), as the form and the PK show them. */
export const valueFormat = (formatNumber: FormatNumber, measure: string): FormatNumber =>
  measure.trim() === '%' ? (n, digits) => `${formatNumber(n, digits)}%` : formatNumber;

/** `formatNumber` writes the entry's values (valueFormat, for a percentage); capaian are always percentages. */
export function plausibilityText(t: PlausibilityT, warning: PlausibilityWarning, value: number, formatNumber: FormatNumber): string {
  const shown = formatNumber(value, 4);
  switch (warning.kind) {
    case 'separatorSlip':
      return t(`plausibility.separatorSlip.${warning.reference}`, {
        value: shown, reference: formatNumber(warning.referenceValue, 4), suggested: formatNumber(warning.suggested, 4),
      });
    case 'farAbove':
    case 'farBelow':
      return t(`plausibility.${warning.kind}`, { value: shown, percent: formatPercent(warning.percent, displayLocale), target: formatNumber(warning.target, 4) });
    case 'percentOutOfRange':
      return t('plausibility.percentOutOfRange', { value: shown });
    case 'notWholeCount':
      return t('plausibility.notWholeCount', { value: shown, measure: warning.measure });
    case 'outOfBounds': {
      const bounds = { min: warning.min === null ? '' : formatNumber(warning.min, 4), max: warning.max === null ? '' : formatNumber(warning.max, 4) };
      const which = warning.min !== null && warning.max !== null ? 'both' : warning.min !== null ? 'min' : 'max';
      return t(`plausibility.outOfBounds.${which}`, { value: shown, ...bounds });
    }
    case 'peerOutlier':
      return t('plausibility.peerOutlier', { percent: formatPercent(warning.percent, displayLocale), median: formatPercent(warning.median, displayLocale), count: warning.peerCount });
    case 'historyOutlier':
      return t('plausibility.historyOutlier', { value: shown, previous: formatNumber(warning.previous, 4), usual: formatNumber(warning.usualChange, 2), count: warning.quarters });
    case 'explanationMissing':
      return t(warning.missing.includes('drivers') ? 'plausibility.explainHigh' : 'plausibility.explainLow', { percent: formatPercent(warning.percent, displayLocale) });
  }
}

export function PlausibilityNote(props: { texts: readonly string[]; id: string }) {
  // The live region stays in place while empty, so a screen reader announces the first warning.
  return (
    <div className="field__warning plausibility" id={props.id} role="status">
      {props.texts.length > 0 && <ul>{props.texts.map((text) => <li key={text}>{text}</li>)}</ul>}
    </div>
  );
}
