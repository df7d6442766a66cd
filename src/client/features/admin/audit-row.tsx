// One event of the audit log as a sentence in the user's language, with when, where and from which
// device, and what changed folded underneath: an inspector reads it without knowing ids or JSON.
import type { AuditEntry } from '../../../api/admin';
import { auditDetails, auditSentence, type AuditFormat } from '../../../api/audit-text';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { useI18n } from '../../i18n/i18n-context';
import { isolated, withVisibleControls } from '../../ui/bidi';
import { adminMessages } from './messages';

export function AuditRow(props: { entry: AuditEntry; zone: string }) {
  const t = useFeatureMessages(adminMessages);
  const { language, formatDate, formatNumber } = useI18n();
  const { entry } = props;
  const format: AuditFormat = {
    number: (n) => formatNumber(n, 4),
    dateTime: (iso) => formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' }),
    // Text people typed is isolated and its stored bidi controls shown as escapes (ui/bidi.ts).
    isolate: (text) => isolated(withVisibleControls(text)),
  };
  const details = auditDetails(entry, language, format);
  return (
    <li className="audit-row">
      <p className="audit-row__when">
        <time dateTime={entry.createdAt}>{formatDate(entry.createdAt, { dateStyle: 'medium', timeStyle: 'medium' })} {props.zone}</time>
        {entry.unitName && <> · {t('admin.audit.inUnit', { unit: isolated(entry.unitName) })}</>}
        {entry.deviceName && <> · {t('admin.audit.onDevice', { device: isolated(entry.deviceName) })}</>}
      </p>
      <p className="audit-row__sentence">{auditSentence(entry, language, format)}</p>
      {details.length > 0 && (
        <details className="audit-row__details">
          <summary>{t('admin.audit.details')}</summary>
          <ul>{details.map((line, i) => <li key={i}>{line}</li>)}</ul>
        </details>
      )}
    </li>
  );
}
