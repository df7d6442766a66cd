// The PK's entry points on the unit page: for whoever may write the unit's PK (canEditAgreement)
// "Buat PK", "Ubah draf", "Tanda tangani", "Buat PK perubahan"; for everyone "Bandingkan versi" and
// the version history; and the document slot (print, export, import). Loaded on demand.
import { use, useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useNavigate } from 'react-router';
import { pkInForce } from '../../../../domain/agreement-in-force';
import { listAgreementRejections, listUnitYearVersions } from '../../../db/agreement-queries';
import type { AgreementEditError } from '../../../db/agreement-writes';
import type { PantauDatabase } from '../../../db/database';
import type { Agreement } from '../../../../domain/agreement';
import { useFeatureMessages } from '../../../i18n/feature-messages';
import { useActiveSession } from '../../../session/session-context';
import { ConfirmBox } from '../../../ui/confirm-box';
import { actionMessages } from './action-messages';
import { PkDocumentActions } from './pk-document-actions';

type YearVersions = readonly [Agreement[], Agreement[]];
/** The first answer of the version queries per database and unit-year, until a screen has shown it. */
const firstAnswers = new WeakMap<PantauDatabase, Map<string, Promise<YearVersions>>>();

/**
 * This year's and next year's versions, read once: the first render waits for them (suspends, so
 * the PK panel shows the buttons together with the PK), then the live queries take over. Without
 * it the buttons came a moment after the PK and pushed the whole PK down (layout shift).
 */
function firstVersions(db: PantauDatabase, orgUnitId: string, year: number): Promise<YearVersions> {
  const answers = firstAnswers.get(db) ?? new Map<string, Promise<YearVersions>>();
  firstAnswers.set(db, answers);
  const key = `${orgUnitId}/${year}`;
  const known = answers.get(key);
  if (known) return known;
  const answer = Promise.all([listUnitYearVersions(db, orgUnitId, year), listUnitYearVersions(db, orgUnitId, year + 1)])
    .catch((): YearVersions => [[], []]); // the live queries will say what went wrong; the PK still shows
  answers.set(key, answer);
  return answer;
}

/** `mayEdit`: canEditAgreement for the unit, decided by the panel (keeps this chunk small). */
export function AgreementActions(props: { orgUnitId: string; year: number; mayEdit: boolean }) {
  const t = useFeatureMessages(actionMessages);
  const { db, actor } = useActiveSession();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<string | null>(null);
  const [confirmingRevision, setConfirmingRevision] = useState(false);
  const { orgUnitId, year } = props;
  const liveVersions = useLiveQuery(() => listUnitYearVersions(db, orgUnitId, year), [db, orgUnitId, year]);
  const liveNextYear = useLiveQuery(() => listUnitYearVersions(db, orgUnitId, year + 1), [db, orgUnitId, year]);
  const live = liveVersions !== undefined && liveNextYear !== undefined;
  const first = live ? undefined : use(firstVersions(db, orgUnitId, year));
  // Once the live queries answer, the next visit reads afresh (a kept first answer would be stale
  // by then). Not before: a render between would ask again and hide the whole PK while it waits.
  useEffect(() => { if (live) firstAnswers.get(db)?.delete(`${orgUnitId}/${year}`); }, [live, db, orgUnitId, year]);
  const versions = liveVersions ?? first?.[0];
  const nextYear = liveNextYear ?? first?.[1];
  // Versions with a refusal from the server: the reason is shown on the version's page.
  const refused = useLiveQuery(async () => {
    const rows = await listUnitYearVersions(db, orgUnitId, year);
    const flagged = await Promise.all(rows.map(async (v) => ((await listAgreementRejections(db, v.id)).length > 0 ? v : null)));
    return flagged.filter((v) => v !== null);
  }, [db, orgUnitId, year]);
  if (versions === undefined || nextYear === undefined) return null;
  const { mayEdit } = props;
  const inForce = pkInForce(versions);
  const latest = versions[versions.length - 1];
  const draft = latest?.status === 'draft' ? latest : undefined;

  async function revise(agreementId: string) {
    try {
      // The repository (and the contract's schemas) load only when a revision is made.
      const { startRevision } = await import('../../../db/agreement-repository');
      const revision = await startRevision(db, actor, agreementId);
      void navigate(`/agreements/${revision.id}/edit`);
    } catch (error) {
      setFailure(t((error as Partial<AgreementEditError> | null)?.problem === 'exists' ? 'actions.failedExists' : 'actions.failed'));
    }
  }

  return (
    <nav className="pk-actions" aria-label={t('actions.label')}>
      {draft && inForce && inForce.id !== draft.id && <p className="notice">{t('actions.draftRevision', { n: draft.version })}</p>}
      {(refused ?? []).map((v) => (
        <p key={v.id} className="notice" role="alert">
          <Link to={`/agreements/${v.id}`}>{t('actions.refused', { version: v.version === 0 ? t('actions.versionOriginal') : t('actions.versionRevision', { n: v.version }) })}</Link>
        </p>
      ))}
      <div className="button-row">
        {mayEdit && !latest && (
          <Link className="button button--primary" to={`/units/${orgUnitId}/agreements/new?year=${year}`}>{t('actions.create')}</Link>
        )}
        {mayEdit && draft && (
          <>
            <Link className="button button--primary" to={`/agreements/${draft.id}/edit`}>{t('actions.editDraft')}</Link>
            <Link className="button" to={`/agreements/${draft.id}/edit#tanda-tangan`}>{t('actions.sign')}</Link>
          </>
        )}
        {mayEdit && !draft && latest?.status === 'signed' && !confirmingRevision && (
          <button type="button" className="button" onClick={() => setConfirmingRevision(true)}>{t('actions.revise')}</button>
        )}
        {latest && latest.parentId && (
          <Link className="button" to={`/agreements/${latest.parentId}/compare/${latest.id}`}>{t('actions.compare')}</Link>
        )}
        {latest && <Link className="button" to={`/agreements/${(inForce ?? latest).id}`}>{t('actions.versions')}</Link>}
        {mayEdit && latest && nextYear.length === 0 && (
          <Link className="button" to={`/units/${orgUnitId}/agreements/new?year=${year + 1}`}>{t('actions.createYear', { year: year + 1 })}</Link>
        )}
        {nextYear[0] && <Link className="button" to={`/agreements/${(pkInForce(nextYear) ?? nextYear[0]).id}`}>{t('actions.openYear', { year: year + 1 })}</Link>}
      </div>
      {confirmingRevision && latest && (
        <ConfirmBox title={t('actions.reviseConfirmTitle')} consequence={t('actions.reviseConfirm')} confirmLabel={t('actions.reviseConfirmYes')}
          cancelLabel={t('actions.reviseConfirmNo')} onConfirm={() => { setConfirmingRevision(false); void revise(latest.id); }}
          onCancel={() => setConfirmingRevision(false)} />
      )}
      {inForce && <PkDocumentActions agreement={draft ?? inForce} canImport={mayEdit} />}
      {failure && <p className="form-error" role="alert">{failure}</p>}
    </nav>
  );
}
