// Admin → RPJMD, the plan from Excel: "Unduh template (XLSX)" (the saved plan numbered as the
// import reads it back, or empty numbered rows) and "Impor dari Excel": a file with row errors
// shows them all and changes nothing; a good one goes to `onRead`, which loads it into the draft
// for review (or says why not, e.g. a sheet of another plan's period).
import { useRef, useState, type ChangeEvent } from 'react';
import type { RpjmdPlan } from '../../../domain/rpjmd-plan';
import { readRpjmdPlanSheet } from '../../../domain/rpjmd-plan-import';
import type { PlanImportError, PlanSheet } from '../../../domain/rpjmd-plan-sheet';
import { downloadBlob } from '../../documents/download';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { readPlanFile } from './plan-file';
import { PlanImportErrors } from './plan-import-errors';
import { generatePlanTemplate, planTemplateFileName } from './plan-template-xlsx';
import { adminMessages } from './messages';

type Stage = { kind: 'idle' } | { kind: 'reading' } | { kind: 'refused'; errors: PlanImportError[] } | { kind: 'other'; message: string };

function TemplateButton(props: { stored: RpjmdPlan | null; period: { periodStart: number; periodEnd: number } }) {
  const t = useFeatureMessages(adminMessages);
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  async function download() {
    setState('busy');
    try {
      downloadBlob(await generatePlanTemplate(props.stored, props.period), planTemplateFileName(props.stored));
      setState('idle');
    } catch {
      setState('failed');
    }
  }
  return (
    <>
      <button type="button" className="button" onClick={() => void download()} disabled={state === 'busy'}>
        {state === 'busy' ? t('admin.plan.import.templateBusy') : t('admin.plan.import.template')}
      </button>
      {state === 'failed' && <p role="alert" className="form-error">{t('admin.plan.import.templateFailed')}</p>}
    </>
  );
}

export function PlanImport(props: {
  stored: RpjmdPlan | null;
  /** The period the template is written for. */
  period: { periodStart: number; periodEnd: number };
  /** A sheet read without errors; returns why it was not loaded, or null. */
  onRead: (sheet: PlanSheet) => string | null;
  /** What the last import did (loaded into the draft). */
  notice: string | null;
}) {
  const t = useFeatureMessages(adminMessages);
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const pick = useRef(0);
  const inputId = props.stored ? `plan-import-${props.stored.periodStart}` : 'plan-import-new';

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const token = ++pick.current;
    setStage({ kind: 'reading' });
    let next: Stage;
    try {
      const read = await readPlanFile(file);
      const sheet = read.ok ? readRpjmdPlanSheet(read.rows, 1, read.sasaranRows) : { ok: false as const, errors: [read.error] };
      const refusal = sheet.ok ? props.onRead(sheet.plan) : null;
      next = !sheet.ok ? { kind: 'refused', errors: sheet.errors } : refusal !== null ? { kind: 'other', message: refusal } : { kind: 'idle' };
    } catch {
      next = { kind: 'refused', errors: [{ row: null, code: 'corruptFile', params: {} }] };
    }
    input.value = ''; // the same file, once fixed, can be chosen again
    if (token === pick.current) setStage(next);
  }

  return (
    <section className="plan-import" aria-labelledby={`${inputId}-title`}>
      <h3 id={`${inputId}-title`}>{t('admin.plan.import.title')}</h3>
      <p>{t('admin.plan.import.intro')}</p>
      <div className="actions"><TemplateButton stored={props.stored} period={props.period} /></div>
      <div className="field">
        <label htmlFor={inputId}>{t('admin.plan.import.file')}</label>
        <input id={inputId} type="file" onChange={(e) => void choose(e)} disabled={stage.kind === 'reading'}
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" />
      </div>
      {stage.kind === 'reading' && <p role="status">{t('admin.plan.import.reading')}</p>}
      {stage.kind === 'refused' && <PlanImportErrors errors={stage.errors} />}
      {stage.kind === 'other' && <p role="alert" className="form-error">{stage.message}</p>}
      {stage.kind === 'idle' && props.notice && <p role="status" className="notice">{props.notice}</p>}
    </section>
  );
}
