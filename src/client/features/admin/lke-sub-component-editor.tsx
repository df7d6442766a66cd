// One sub-component of the LKE template being edited (keberadaan, kualitas, pemanfaatan…): its
// title, its share of the component, and its criteria, to which one can be added.
import { useId } from 'react';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { LkeCriterionEditor } from './lke-criterion-editor';
import { lkeAmountOf, type LkeCriterionDraft, type LkeSubComponentDraft } from './lke-template-draft';
import { adminMessages } from './messages';

export function LkeSubComponentEditor(props: {
  subComponent: LkeSubComponentDraft;
  /** Its place, "1.2". */
  number: string;
  year: number;
  onChange: (change: (s: LkeSubComponentDraft) => LkeSubComponentDraft) => void;
  onAddCriterion: () => void;
  onRemoveCriterion: (criterionId: string) => void;
}) {
  const t = useFeatureMessages(adminMessages);
  const id = useId();
  const { subComponent: sub, number: n } = props;
  const changeCriterion = (criterionId: string, change: Partial<LkeCriterionDraft>) =>
    props.onChange((s) => ({ ...s, criteria: s.criteria.map((k) => (k.id === criterionId ? { ...k, ...change } : k)) }));
  return (
    <fieldset className="lke-sub">
      <legend>{t('admin.lke.subComponent', { n })}</legend>
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('admin.lke.subComponentTitle', { n })}</label>
        <textarea id={`${id}-title`} rows={2} value={sub.title} aria-invalid={sub.title.trim() === '' ? true : undefined}
          onChange={(e) => { const title = e.target.value; props.onChange((s) => ({ ...s, title })); }} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-share`}>{t('admin.lke.subComponentShare', { n })}</label>
        <input id={`${id}-share`} inputMode="decimal" size={6} value={sub.share}
          aria-invalid={lkeAmountOf(sub.share, 'subComponentShare') === null ? true : undefined}
          onChange={(e) => { const share = e.target.value; props.onChange((s) => ({ ...s, share })); }} />
      </div>
      <ol className="lke-criteria">
        {sub.criteria.map((criterion, ki) => (
          <LkeCriterionEditor key={criterion.id} criterion={criterion} number={`${n}.${ki + 1}`} year={props.year}
            onChange={(change) => changeCriterion(criterion.id, change)} onRemove={() => props.onRemoveCriterion(criterion.id)} />
        ))}
      </ol>
      <button type="button" className="button" onClick={props.onAddCriterion} aria-label={t('admin.lke.addCriterionTo', { n })}>
        {t('admin.lke.addCriterion')}
      </button>
    </fieldset>
  );
}
