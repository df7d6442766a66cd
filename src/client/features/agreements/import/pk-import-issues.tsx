// The row errors of a refused file, grouped by sheet, and the warnings of an accepted one. A
// file full of errors shows the first 200: enough to fix, light enough for a tablet.
import type { PkImportError, PkImportWarning } from '../../../../domain/pk-import';
import { useFeatureMessages } from '../../../i18n/feature-messages';
import { describeIssue, sheetLabel } from './describe-issue';
import { importMessages } from './messages';

const shown = 200;
const sheets = [null, 'indicators', 'budget'] as const;

export function PkImportErrors(props: { errors: readonly PkImportError[] }) {
  const t = useFeatureMessages(importMessages);
  const first = props.errors.slice(0, shown);
  return (
    <section role="alert" aria-labelledby="pk-import-errors" className="pk-import-errors">
      <h2 id="pk-import-errors" className="form-error">{t('errors.title', { count: props.errors.length })}</h2>
      {sheets.map((sheet) => {
        const own = first.filter((e) => e.sheet === sheet);
        if (own.length === 0) return null;
        return (
          <div key={sheet ?? 'file'}>
            <h3>{sheetLabel(t, sheet)}</h3>
            <ul aria-label={sheetLabel(t, sheet)}>
              {own.map((error, index) => <li key={index}>{describeIssue(t, error)}</li>)}
            </ul>
          </div>
        );
      })}
      {props.errors.length > shown && <p>{t('errors.more', { count: props.errors.length - shown })}</p>}
    </section>
  );
}

export function PkImportWarnings(props: { warnings: readonly PkImportWarning[] }) {
  const t = useFeatureMessages(importMessages);
  if (props.warnings.length === 0) return null;
  return (
    <section className="warning" aria-labelledby="pk-import-warnings">
      <h2 id="pk-import-warnings">{t('warnings.title')}</h2>
      <ul>
        {props.warnings.slice(0, shown).map((warning, index) => (
          <li key={index}>{`${sheetLabel(t, warning.sheet)} · ${describeIssue(t, warning)}`}</li>
        ))}
      </ul>
    </section>
  );
}
