// One target field, shaped by the target type: a number (Indonesian style), a predikat from the
// scale levels, a statement for text, or two bounds for a range.
import type { ScaleLevel, TargetType } from '../../../../domain/indicator';
import { useFeatureMessages } from '../../../i18n/feature-messages';
import { useI18n } from '../../../i18n/i18n-context';
import { TextField } from '../../../ui/text-field';
import { editorMessages } from './editor-messages';
import { SelectField } from './select-field';
import type { TargetText } from './target-text';

export function TargetInput(props: {
  label: string;
  type: TargetType;
  levels: readonly ScaleLevel[];
  text: TargetText;
  onChange: (text: TargetText) => void;
  error: string | null;
}) {
  const t = useFeatureMessages(editorMessages);
  const { formatNumber } = useI18n();
  const { label, type, text } = props;
  if (type === 'range') {
    return (
      <div className="range-input">
        <TextField label={t('indicator.min', { label })} inputMode="decimal" value={text.value} onChange={(e) => props.onChange({ ...text, value: e.target.value })} />
        <TextField label={t('indicator.max', { label })} inputMode="decimal" value={text.max} onChange={(e) => props.onChange({ ...text, max: e.target.value })}
          error={props.error} />
      </div>
    );
  }
  if (type === 'scale' && props.levels.length > 0) {
    return (
      <SelectField label={label} value={text.value} onChange={(e) => props.onChange({ value: e.target.value, max: '' })}
        options={[{ value: '', label: '—' }, ...props.levels.map((l) => ({ value: formatNumber(l.score, 10), label: `${l.label} (${formatNumber(l.score)})` }))]} />
    );
  }
  return (
    <TextField label={label} inputMode={type === 'text' ? undefined : 'decimal'} value={text.value} maxLength={500}
      onChange={(e) => props.onChange({ value: e.target.value, max: '' })} error={props.error} />
  );
}
