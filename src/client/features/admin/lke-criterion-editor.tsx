// One criterion of the LKE template being edited: its text, relative weight and answer scale, and
// removing it (asked first: a unit's answer to it stops counting once the template is saved).
import { useId, useState } from 'react';
import { lkeAnswerScales, type LkeAnswerScale } from '../../../domain/lke-template';
import { ConfirmBox } from '../../ui/confirm-box';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { lkeAmountOf, type LkeCriterionDraft } from './lke-template-draft';
import { adminMessages } from './messages';

export function LkeCriterionEditor(props: {
  criterion: LkeCriterionDraft;
  /** Its place, "1.2.3". */
  number: string;
  year: number;
  onChange: (change: Partial<LkeCriterionDraft>) => void;
  onRemove: () => void;
}) {
  const t = useFeatureMessages(adminMessages);
  const id = useId();
  const [asking, setAsking] = useState(false);
  const { criterion, number: n } = props;
  return (
    <li className="lke-criterion">
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('admin.lke.criterionText', { n })}</label>
        <textarea id={`${id}-text`} rows={3} value={criterion.text} aria-invalid={criterion.text.trim() === '' ? true : undefined}
          onChange={(e) => props.onChange({ text: e.target.value })} />
      </div>
      <div className="lke-row">
        <div className="field">
          <label htmlFor={`${id}-weight`}>{t('admin.lke.criterionWeight', { n })}</label>
          <input id={`${id}-weight`} inputMode="decimal" size={6} value={criterion.weight}
            aria-invalid={lkeAmountOf(criterion.weight, 'criterionWeight') === null ? true : undefined}
            onChange={(e) => props.onChange({ weight: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-scale`}>{t('admin.lke.criterionScale', { n })}</label>
          <select id={`${id}-scale`} value={criterion.scale} onChange={(e) => props.onChange({ scale: e.target.value as LkeAnswerScale })}>
            {lkeAnswerScales.map((scale) => <option key={scale} value={scale}>{t(`admin.lke.scale.${scale}`)}</option>)}
          </select>
        </div>
        <button type="button" className="button" onClick={() => setAsking(true)}>{t('admin.lke.removeCriterion', { n })}</button>
      </div>
      {asking && (
        <ConfirmBox title={t('admin.lke.removeConfirmTitle', { n })} consequence={t('admin.lke.removeConfirm', { year: props.year })}
          confirmLabel={t('admin.lke.removeYes')} cancelLabel={t('admin.lke.cancel')}
          onConfirm={() => { setAsking(false); props.onRemove(); }} onCancel={() => setAsking(false)} />
      )}
    </li>
  );
}
