// A compact mark of a realisation's workflow status. The word is always written (colour only
// repeats it, so it reads in black-and-white print); a glyph and the border style tell the
// statuses apart at a glance too; screen readers hear "Status: Dikembalikan". Labels come from
// realisation-status-messages.ts (shared with the documents and the dashboard).
import type { RealisationStatus } from '../../domain/realisation-status';
import { useFeatureMessages } from '../i18n/feature-messages';
import { realisationStatusMessages, statusKey } from './realisation-status-messages';
import './realisation-status-mark.css';

const glyphs: Record<RealisationStatus, string> = { draft: '○', submitted: '●', verified: '✓', returned: '↩' };

export function RealisationStatusMark(props: { status: RealisationStatus }) {
  const t = useFeatureMessages(realisationStatusMessages);
  return (
    <span className={`status-mark status-mark--${props.status}`} data-status={props.status}>
      <span className="visually-hidden">{t('status.prefix')} </span>
      <span className="status-mark__glyph" aria-hidden="true">{glyphs[props.status]}</span>
      {t(statusKey(props.status))}
    </span>
  );
}
