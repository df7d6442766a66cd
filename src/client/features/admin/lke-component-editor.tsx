// One component of the LKE template being edited, folded (<details>) so that four components of
// some twenty-five criteria each are not all open at once: its title, the total of its
// sub-components' shares, and the sub-components (its weight is set with the others, above them). A folded component's fields are not
// rendered at all: a hundred textareas at once make a phone (and the screen reader) slow.
import { memo, useId, useState } from 'react';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { type LkeComponentDraft, type LkeSubComponentDraft } from './lke-template-draft';
import { lkeTotal } from './lke-template-problems';
import { LkeSubComponentEditor } from './lke-sub-component-editor';
import { adminMessages } from './messages';

export const LkeComponentEditor = memo(function LkeComponentEditor(props: {
  component: LkeComponentDraft;
  index: number;
  /** The sum of its sub-components' shares, as read from the draft. */
  shareTotal: number;
  year: number;
  onChange: (index: number, change: (c: LkeComponentDraft) => LkeComponentDraft) => void;
  onAddCriterion: (subComponentId: string) => void;
  onRemoveCriterion: (criterionId: string) => void;
}) {
  const t = useFeatureMessages(adminMessages);
  const id = useId();
  const [open, setOpen] = useState(false);
  const { component, index } = props;
  const n = String(index + 1);
  const change = (next: (c: LkeComponentDraft) => LkeComponentDraft) => props.onChange(index, next);
  const changeSub = (subId: string, next: (s: LkeSubComponentDraft) => LkeSubComponentDraft) =>
    change((c) => ({ ...c, subComponents: c.subComponents.map((s) => (s.id === subId ? next(s) : s)) }));
  const count = component.subComponents.reduce((sum, s) => sum + s.criteria.length, 0);
  return (
    <details className="card lke-component" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('admin.lke.componentSummary', { n, title: component.title, weight: component.weight, count })}</summary>
      {open && <>
        <div className="field">
        <label htmlFor={`${id}-title`}>{t('admin.lke.componentTitle', { n })}</label>
        <input id={`${id}-title`} value={component.title} aria-invalid={component.title.trim() === '' ? true : undefined}
          onChange={(e) => { const title = e.target.value; change((c) => ({ ...c, title })); }} />
      </div>
      <p className={props.shareTotal === 100 ? undefined : 'field__error'}>{t('admin.lke.shareTotal', { n, total: lkeTotal(props.shareTotal) })}</p>
      {component.subComponents.map((sub, si) => (
        <LkeSubComponentEditor key={sub.id} subComponent={sub} number={`${n}.${si + 1}`} year={props.year}
          onChange={(next) => changeSub(sub.id, next)} onAddCriterion={() => props.onAddCriterion(sub.id)} onRemoveCriterion={props.onRemoveCriterion} />
      ))}
      </>}
    </details>
  );
});
