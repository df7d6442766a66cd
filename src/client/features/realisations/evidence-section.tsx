// Bukti dukung of one realisation: thumbnails from the bytes on this device (so they show offline),
// "Tambah foto" (camera) and "Tambah berkas" (images, PDF), caption, optional location, remove.
// Before the realisation's first save, picked files wait with the form's draft (db/form-drafts.ts)
// and are attached when it is saved, in the same transaction (realisation-repository.ts).
import { useMemo, useState, type ChangeEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Realisation } from '../../../domain/realisation';
import type { BlobEntry } from '../../db/database';
import {
  attachEvidence, EvidenceTargetError, listEvidenceViews, removeEvidence, type EvidenceView,
} from '../../db/evidence-repository';
import { StorageFullError } from '../../db/storage-errors';
import { addDraftFile, listDraftFiles, removeDraftFile, type DraftFile } from '../../db/form-drafts';
import { useI18n } from '../../i18n/i18n-context';
import { useActiveSession } from '../../session/session-context';
import { TextField } from '../../ui/text-field';
import { useFetchMissing, useObjectUrl } from '../../widgets/use-evidence-file';
import { currentPosition, EvidenceFileError, prepareEvidenceFile } from '../../lib/prepare-evidence';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { realisationMessages } from './messages';

function EvidenceItem(props: { view: EvidenceView; editable: boolean; onRemove(): void }) {
  const { formatNumber } = useI18n();
  const t = useFeatureMessages(realisationMessages);
  const { db } = useActiveSession();
  const { evidence, blob, pending, refusal } = props.view;
  useFetchMissing(db, evidence, blob);
  const url = useObjectUrl(blob);
  const isImage = evidence.mimeType.startsWith('image/');
  const label = evidence.caption || evidence.fileName;
  return (
    <li className="evidence__item">
      {url && isImage && <img className="evidence__thumb" src={url} alt={label} />}
      {!isImage && <span className="evidence__file" aria-hidden="true">PDF</span>}
      <div className="evidence__meta">
        {url ? <a href={url} target="_blank" rel="noreferrer">{label}</a> : <span>{label}</span>}
        <span className="evidence__detail">
          {t('evidence.size', { kb: formatNumber(Math.max(1, Math.round(evidence.size / 1024))) })}
          {evidence.latitude !== null && evidence.longitude !== null && ` · ${t('evidence.hasLocation')}`}
        </span>
        {!url && <span className="evidence__detail">{t('evidence.notOnDevice')}</span>}
        {pending && <span className="evidence__detail">{blob?.lastError ? t('evidence.uploadFailed') : t('evidence.pending')}</span>}
        {refusal && <span className="field__error">{t('entry.refusedReason', { reason: refusal })}</span>}
      </div>
      {props.editable && (
        <button type="button" className="button" onClick={props.onRemove} aria-label={t('evidence.removeLabel', { name: label })}>
          {t('evidence.remove')}
        </button>
      )}
    </li>
  );
}

/** A file picked before the first save: shown from its bytes, attached when the entry is saved. */
function DraftFileItem(props: { file: DraftFile; onRemove(): void }) {
  const { formatNumber } = useI18n();
  const t = useFeatureMessages(realisationMessages);
  const { file } = props;
  const blob = useMemo<BlobEntry>(
    () => ({ sha256: file.sha256, bytes: file.bytes, mimeType: file.mimeType, size: file.bytes.byteLength, uploadedAt: null, lastError: null }),
    [file],
  );
  const url = useObjectUrl(blob);
  const isImage = file.mimeType.startsWith('image/');
  const label = file.caption || file.fileName;
  return (
    <li className="evidence__item">
      {url && isImage && <img className="evidence__thumb" src={url} alt={label} />}
      {!isImage && <span className="evidence__file" aria-hidden="true">PDF</span>}
      <div className="evidence__meta">
        <span>{label}</span>
        <span className="evidence__detail">
          {t('evidence.size', { kb: formatNumber(Math.max(1, Math.round(file.bytes.byteLength / 1024))) })}
          {file.latitude !== null && file.longitude !== null && ` · ${t('evidence.hasLocation')}`}
        </span>
        <span className="evidence__detail">{t('evidence.waitsForSave')}</span>
      </div>
      <button type="button" className="button" onClick={props.onRemove} aria-label={t('evidence.removeLabel', { name: label })}>
        {t('evidence.remove')}
      </button>
    </li>
  );
}

/** `required`: the entry is submitted only with bukti dukung (the PK's indicator, or the pemda's rule): said before the head finds out. */
export function EvidenceSection(props: { realisation: Realisation | null; editable: boolean; draftKey: string; required?: boolean }) {
  const t = useFeatureMessages(realisationMessages);
  const { db, actor, engine } = useActiveSession();
  const realisationId = props.realisation?.id ?? null;
  const views = useLiveQuery(() => (realisationId ? listEvidenceViews(db, realisationId) : []), [db, realisationId]);
  const waiting = useLiveQuery(() => (props.editable ? listDraftFiles(actor.id, props.draftKey) : []), [props.editable, actor.id, props.draftKey]) ?? [];
  const [caption, setCaption] = useState('');
  const [withLocation, setWithLocation] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function add(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length === 0) return;
    setBusy(true);
    setError(null);
    try {
      const position = withLocation ? await currentPosition() : null;
      if (withLocation && !position) setError(t('evidence.noLocation'));
      for (const file of files) {
        const prepared = await prepareEvidenceFile(file);
        const details = { ...prepared, caption: caption.trim().slice(0, 500), latitude: position?.latitude ?? null, longitude: position?.longitude ?? null };
        if (realisationId) await attachEvidence(db, actor, { realisationId, ...details });
        else await addDraftFile(actor.id, { id: crypto.randomUUID(), draftKey: props.draftKey, ...details, addedAt: new Date().toISOString() });
      }
      setCaption('');
      if (realisationId) engine.notifyLocalChange();
    } catch (failure) {
      if (failure instanceof EvidenceFileError) setError(t(`evidence.${failure.problem}`));
      else if (failure instanceof StorageFullError) setError(t('realisation.storageFull'));
      else if (failure instanceof EvidenceTargetError) setError(t('evidence.saveFirst'));
      else setError(t('evidence.failed', { reason: failure instanceof Error ? failure.message : String(failure) }));
    } finally {
      setBusy(false);
    }
  }

  async function remove(evidenceId: string) {
    await removeEvidence(db, actor, evidenceId);
    engine.notifyLocalChange();
  }

  return (
    <section className="evidence" aria-labelledby="evidence-title">
      <h2 id="evidence-title">{t('evidence.title')}</h2>
      {props.required && <p className="field__hint evidence__required">{t('evidence.required')}</p>}
      {(views && views.length > 0) || waiting.length > 0 ? (
        <ul className="evidence__list">
          {views?.map((view) => (
            <EvidenceItem key={view.evidence.id} view={view} editable={props.editable} onRemove={() => void remove(view.evidence.id)} />
          ))}
          {waiting.map((file) => (
            <DraftFileItem key={file.id} file={file} onRemove={() => void removeDraftFile(actor.id, file.id)} />
          ))}
        </ul>
      ) : (
        <p>{t('evidence.none')}</p>
      )}
      {props.editable && !realisationId && <p className="notice">{t('evidence.attachOnSave')}</p>}
      {props.editable && (
        <fieldset className="plain-fieldset evidence__add" disabled={busy}>
          <TextField label={t('evidence.caption')} value={caption} maxLength={500} onChange={(e) => setCaption(e.target.value)} />
          <label className="evidence__location">
            <input type="checkbox" checked={withLocation} onChange={(e) => setWithLocation(e.target.checked)} />{' '}
            {t('evidence.withLocation')}
          </label>
          <div className="actions">
            <label className="button button--primary evidence__pick">
              {t('evidence.addPhoto')}
              <input type="file" accept="image/*" capture="environment" className="visually-hidden" onChange={(e) => void add(e)} />
            </label>
            <label className="button evidence__pick">
              {t('evidence.addFile')}
              <input type="file" accept="image/*,application/pdf" multiple className="visually-hidden" onChange={(e) => void add(e)} />
            </label>
          </div>
          {busy && <p role="status">{t('evidence.processing')}</p>}
        </fieldset>
      )}
      {error && <p className="form-error" role="alert">{error}</p>}
    </section>
  );
}
