// Import a draft PK's content from the template (issue 4, "Import"): download the template, pick
// an XLSX or CSV, see what would be written (or every row error), then "Impor" replaces the draft's
// goals, indicators and budget in one transaction. A signed PK is never imported into. "Mendukung"
// names are found among the IKU or higher indicators the device holds (resolve-supports.ts).
import { useRef, useState, type ChangeEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { formatNumber } from '../../../../domain/number-format';
import {
  parsePkImport, pkImportLimits, type PkImportContent, type PkImportError, type PkImportResult, type PkImportWarning,
} from '../../../../domain/pk-import';
import { canEditAgreement } from '../../../../domain/permissions';
import { AgreementEditError, replacePkContent } from '../../../db/agreement-repository';
import { loadPkContent } from '../../../db/agreement-queries';
import { listSupportCandidates } from '../../../db/cascade-queries';
import type { Agreement } from '../../../../domain/agreement';
import type { PantauDatabase } from '../../../db/database';
import { StorageFullError } from '../../../db/storage-errors';
import { readPkFiles, type XlsxReader } from '../../../documents/read-pk-file';
import { useFeatureMessages, type FeatureT } from '../../../i18n/feature-messages';
import { useActiveSession } from '../../../session/session-context';
import { Loading } from '../../../ui/loading';
import { importMessages, type ImportKey } from './messages';
import { PkImportErrors, PkImportWarnings } from './pk-import-issues';
import { PkImportPreview } from './pk-import-preview';
import { toPkContentInput } from './to-content-input';
import { resolveSupports, type SupportLinks } from './resolve-supports';

type Stage =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'refused'; errors: PkImportError[]; warnings: PkImportWarning[] }
  | { kind: 'ready' | 'importing'; content: PkImportContent; warnings: PkImportWarning[]; links: SupportLinks; failure?: string }
  | { kind: 'done'; content: PkImportContent };

function failureReason(t: FeatureT<ImportKey>, error: unknown): string {
  if (error instanceof StorageFullError) return t('reason.storageFull');
  if (error instanceof AgreementEditError) {
    if (error.problem === 'locked' || error.problem === 'forbidden' || error.problem === 'notFound') return t(`reason.${error.problem}`);
    if (error.problem === 'invalid') return t('reason.invalid', { field: error.detail.field ?? '' });
  }
  return t('reason.other');
}

/** The parsed file with its "Mendukung" names found on the device; a name not found refuses the file. */
async function withSupports(db: PantauDatabase, agreement: Agreement, result: PkImportResult): Promise<Stage> {
  if (!result.ok) return { kind: 'refused', errors: result.errors, warnings: result.warnings };
  const named = result.content.indicators.some((i) => i.supportsName !== null);
  const candidates = named ? (await listSupportCandidates(db, agreement)).map((c) => ({ id: c.indicator.id, name: c.indicator.name })) : [];
  const { links, errors } = resolveSupports(result.content, agreement, candidates);
  if (errors.length > 0) return { kind: 'refused', errors, warnings: result.warnings };
  return { kind: 'ready', content: result.content, warnings: result.warnings, links };
}

function TemplateButton() {
  const t = useFeatureMessages(importMessages);
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  async function download() {
    setState('busy');
    try {
      const [template, { downloadBlob }] = await Promise.all([import('../../../documents/pk-import-template'), import('../../../documents/download')]);
      downloadBlob(await template.generatePkImportTemplate(), template.pkImportTemplateFileName);
      setState('idle');
    } catch {
      setState('failed');
    }
  }
  return (
    <>
      <button type="button" className="button" onClick={() => void download()} disabled={state === 'busy'}>
        {state === 'busy' ? t('templateBusy') : t('template')}
      </button>
      {state === 'failed' && <p role="alert" className="form-error">{t('templateFailed')}</p>}
    </>
  );
}

export function PkImportPanel(props: {
  agreementId: string;
  /** Called after a successful import (e.g. to go back to the editor). */
  onImported?: () => void;
  /** Where "Kembali ke PK" leads once the import is done. */
  backTo?: string;
  /** Test seam: how an XLSX is read (the app loads read-excel-file's browser entry). */
  readXlsx?: XlsxReader;
}) {
  const t = useFeatureMessages(importMessages);
  const { db, actor } = useActiveSession();
  const { agreementId } = props;
  const current = useLiveQuery(() => loadPkContent(db, agreementId), [db, agreementId]);
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const pick = useRef(0);

  if (current === undefined) return <Loading />;
  if (current === null) return <p className="notice">{t('notFound')}</p>;
  const { agreement } = current;
  const allowed = canEditAgreement(actor, agreement).allowed;
  const blocked = !allowed ? t('forbidden') : agreement.status === 'signed' ? t('signed') : agreement.status === 'superseded' ? t('superseded') : null;

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const files = Array.from(input.files ?? []);
    if (files.length === 0) return;
    const token = ++pick.current;
    setStage({ kind: 'reading' });
    let result: PkImportResult;
    try {
      const read = await readPkFiles(files, props.readXlsx ? { readXlsx: props.readXlsx } : {});
      result = read.ok ? parsePkImport(read.input) : { ok: false, errors: [read.error], warnings: [] };
    } catch {
      // readPkFiles turns every known failure into a code; anything else still must not crash.
      result = { ok: false, errors: [{ sheet: null, row: null, code: 'corruptFile', params: {} }], warnings: [] };
    }
    input.value = ''; // the same file, once fixed, can be chosen again
    const next = await withSupports(db, agreement, result);
    if (token !== pick.current) return;
    setStage(next);
  }

  async function runImport(content: PkImportContent, warnings: PkImportWarning[], links: SupportLinks) {
    setStage({ kind: 'importing', content, warnings, links });
    try {
      await replacePkContent(db, actor, agreementId, toPkContentInput(content, links));
      setStage({ kind: 'done', content });
      props.onImported?.();
    } catch (error) {
      setStage({ kind: 'ready', content, warnings, links, failure: t('importFailed', { reason: failureReason(t, error) }) });
    }
  }

  const counts = { goals: current.goals.length, indicators: current.indicators.length, programs: current.programs.length };
  const isEmpty = counts.goals + counts.indicators + counts.programs === 0;
  return (
    <section className="pk-import" aria-labelledby="pk-import-title">
      <h1 id="pk-import-title">{t('title')}</h1>
      <p>{t('intro')}</p>
      <div className="actions"><TemplateButton /></div>
      {blocked !== null ? (
        <p className="notice" role="status">{blocked}</p>
      ) : (
        <>
          <div className="field">
            <label htmlFor="pk-import-file">{t('file')}</label>
            <input
              id="pk-import-file" type="file" multiple onChange={(e) => void choose(e)} disabled={stage.kind === 'reading' || stage.kind === 'importing'}
              accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            />
            <p className="field__hint">{t('fileHint', { size: formatNumber(pkImportLimits.maxFileBytes / 1024 / 1024), rows: formatNumber(pkImportLimits.maxRowsPerSheet) })}</p>
          </div>
          {stage.kind === 'reading' && <p role="status"><span className="spinner" aria-hidden="true" /> {t('reading')}</p>}
          {stage.kind === 'refused' && <PkImportErrors errors={stage.errors} />}
          {(stage.kind === 'ready' || stage.kind === 'importing') && (
            <>
              <PkImportWarnings warnings={stage.warnings} />
              <PkImportPreview content={stage.content} links={stage.links} />
              <p className="notice">{isEmpty ? t('replacesEmpty') : t('replaces', counts)}</p>
              {stage.failure && <p role="alert" className="form-error">{stage.failure}</p>}
              <div className="actions">
                <button type="button" className="button button--primary" disabled={stage.kind === 'importing'}
                  onClick={() => void runImport(stage.content, stage.warnings, stage.links)}>
                  {stage.kind === 'importing' ? t('importing') : t('import')}
                </button>
              </div>
            </>
          )}
          {stage.kind === 'done' && (
            <p role="status" className="notice">
              {t('imported', { goals: stage.content.goals.length, indicators: stage.content.indicators.length, programs: stage.content.programs.length })}
              {props.backTo && <> <Link className="button" to={props.backTo}>{t('back')}</Link></>}
            </p>
          )}
        </>
      )}
    </section>
  );
}
