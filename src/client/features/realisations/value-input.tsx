import { useId } from 'react';
import type { Indicator } from '../../../domain/indicator';
import { TextField } from '../../ui/text-field';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { realisationMessages } from './messages';

/** Realisation input by target type: achieved-or-not, a predikat, or a number typed freely. */
export function ValueInput(props: {
  indicator: Indicator;
  value: string;
  onChange(text: string): void;
  error: string | null;
  disabled: boolean;
}) {
  const t = useFeatureMessages(realisationMessages);
  const id = useId();
  const { indicator, error } = props;
  const errorId = `${id}-error`;
  const errorText = error && (
    <p id={errorId} className="field__error" role="alert">
      {error}
    </p>
  );

  if (indicator.targetType === 'text') {
    const choices = [
      { value: '1', label: t('value.achieved') },
      { value: '0', label: t('value.notAchieved') },
      { value: '', label: t('realisation.notFilled') },
    ];
    return (
      <fieldset className="field choice-group" aria-describedby={error ? errorId : undefined} disabled={props.disabled}>
        <legend>{t('realisation.textChoice')}</legend>
        {choices.map((choice) => (
          <label key={choice.value} className="choice">
            <input
              type="radio"
              name={`${id}-choice`}
              value={choice.value}
              checked={props.value === choice.value}
              onChange={() => props.onChange(choice.value)}
              aria-invalid={error ? true : undefined}
            />
            {choice.label}
          </label>
        ))}
        {errorText}
      </fieldset>
    );
  }

  const label = t('realisation.value', { unit: indicator.unit });
  if (indicator.targetType === 'scale' && indicator.scaleLevels.length > 0) {
    return (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <select
          id={id}
          value={props.value}
          disabled={props.disabled}
          onChange={(e) => props.onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
        >
          <option value="">{t('realisation.scaleChoose')}</option>
          {indicator.scaleLevels.map((level) => (
            <option key={level.label} value={String(level.score)}>
              {level.label}
            </option>
          ))}
        </select>
        {errorText}
      </div>
    );
  }

  return (
    <TextField
      label={label}
      hint={props.disabled ? undefined : t('realisation.valueHint')}
      inputMode="decimal"
      autoComplete="off"
      value={props.value}
      disabled={props.disabled}
      onChange={(e) => props.onChange(e.target.value)}
      error={error}
    />
  );
}
