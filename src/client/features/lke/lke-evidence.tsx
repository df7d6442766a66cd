// Bukti dukung under the unit's own answer of one criterion: the files attached (a thumbnail or
// "PDF", the name opening the file, its size and whether it still waits to be sent) and, for the
// unit while the LKE is open, "Lampirkan bukti" and removal after a confirmation. Files are read,
// shrunk and hashed on the device and saved there first (lib/prepare-evidence.ts); everyone else
// (the evaluator) sees the same list read-only.
import { useId, useState, type ChangeEvent } from 'react';
import { LkeEvidenceError, attachLkeEvidence, captionLkeEvidence, removeLkeEvidence, type LkeEvidenceView } from '../../db/lke-evidence-repository';
import { StorageFullError } from '../../db/storage-errors';
import type { FeatureT } from '../../i18n/feature-messages';
import { useI18n } from '../../i18n/i18n-context';
import { EvidenceFileError, prepareEvidenceFile } from '../../lib/prepare-evidence';
import { useActiveSession } from '../../session/session-context';
import { ConfirmBox } from '../../ui/confirm-box';
import { useStoredFile } from '../../widgets/use-evidence-file';
import type { lkeMessages } from './messages';

type T = FeatureT<keyof typeof lkeMessages.id>;

const nameOf = (view: LkeEvidenceView) => view.evidence.caption || view.evidence.fileName;

/**
 * What the file shows ("SK Tim SAKIP 2025"), saved on the device when the field is left. A newer
 * caption from another device shows, unless the user is typing in this one (adjusted while
 * rendering, React's pattern for state that follows a prop).
 */
function CaptionField(props: { t: T; view: LkeEvidenceView }) {
  const { t, view } = props;
  const { db, actor } = useActiveSession();
  const id = useId();
  const stored = view.evidence.caption;
  const [value, setValue] = useState(stored);
  const [seen, setSeen] = useState(stored);
  const [editing, setEditing] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  if (!editing && stored !== seen) {
    setSeen(stored);
    setValue(stored);
  }
  const save = () => {
    setEditing(false);
    if (value.trim() === stored) return;
    captionLkeEvidence(db, actor, view.evidence.id, value.trim()).then(
      () => setFailure(null),
      (error: unknown) => setFailure(t('lke.evidence.failed', { reason: error instanceof Error ? error.message : String(error) })),
    );
  };
  return (
    <div className="field">
      <label htmlFor={id}>{t('lke.evidence.caption', { name: view.evidence.fileName })}</label>
      <input id={id} type="text" maxLength={500} value={value} onFocus={() => setEditing(true)} onChange={(e) => setValue(e.target.value)} onBlur={save} />
      {failure && <p className="field__error" role="alert">{failure}</p>}
    </div>
  );
}

function LkeEvidenceItem(props: { t: T; criterionId: string; view: LkeEvidenceView; editable: boolean; onRemove(): void }) {
  const { t, view } = props;
  const { formatNumber } = useI18n();
  const { db } = useActiveSession();
  const { blob, url } = useStoredFile(db, view.evidence);
  const isImage = view.evidence.mimeType.startsWith('image/');
  const name = nameOf(view);
  return (
    <li className="evidence__item">
      {url && isImage && <img className="evidence__thumb" src={url} alt={name} />}
      {!isImage && <span className="evidence__file" aria-hidden="true">PDF</span>}
      <div className="evidence__meta">
        {url ? <a href={url} target="_blank" rel="noreferrer">{name}</a> : <span>{name}</span>}
        <span className="evidence__detail">{t('lke.evidence.size', { kb: formatNumber(Math.max(1, Math.round(view.evidence.size / 1024))) })}</span>
        {blob === null && <span className="evidence__detail">{t('lke.evidence.notOnDevice')}</span>}
        {view.pending && <span className="evidence__detail">{blob?.lastError ? t('lke.evidence.uploadFailed') : t('lke.evidence.pending')}</span>}
        {view.refusal && <span className="field__error">{t('lke.evidence.refused', { reason: view.refusal })}</span>}
        {props.editable && <CaptionField t={t} view={view} />}
      </div>
      {props.editable && (
        <button type="button" className="button" onClick={props.onRemove} aria-label={t('lke.evidence.removeLabel', { name, id: props.criterionId })}>
          {t('lke.evidence.remove')}
        </button>
      )}
    </li>
  );
}

export interface LkeEvidenceListProps {
  t: T;
  orgUnitId: string;
  year: number;
  criterionId: string;
  files: readonly LkeEvidenceView[];
  /** The unit's operator or head while the LKE is open. */
  editable: boolean;
}

export function LkeEvidenceList(props: LkeEvidenceListProps) {
  const { t, criterionId, files } = props;
  const { db, actor } = useActiveSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [removing, setRemoving] = useState<LkeEvidenceView | null>(null);

  const explain = (failure: unknown): string => {
    if (failure instanceof EvidenceFileError) return t(`lke.evidence.${failure.problem}`);
    if (failure instanceof StorageFullError) return t('lke.saveFailed', { reason: t('lke.error.storageFull') });
    if (failure instanceof LkeEvidenceError && (failure.problem === 'notAllowed' || failure.problem === 'final')) return t(`lke.error.${failure.problem}`);
    if (failure instanceof LkeEvidenceError && failure.problem === 'tooLarge') return t('lke.evidence.tooLarge');
    return t('lke.evidence.failed', { reason: failure instanceof Error ? failure.message : String(failure) });
  };

  async function attach(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const picked = [...(input.files ?? [])];
    input.value = '';
    if (picked.length === 0) return;
    setBusy(true);
    setError(null);
    try {
      for (const file of picked) {
        const { takenAt: _taken, ...prepared } = await prepareEvidenceFile(file);
        await attachLkeEvidence(db, actor, { orgUnitId: props.orgUnitId, year: props.year, criterionId, caption: '', ...prepared });
      }
    } catch (failure) {
      setError(explain(failure));
    } finally {
      setBusy(false);
    }
  }

  async function remove(view: LkeEvidenceView) {
    setRemoving(null);
    await removeLkeEvidence(db, actor, view.evidence.id).then(() => setError(null), (failure: unknown) => setError(explain(failure)));
  }

  // Eighty criteria each with a list: a criterion without files shows only the unit's button (the
  // sheet says once what files it takes), and nothing at all to whoever only reads.
  if (!props.editable && files.length === 0) return null;
  return (
    <div className="lke-side lke-side--evidence" role="group" aria-label={t('lke.evidence.listLabel', { id: criterionId })}>
      {files.length > 0 && (
        <>
          <p className="lke-evidence__title"><strong>{t('lke.evidence.title')}</strong></p>
          <ul className="evidence__list lke-evidence__list">
            {files.map((view) => (
              <LkeEvidenceItem key={view.evidence.id} t={t} criterionId={criterionId} view={view} editable={props.editable} onRemove={() => setRemoving(view)} />
            ))}
          </ul>
        </>
      )}
      {removing && (
        <ConfirmBox title={t('lke.evidence.removeTitle')} consequence={t('lke.evidence.removeConfirm', { name: nameOf(removing), id: criterionId })}
          confirmLabel={t('lke.yes')} cancelLabel={t('lke.cancel')} onConfirm={() => void remove(removing)} onCancel={() => setRemoving(null)} />
      )}
      {props.editable && (
        <>
          <label className="button evidence__pick">
            {t('lke.evidence.attach')}
            <input type="file" accept="image/*,application/pdf" multiple className="visually-hidden" disabled={busy}
              aria-label={t('lke.evidence.attachLabel', { id: criterionId })} onChange={(e) => void attach(e)} />
          </label>
          {busy && <p role="status">{t('lke.evidence.processing')}</p>}
        </>
      )}
      {error && <p className="field__error" role="alert">{error}</p>}
    </div>
  );
}
