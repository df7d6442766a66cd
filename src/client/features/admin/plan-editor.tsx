// An RPJMD plan as a form: its period (a saved plan's first year is fixed: it names the plan),
// visi, the misi with their tujuan and, under each tujuan, its sasaran daerah with their IKU and
// targets, what keeps it from being saved (checked as typed:
// validateRpjmdPlan and empty or long fields) and Simpan, disabled, saying why, while anything is.
import { CheckedSave } from './checked-save';
import { useCallback, useMemo, type FormEvent } from 'react';
import type { RpjmdPlan, RpjmdPlanContent } from '../../../domain/rpjmd-plan';
import { useFeatureMessages } from '../../i18n/feature-messages';
import type { FormDraft } from '../../session/use-form-draft';
import { checkPlanDraft, draftYears, planBounds, planEdits, yearOfTyped, type PlanDraft } from './plan-draft';
import { PlanMisiEditor } from './plan-misi-editor';
import { describePlanProblem, periodText } from './plan-problems';
import { adminMessages } from './messages';

export function PlanEditor(props: {
  form: Pick<FormDraft<PlanDraft>, 'values' | 'setValues'>;
  stored: RpjmdPlan | undefined;
  plans: readonly RpjmdPlan[];
  saving: boolean;
  /** The outcome of the last Simpan (saved, or why the server refused). */
  status: string | null;
  onSave: (content: RpjmdPlanContent) => void;
}) {
  const t = useFeatureMessages(adminMessages);
  const { values: draft, setValues } = props.form;
  const { stored, plans, onSave } = props;
  const check = useMemo(() => checkPlanDraft(draft, plans, !stored), [draft, plans, stored]);
  const { periodStart, periodEnd } = draft;
  const years = useMemo(() => draftYears({ periodStart, periodEnd }), [periodStart, periodEnd]);
  const edit = useCallback((change: (d: PlanDraft) => PlanDraft) => setValues(change), [setValues]);
  const id = stored ? `plan-${stored.periodStart}` : 'plan-new';
  const name = stored ? t('admin.plan.formName', { period: periodText(stored.periodStart, stored.periodEnd) }) : t('admin.plan.formNameNew');
  const invalidYear = (value: string) => (yearOfTyped(value) === null ? true : undefined);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (check.content) onSave(check.content);
  }

  return (
    <form onSubmit={submit} aria-label={name} noValidate className="plan-editor">
      <h3>{name}</h3>
      <div className="plan-editor__period">
        {stored ? <p>{t('admin.plan.periodStartFixed', { start: stored.periodStart })}</p> : (
          <div className="field">
            <label htmlFor={`${id}-start`}>{t('admin.plan.periodStart')}</label>
            <input id={`${id}-start`} inputMode="numeric" autoComplete="off" size={6} maxLength={4} value={draft.periodStart} aria-invalid={invalidYear(draft.periodStart)}
              onChange={(e) => { const periodStart = e.target.value; setValues((v) => ({ ...v, periodStart })); }} />
          </div>
        )}
        <div className="field">
          <label htmlFor={`${id}-end`}>{t('admin.plan.periodEnd')}</label>
          <input id={`${id}-end`} inputMode="numeric" autoComplete="off" size={6} maxLength={4} value={draft.periodEnd} aria-invalid={invalidYear(draft.periodEnd)}
            onChange={(e) => { const periodEnd = e.target.value; setValues((v) => ({ ...v, periodEnd })); }} />
        </div>
      </div>
      <p className="field__hint">{t('admin.plan.periodHint')}</p>
      <div className="field">
        <label htmlFor={`${id}-visi`}>{t('admin.plan.visi')}</label>
        <textarea id={`${id}-visi`} rows={3} value={draft.visi} aria-invalid={draft.visi.trim() === '' ? true : undefined}
          onChange={(e) => { const visi = e.target.value; setValues((v) => ({ ...v, visi })); }} />
      </div>
      <h4>{t('admin.plan.misiHeading')}</h4>
      <p className="field__hint">{t('admin.plan.misiHint')}</p>
      <p className="field__hint">{t('admin.plan.sasaranHint')}</p>
      {draft.misi.length > 0 && (
        <ol className="plan-misi-list" aria-label={t('admin.plan.misiHeading')}>
          {draft.misi.map((misi, index) => (
            <PlanMisiEditor key={misi.id} misi={misi} index={index} count={draft.misi.length} sasaran={draft.sasaran} years={years} onEdit={edit} />
          ))}
        </ol>
      )}
      <div className="actions">
        <button type="button" className="button" disabled={draft.misi.length >= planBounds.misi} onClick={() => edit((d) => planEdits.addMisi(d))}>
          {t('admin.plan.addMisi')}
        </button>
        {draft.misi.length >= planBounds.misi && <p className="field__hint">{t('admin.plan.limitMisi', { max: planBounds.misi })}</p>}
      </div>
      <CheckedSave id={id} className="plan-check" problems={check.problems.map((problem) => describePlanProblem(problem, draft, t))}
        noProblems={t('admin.plan.noProblems')} problemsTitle={t('admin.plan.problemsTitle')} saveBlocked={t('admin.plan.saveBlocked', { count: check.problems.length })}
        status={props.status ?? null} disabled={!check.content || props.saving} />
    </form>
  );
}
