// "Dikembalikan verifikator": entries the evaluator returned and nobody changed since, each with
// the note and a link to fix it (and, for the head, to send it back unchanged with a reply). The
// inbox no longer says nothing was refused while entries wait for the unit.
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { canSubmitForUnit } from '../../../domain/permissions';
import { listReturnedEntries } from '../../db/returned-queries';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { useI18n } from '../../i18n/i18n-context';
import { entryNamed } from './entry-named';
import { useActiveSession } from '../../session/session-context';
import { RealisationStatusMark } from '../../ui/realisation-status-mark';
import { conflictMessages } from './messages';

export function ReturnedList() {
  const t = useFeatureMessages(conflictMessages);
  const { language } = useI18n();
  const { db, actor } = useActiveSession();
  const entries = useLiveQuery(() => listReturnedEntries(db), [db]);
  if (!entries) return null;
  return (
    <section aria-labelledby="conflicts-returned-title">
      <h2 id="conflicts-returned-title">{t('conflicts.returnedTitle')}</h2>
      {entries.length === 0 ? <p>{t('conflicts.noReturned')}</p> : (
        <ul className="plain-list">
          {entries.map(({ realisation, indicator }) => {
            const named = entryNamed(indicator.name, realisation.quarter, realisation.year, language);
            const maySubmit = canSubmitForUnit(actor, realisation).allowed;
            return (
              <li key={realisation.id} className="card rejection-item">
                <h3>{t('conflicts.entry', named)}</h3>
                <p><RealisationStatusMark status={realisation.status} /></p>
                <p className="field__error">{t('conflicts.returnedNote', { note: realisation.reviewNote ?? t('conflicts.empty') })}</p>
                <div className="button-row">
                  <Link className="button" to={`/indicators/${indicator.id}/quarters/${realisation.quarter}`}
                    aria-label={t('conflicts.fixReturnedNamed', named)}>{t('conflicts.fixReturned')}</Link>
                  {maySubmit && (
                    <Link className="button" to="/submit" aria-label={t('conflicts.replyReturnedNamed', named)}>{t('conflicts.replyReturned')}</Link>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
