// The row errors of an RPJMD sheet that could not be read, one sentence each: "Baris 9, kolom
// No tujuan: tujuan 1.3 berada di bawah misi 2; …". The first 200 are listed.
import { formatNumber } from '../../../domain/number-format';
import type { PlanImportError } from '../../../domain/rpjmd-plan-sheet';
import { useFeatureMessages } from '../../i18n/feature-messages';
import type { AdminT } from './plan-problems';
import { adminMessages } from './messages';

const shown = 200;

/** "Lembar Sasaran dan IKU baris 9, kolom Target 2026". */
function whereOnSheet(t: AdminT, sheet: string, error: PlanImportError): string {
  if (error.row !== null && error.column) return t('admin.plan.import.atSheetRowColumn', { sheet, row: error.row, column: error.column });
  if (error.row !== null) return t('admin.plan.import.atSheetRow', { sheet, row: error.row });
  return error.column ? t('admin.plan.import.atSheetColumn', { sheet, column: error.column }) : t('admin.plan.import.atSheet', { sheet });
}

export function describePlanImportError(t: AdminT, error: PlanImportError): string {
  const params = error.code === 'fileTooLarge' ? { max: formatNumber(Number(error.params.max) / 1024 / 1024) } : error.params;
  const message = t(`admin.plan.import.e.${error.code}`, params);
  const where = error.sheet ? whereOnSheet(t, error.sheet, error) : error.row !== null && error.column ? t('admin.plan.import.atRowColumn', { row: error.row, column: error.column })
    : error.row !== null ? t('admin.plan.import.atRow', { row: error.row })
      : error.column ? t('admin.plan.import.atColumn', { column: error.column }) : null;
  return where === null ? message.charAt(0).toUpperCase() + message.slice(1) : t('admin.plan.import.issue', { where, message });
}

export function PlanImportErrors(props: { errors: readonly PlanImportError[] }) {
  const t = useFeatureMessages(adminMessages);
  const title = t('admin.plan.import.errorsTitle', { count: props.errors.length });
  return (
    <div role="alert" className="plan-import__errors">
      <p className="form-error">{title}</p>
      <ul aria-label={t('admin.plan.import.errorsList')}>
        {props.errors.slice(0, shown).map((error, i) => <li key={i}>{describePlanImportError(t, error)}</li>)}
      </ul>
      {props.errors.length > shown && <p>{t('admin.plan.import.errorsMore', { count: props.errors.length - shown })}</p>}
    </div>
  );
}
