// The bounds of the category bands, editable (Admin → Pengaturan pemda): one number per band but the
// bottom one, top first, checked as typed by the same rule the server applies (domain/band-thresholds.ts).
import type { BandThresholdIssue } from '../../../domain/band-thresholds';
import type { CategoryBand } from '../../../domain/tenant';
import { useI18n } from '../../i18n/i18n-context';
import { categoryLabel } from '../../ui/category-label';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { adminMessages } from './messages';

export function BandThresholdsField(props: {
  /** The bands, top first. */
  bands: readonly CategoryBand[];
  values: readonly string[];
  issues: readonly BandThresholdIssue[];
  disabled: boolean;
  onChange: (values: string[]) => void;
}) {
  const t = useFeatureMessages(adminMessages);
  const { language } = useI18n();
  const bottom = props.bands.at(-1);
  const lastBound = props.values.at(-1) ?? '';
  return (
    <fieldset className="field">
      <legend>{t('admin.settings.thresholds')}</legend>
      <p className="field__hint" id="thresholds-hint">{props.disabled ? t('admin.settings.thresholdsAfterSave') : t('admin.settings.thresholdsHint')}</p>
      {props.bands.slice(0, -1).map((band, index) => {
        const issue = props.issues.find((i) => i.index === index);
        const id = `threshold-${band.key}`;
        return (
          <div key={band.key} className="field">
            <label htmlFor={id}>{t('admin.settings.thresholdFrom', { band: categoryLabel(band, language) })}</label>
            <input id={id} inputMode="decimal" value={props.values[index] ?? ''} disabled={props.disabled}
              aria-invalid={issue ? true : undefined} aria-describedby={issue ? `${id}-error` : 'thresholds-hint'}
              onChange={(e) => props.onChange(props.values.map((v, i) => (i === index ? e.target.value : v)))} />
            {issue && <p id={`${id}-error`} className="field__error">{t(`admin.settings.threshold.${issue.problem}`)}</p>}
          </div>
        );
      })}
      {bottom && <p>{t('admin.settings.thresholdBottom', { band: categoryLabel(bottom, language), bound: lastBound })}</p>}
    </fieldset>
  );
}
