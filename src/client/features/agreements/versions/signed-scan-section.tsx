// The scan of a signed PK's statement page, as proof beside the PK: the head or the admin uploads
// it (offline too: it waits on the device like a photo), anyone who reads the PK opens it.
import { useState, type ChangeEvent } from 'react';
import type { Agreement } from '../../../../domain/agreement';
import { maxEvidenceBytes, sniffMimeType } from '../../../../domain/evidence-file';
import { attachmentPath } from '../../../../api/routes';
import { getScanBlob, setSignedScan } from '../../../db/agreement-scan-repository';
import { useFeatureMessages } from '../../../i18n/feature-messages';
import { useI18n } from '../../../i18n/i18n-context';
import { useActiveSession } from '../../../session/session-context';
import { scanMessages } from './scan-messages';
import { sha256Hex } from '../../../lib/file-hash';

const accepted = 'application/pdf,image/jpeg,image/png';
const scanTypes = new Set(['application/pdf', 'image/jpeg', 'image/png']);

export function SignedScanSection(props: { agreement: Agreement; mayEdit: boolean }) {
  const t = useFeatureMessages(scanMessages);
  const { formatNumber } = useI18n();
  const { db, actor } = useActiveSession();
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const { agreement } = props;
  const scan = agreement.signedScan ?? null;
  if (agreement.status === 'draft') return null;
  const size = (bytes: number) => `${formatNumber(bytes / 1024 / 1024, 1)} MB`;

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setStatus(null);
    if (file.size > maxEvidenceBytes) return setStatus({ kind: 'error', text: t('scan.tooLarge', { max: size(maxEvidenceBytes) }) });
    const bytes = await file.arrayBuffer();
    const mimeType = sniffMimeType(new Uint8Array(bytes.slice(0, 16)));
    if (!mimeType || !scanTypes.has(mimeType)) return setStatus({ kind: 'error', text: t('scan.wrongType') });
    try {
      await setSignedScan(db, actor, agreement.id, { bytes, sha256: await sha256Hex(bytes), mimeType });
      setStatus({ kind: 'ok', text: t('scan.saved') });
    } catch (error) {
      setStatus({ kind: 'error', text: t('scan.failed', { reason: error instanceof Error ? error.message : String(error) }) });
    }
  }

  async function open() {
    if (!scan) return;
    const local = await getScanBlob(db, scan.sha256);
    if (local) {
      window.open(URL.createObjectURL(local), '_blank', 'noopener');
    } else if (navigator.onLine) {
      window.open(attachmentPath(scan.sha256), '_blank', 'noopener');
    } else {
      setStatus({ kind: 'error', text: t('scan.notOnDevice') });
    }
  }

  async function remove() {
    setStatus(null);
    try {
      await setSignedScan(db, actor, agreement.id, null);
      setStatus({ kind: 'ok', text: t('scan.removed') });
    } catch (error) {
      setStatus({ kind: 'error', text: t('scan.failed', { reason: error instanceof Error ? error.message : String(error) }) });
    }
  }

  const writable = props.mayEdit && agreement.status === 'signed';
  return (
    <section aria-labelledby="signed-scan-title" className="signed-scan">
      <h2 id="signed-scan-title">{t('scan.title')}</h2>
      <p>{scan ? t('scan.present', { size: size(scan.size) }) : t('scan.none')}</p>
      <div className="button-row">
        {scan && <button type="button" className="button" onClick={() => void open()}>{t('scan.open')}</button>}
        {writable && (
          <label className="button">
            {scan ? t('scan.replace') : t('scan.choose')}
            <input type="file" accept={accepted} className="visually-hidden" aria-label={scan ? t('scan.replace') : t('scan.choose')} onChange={(e) => void choose(e)} />
          </label>
        )}
        {writable && scan && <button type="button" className="button" onClick={() => void remove()}>{t('scan.remove')}</button>}
      </div>
      {status && <p role={status.kind === 'error' ? 'alert' : 'status'} className={status.kind === 'error' ? 'form-error' : undefined}>{status.text}</p>}
    </section>
  );
}
