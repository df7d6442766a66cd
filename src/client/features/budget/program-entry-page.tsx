// /programs/:programId/quarters/:quarter — realisasi anggaran (cumulative Rupiah up to the end of
// the quarter) and realisasi fisik (%) of one program, kegiatan or sub-kegiatan, typed the
// Indonesian way, saved on the device at once and synced like every entry; until saved, what is
// typed is kept as a draft on the device.
import { useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useLocation, useNavigate, useParams } from 'react-router';
import { budgetAbsorption } from '../../../domain/achievement';
import { formatPercent, formatRupiah, parseIndonesianNumber } from '../../../domain/number-format';
import { canEditRealisation } from '../../../domain/permissions';
import { isQuarter, quarterRoman, type Quarter } from '../../../domain/period';
import { ProgramRealisationError, saveProgramRealisation } from '../../db/program-realisation-repository';
import { StorageFullError } from '../../db/storage-errors';
import { getProgramEntryView, type ProgramEntryView } from '../../db/queries';
import { useI18n } from '../../i18n/i18n-context';
import { displayLocale } from '../../i18n/i18n-provider';
import { useActiveSession } from '../../session/session-context';
import { DraftNotice } from '../../session/draft-notice';
import { useRequestLeave } from '../../session/unsaved-edits';
import { useFormDraft } from '../../session/use-form-draft';
import { Loading } from '../../ui/loading';
import { NotFound } from '../../ui/not-found';
import { TextField } from '../../ui/text-field';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { budgetMessages } from './messages';

function EntryForm(props: { view: ProgramEntryView; quarter: Quarter; onDone: () => void }) {
  const { formatNumber } = useI18n();
  const t = useFeatureMessages(budgetMessages);
  const { db, actor } = useActiveSession();
  const { program } = props.view;
  const existing = props.view.quarters[props.quarter - 1];
  const [errors, setErrors] = useState<{ budget?: string; progress?: string; form?: string }>({});
  const q = quarterRoman[props.quarter];
  const editable = canEditRealisation(actor, { tenantId: program.tenantId, orgUnitId: program.orgUnitId, status: 'draft' }).allowed;
  // Typed text is kept on the device until saved (session/use-form-draft.ts).
  const [initial] = useState(() => ({
    budget: existing?.budgetRealised == null ? '' : formatNumber(existing.budgetRealised, 0),
    progress: existing?.physicalProgress == null ? '' : formatNumber(existing.physicalProgress),
  }));
  const form = useFormDraft({ key: `program-realisation:${program.id}:${props.quarter}`, initial, enabled: editable });
  const { budget, progress } = form.values;
  const setBudget = (text: string) => form.setValues((v) => ({ ...v, budget: text }));
  const setProgress = (text: string) => form.setValues((v) => ({ ...v, progress: text }));
  const requestLeave = useRequestLeave();
  const budgetValue = parseIndonesianNumber(budget);
  const absorption = budgetValue !== null && Number.isFinite(budgetValue) ? budgetAbsorption(budgetValue, program.budget) : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const budgetRealised = parseIndonesianNumber(budget);
    const physicalProgress = parseIndonesianNumber(progress);
    const next: typeof errors = {};
    if (budgetRealised !== null && !(Number.isSafeInteger(budgetRealised) && budgetRealised >= 0)) next.budget = t('budget.budgetInvalid');
    if (physicalProgress !== null && !(physicalProgress >= 0 && physicalProgress <= 100)) next.progress = t('budget.progressInvalid');
    setErrors(next);
    if (next.budget || next.progress) return;
    try {
      await saveProgramRealisation(db, actor, { programId: program.id, quarter: props.quarter, budgetRealised, physicalProgress });
      form.saved();
      props.onDone();
    } catch (failure) {
      const form = failure instanceof StorageFullError ? t('realisation.storageFull')
        : failure instanceof ProgramRealisationError ? t(`budget.${failure.problem}`) : t('submission.failed');
      setErrors({ form });
    }
  }

  return (
    <form className="realisation-form" onSubmit={(e) => void submit(e)} noValidate>
      <DraftNotice draft={form} />
      <fieldset className="plain-fieldset" disabled={!editable}>
        <TextField label={t('budget.realised', { q })} hint={t('budget.realisedHint', { budget: formatRupiah(program.budget, displayLocale) })}
          inputMode="numeric" value={budget} onChange={(e) => setBudget(e.target.value)} error={errors.budget} />
        <p role="status">{absorption === null ? t('budget.absorptionNone') : t('budget.absorption', { percent: formatPercent(absorption, displayLocale) })}</p>
        <TextField label={t('budget.progress', { q })} hint={t('budget.progressHint')} inputMode="decimal" value={progress}
          onChange={(e) => setProgress(e.target.value)} error={errors.progress} />
        {errors.form && <p className="form-error" role="alert">{errors.form}</p>}
        <div className="actions">
          <button type="submit" className="button button--primary">{t('realisation.save')}</button>
          <button type="button" className="button" onClick={() => requestLeave(props.onDone)}>{t('budget.back')}</button>
        </div>
      </fieldset>
      {!editable && <p className="notice">{t('realisation.readOnly.role')}</p>}
    </form>
  );
}

export function ProgramEntryPage() {
  const t = useFeatureMessages(budgetMessages);
  const { db } = useActiveSession();
  const params = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const programId = params.programId ?? '';
  const quarter = Number(params.quarter);
  const view = useLiveQuery(() => getProgramEntryView(db, programId), [db, programId]);
  if (!isQuarter(quarter)) return <NotFound />;
  if (view === undefined) return <Loading />;
  if (view === null) return <p className="notice">{t('budget.notFound')}</p>;
  const cameFromApp = typeof (location.state as { from?: unknown } | null)?.from === 'string';
  const done = () => void (cameFromApp ? navigate(-1) : navigate('/', { replace: true }));
  return (
    <section className="realisation">
      <h1>
        {t('budget.title', { q: quarterRoman[quarter], year: view.year })}
        <span className="realisation__indicator">{view.program.code} {view.program.name}</span>
      </h1>
      <EntryForm key={`${programId}-${quarter}`} view={view} quarter={quarter} onDone={done} />
    </section>
  );
}
