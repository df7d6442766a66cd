// A button that makes a document on the device and downloads it: shows progress while the (lazily
// loaded) generator runs, and says in the user's language what went wrong if it fails. The caller
// passes `make`, which imports the generator with import() at the moment of use.
import { useState } from 'react';
import { useFeatureMessages } from '../i18n/feature-messages';
import { documentMessages } from './document-messages';

export interface MadeDocument {
  bytes: Uint8Array;
  fileName: string;
  mimeType: string;
}

/** Thrown by `make` when the device lacks the data (the message is the catalogue's). */
export class DocumentDataMissing extends Error {}

export const pdfMime = 'application/pdf';
export const xlsxMime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type State = { kind: 'idle' } | { kind: 'busy'; fraction: number } | { kind: 'done'; file: string } | { kind: 'failed'; message: string };

export function DocumentButton(props: { label: string; make: (onProgress: (fraction: number) => void) => Promise<MadeDocument>; disabled?: boolean }) {
  const t = useFeatureMessages(documentMessages);
  const [state, setState] = useState<State>({ kind: 'idle' });

  async function run() {
    setState({ kind: 'busy', fraction: 0 });
    try {
      const made = await props.make((fraction) => setState({ kind: 'busy', fraction }));
      const { downloadBlob } = await import('../documents/download');
      downloadBlob(new Blob([made.bytes as Uint8Array<ArrayBuffer>], { type: made.mimeType }), made.fileName);
      setState({ kind: 'done', file: made.fileName });
    } catch (error) {
      console.error('document generation failed', error);
      if (error instanceof DocumentDataMissing) return setState({ kind: 'failed', message: t('doc.failedNoData') });
      // By name: this file must not import src/client/documents (it loads on demand).
      const name = error instanceof Error ? error.name : '';
      if (name === 'DocumentPartUnavailable') return setState({ kind: 'failed', message: t('doc.partMissing') });
      const reason = name === 'DocumentFontUnavailable' ? t('doc.fontMissing') : t('doc.unknownError');
      setState({ kind: 'failed', message: t('doc.failed', { reason }) });
    }
  }

  const busy = state.kind === 'busy';
  return (
    <span className="document-button">
      <button type="button" className="button" disabled={busy || props.disabled} aria-busy={busy || undefined} onClick={() => void run()}>
        {props.label}
      </button>
      {busy && (
        <span role="status">
          <progress max={1} value={state.fraction} aria-label={t('doc.progressLabel')} /> {t('doc.preparing', { percent: Math.round(state.fraction * 100) })}
        </span>
      )}
      {state.kind === 'done' && <span role="status" className="field__hint">{t('doc.done', { file: state.file })}</span>}
      {state.kind === 'failed' && <span role="alert" className="form-error">{state.message}</span>}
    </span>
  );
}
