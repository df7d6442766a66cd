// /agreements/:agreementId/edit — the draft PK editor: identity and parties, sasaran with their
// indicators, the budget table, and signing. Everything is saved on the device at once (offline
// too) and synced like every entry; each row shows its sync state, refusals show above the PK.
import { useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import type { Agreement } from '../../../../domain/agreement';
import { validatePk } from '../../../../domain/agreement-validation';
import { canEditAgreement } from '../../../../domain/permissions';
import { deleteDraftAgreement, editAgreement } from '../../../db/agreement-repository';
import { saveGoal } from '../../../db/agreement-parts-repository';
import { loadPkContent, realisedQuartersOfPrevious } from '../../../db/agreement-queries';
import { getEntrySyncStates, getAgreement, getOrgUnit } from '../../../db/queries';
import { useFeatureMessages } from '../../../i18n/feature-messages';
import { useActiveSession } from '../../../session/session-context';
import { DraftNotice } from '../../../session/draft-notice';
import { useFormDraft } from '../../../session/use-form-draft';
import { EntrySyncBadge } from '../../../widgets/entry-sync-badge';
import { Loading } from '../../../ui/loading';
import { TextField } from '../../../ui/text-field';
import { ProgramsEditor } from './programs-editor';
import { editorMessages } from './editor-messages';
import { GoalEditor } from './goal-editor';
import { listTujuanChoices } from '../../../db/plan-queries';
import { PartiesFields, draftOf, partiesErrors, partiesValue } from './parties-fields';
import { errorMessage } from './pk-issues';
import { PkRejections } from './pk-rejections';
import { SignSection } from './sign-section';
import './editor.css';

function DetailsForm(props: { agreement: Agreement }) {
  const t = useFeatureMessages(editorMessages);
  const { db, actor } = useActiveSession();
  const [initial] = useState(() => draftOf(props.agreement));
  // Kept on the device as it is typed, until saved (session/use-form-draft.ts).
  const form = useFormDraft({ key: `agreement:${props.agreement.id}`, initial });
  const draft = form.values;
  const [state, setState] = useState<{ saved?: boolean; failure?: string }>({});
  const [tried, setTried] = useState(false);
  async function save(event: FormEvent) {
    event.preventDefault();
    setState({});
    setTried(true);
    if (Object.keys(partiesErrors(draft)).length > 0) return setState({ failure: t('indicator.fixBeforeSave') });
    try {
      await editAgreement(db, actor, props.agreement.id, partiesValue(draft));
      form.saved();
      setState({ saved: true });
    } catch (error) {
      setState({ failure: errorMessage(t, error) });
    }
  }
  return (
    <form className="card" onSubmit={(e) => void save(e)} noValidate aria-label={t('agreement.save')}>
      <DraftNotice draft={form} />
      <PartiesFields draft={draft} onChange={(d) => { form.setValues(d); setState({}); }} showRequired={tried} />
      <div className="button-row">
        <button type="submit" className="button button--primary">{t('agreement.save')}</button>
        {state.saved && <span role="status">{t('agreement.saved')}</span>}
      </div>
      {state.failure && <p className="form-error" role="alert">{state.failure}</p>}
    </form>
  );
}

function NewGoal(props: { agreementId: string }) {
  const t = useFeatureMessages(editorMessages);
  const { db, actor } = useActiveSession();
  const form = useFormDraft({ key: `goal:new:${props.agreementId}`, initial: '' });
  const name = form.values;
  const [failure, setFailure] = useState<string | null>(null);
  async function add(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === '') return setFailure(t('input.required'));
    try {
      await saveGoal(db, actor, { agreementId: props.agreementId, name });
      form.saved('');
      setFailure(null);
    } catch (error) {
      setFailure(errorMessage(t, error));
    }
  }
  return (
    <form className="field-grid new-goal" onSubmit={(e) => void add(e)} noValidate>
      <DraftNotice draft={form} />
      <TextField label={t('goal.newName')} value={name} onChange={(e) => form.setValues(e.target.value)} error={failure} maxLength={500} />
      <div className="button-row">
        <button type="submit" className="button">{t('goal.add')}</button>
      </div>
    </form>
  );
}

export function AgreementEditorPage() {
  const t = useFeatureMessages(editorMessages);
  const { db, actor } = useActiveSession();
  const navigate = useNavigate();
  const location = useLocation();
  const { agreementId = '' } = useParams();
  const data = useLiveQuery(async () => {
    const content = await loadPkContent(db, agreementId);
    if (!content) return null;
    const parent = content.agreement.parentId ? await getAgreement(db, content.agreement.parentId) : undefined;
    return {
      content,
      unit: await getOrgUnit(db, content.agreement.orgUnitId),
      parentPlace: parent?.signedPlace ?? '',
      realised: await realisedQuartersOfPrevious(db, agreementId),
      // A sasaran daerah of the pemda's PK names the RPJMD tujuan it serves.
      tujuan: content.agreement.kind === 'pemda' ? await listTujuanChoices(db, content.agreement.year) : null,
    };
  }, [db, agreementId]);
  const syncStates = useLiveQuery(() => getEntrySyncStates(db), [db]) ?? new Map();

  if (data === undefined) return <Loading />;
  if (data === null) return <p className="notice">{t('notFound')}</p>;
  const { content } = data;
  const { agreement } = content;
  const back = `/units/${agreement.orgUnitId}`;
  const mayEdit = canEditAgreement(actor, agreement).allowed;
  if (agreement.status !== 'draft' || !mayEdit) {
    return (
      <section className="pk-editor">
        <p className="notice">{agreement.status !== 'draft' ? t('editor.readOnly') : t('error.forbidden')}</p>
        <Link to={`/agreements/${agreement.id}`}>{t('editor.view')}</Link>
      </section>
    );
  }
  const issues = validatePk(content);

  async function remove() {
    if (!window.confirm(t('editor.deleteConfirm'))) return;
    await deleteDraftAgreement(db, actor, agreement.id);
    void navigate(back, { replace: true });
  }

  return (
    <section className="pk-editor">
      <p>
        <Link to={back} className="back-link">{t('editor.back')}</Link>
      </p>
      <h1>
        {t('editor.title', { year: agreement.year })}
        <span className="pk-header__unit">{data.unit?.name ?? ''}</span>
      </h1>
      {agreement.version > 0 && <p className="muted">{t('editor.revisionOf', { n: agreement.version })}</p>}
      <p>
        {t('editor.syncState')} <EntrySyncBadge state={syncStates.get(agreement.id) ?? 'synced'} />
      </p>
      <PkRejections agreementId={agreement.id} />
      <DetailsForm key={agreement.id} agreement={agreement} />
      <div className="button-row">
        <Link className="button" to={`/agreements/${agreement.id}/import`} state={{ from: location.pathname }}>{t('editor.importExcel')}</Link>
      </div>
      <h2>{t('editor.goals')}</h2>
      {content.goals.map((goal, index) => (
        <GoalEditor key={goal.id} goal={goal} number={index + 1} indicators={content.indicators.filter((i) => i.goalId === goal.id)}
          issues={issues} syncStates={syncStates} realised={data.realised} tujuan={data.tujuan} />
      ))}
      <NewGoal agreementId={agreement.id} />
      <ProgramsEditor agreementId={agreement.id} programs={content.programs} issues={issues} syncStates={syncStates} />
      <SignSection agreement={agreement} content={content} issues={issues} defaultPlace={data.parentPlace}
        onSigned={() => void navigate(`/agreements/${agreement.id}`, { replace: true })} />
      <div className="actions">
        <Link to={`/agreements/${agreement.id}`} className="button">{t('editor.view')}</Link>
        <button type="button" className="button button--danger" onClick={() => void remove()}>{t('editor.delete')}</button>
      </div>
    </section>
  );
}
