// A compact mark of a realisation's workflow status. The word is always written (colour only
// repeats it, so it reads in black-and-white print); a glyph and the border style tell the
// statuses apart at a glance too; screen readers hear "Status: Dikembalikan". Labels come from
// realisation-status-messages.ts (shared with the documents and the dashboard). In a narrow cell a
// long word breaks only at a syllable, with a hyphen.
import { Fragment } from 'react';
import type { RealisationStatus } from '../../domain/realisation-status';
import { useFeatureMessages } from '../i18n/feature-messages';
import { realisationStatusMessages, statusKey, syllablePieces } from './realisation-status-messages';
import './realisation-status-mark.css';

const glyphs: Record<RealisationStatus, string> = { draft: '○', submitted: '●', verified: '✓', returned: '↩' };

/** `breakable`: in a cell too narrow for the word (a quarter's cell of the PK table at 768 px). */
export function RealisationStatusMark(props: { status: RealisationStatus; breakable?: boolean }) {
  const t = useFeatureMessages(realisationStatusMessages);
  const word = t(statusKey(props.status));
  return (
    <span className={`status-mark status-mark--${props.status}`} data-status={props.status}>
      <span className="visually-hidden">{t('status.prefix')} </span>
      <span className="status-mark__glyph" aria-hidden="true">{glyphs[props.status]}</span>
      {/* A soft hyphen between the pieces, in an element of its own so that the mark's own text is
          the whole word (screen readers, tests); the line may break there, with a hyphen. */}
      {(props.breakable ? syllablePieces(word, t('status.breaks')) : [word]).map((piece, i) => (
        <Fragment key={i}>{i > 0 && <span aria-hidden="true">{'\u00ad'}</span>}{piece}</Fragment>
      ))}
    </span>
  );
}
