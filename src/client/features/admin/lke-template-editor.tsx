// The LKE template of one year as a form: its title, the component weights with their total, the
// components (folded), what keeps it from being saved (checked as typed, validateLkeTemplate) and
// Simpan, which stays disabled, and says why, while anything is wrong.
import { CheckedSave } from './checked-save';
import { useCallback, useMemo, type FormEvent } from 'react';
import { useFeatureMessages } from '../../i18n/feature-messages';
import type { LkeTemplateContent } from '../../../domain/lke-template-record';
import type { FormDraft } from '../../session/use-form-draft';
import { LkeComponentEditor } from './lke-component-editor';
import { addLkeCriterion, checkLkeDraft, removeLkeCriterion, type LkeComponentDraft, type LkeTemplateDraft } from './lke-template-draft';
import { describeLkeProblem } from './lke-template-problems';
import { LkeWeightsField } from './lke-weights-field';
import { adminMessages } from './messages';

export function LkeTemplateEditor(props: {
  form: Pick<FormDraft<LkeTemplateDraft>, 'values' | 'setValues'>;
  year: number;
  saving: boolean;
  /** The outcome of the last Simpan (saved, or why the server refused). */
  status: string | null;
  onSave: (content: LkeTemplateContent) => void;
}) {
  const t = useFeatureMessages(adminMessages);
  const { values: draft, setValues } = props.form;
  const { year, onSave } = props;
  const check = useMemo(() => checkLkeDraft(draft, year), [draft, year]);
  const changeComponent = useCallback((index: number, change: (c: LkeComponentDraft) => LkeComponentDraft) =>
    setValues((v) => ({ ...v, components: v.components.map((c, i) => (i === index ? change(c) : c)) })), [setValues]);
  const addCriterion = useCallback((subId: string) => setValues((v) => addLkeCriterion(v, subId)), [setValues]);
  const removeCriterion = useCallback((criterionId: string) => setValues((v) => removeLkeCriterion(v, criterionId)), [setValues]);
  const id = `lke-${year}`;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (check.content) onSave(check.content);
  }

  return (
    <form onSubmit={submit} aria-label={t('admin.lke.formName', { year })} noValidate>
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('admin.lke.title')}</label>
        <input id={`${id}-title`} value={draft.title} aria-invalid={draft.title.trim() === '' ? true : undefined}
          onChange={(e) => { const title = e.target.value; setValues((v) => ({ ...v, title })); }} />
      </div>
      <LkeWeightsField id={id} components={draft.components} total={check.componentTotal}
        onChange={(index, weight) => changeComponent(index, (c) => ({ ...c, weight }))} />
      <h3>{t('admin.lke.components')}</h3>
      <p className="field__hint">{t('admin.lke.criterionWeightHint')}</p>
      {draft.components.map((component, index) => (
        <LkeComponentEditor key={component.id} component={component} index={index} shareTotal={check.shareTotals[component.id] ?? 0} year={year}
          onChange={changeComponent} onAddCriterion={addCriterion} onRemoveCriterion={removeCriterion} />
      ))}
      <CheckedSave id={id} className="lke-check" problems={check.problems.map((problem) => describeLkeProblem(problem, draft, t))}
        noProblems={t('admin.lke.noProblems')} problemsTitle={t('admin.lke.problemsTitle')} saveBlocked={t('admin.lke.saveBlocked', { count: check.problems.length })}
        status={props.status ?? null} disabled={!check.content || props.saving} />
    </form>
  );
}
