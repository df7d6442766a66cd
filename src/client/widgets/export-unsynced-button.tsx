// "Ekspor data belum tersinkron": one JSON file made on the device (Blob + download link), so
// unsent work can be handed over even when the device will never reach the server again.
import { useState } from 'react';
import { buildUnsyncedExport, unsyncedExportFileName } from '../db/unsynced-export';
import { useI18n } from '../i18n/i18n-context';
import { useActiveSession } from '../session/session-context';

interface Prepared { url: string; name: string }

export function ExportUnsyncedButton() {
  const { t } = useI18n();
  const { db, info } = useActiveSession();
  const [prepared, setPrepared] = useState<Prepared | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function exportNow() {
    setError(null);
    try {
      const now = new Date();
      const user = { id: info.user.id, username: info.user.username, name: info.user.name, orgUnitName: info.orgUnit.name };
      const data = await buildUnsyncedExport(db, user, now);
      const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
      if (prepared) URL.revokeObjectURL(prepared.url);
      const next = { url: URL.createObjectURL(blob), name: unsyncedExportFileName(info.user, now) };
      setPrepared(next);
      // Start the download at once; the link stays for browsers that block it.
      const link = document.createElement('a');
      link.href = next.url;
      link.download = next.name;
      link.click();
    } catch (caught) {
      setError(t('conflicts.exportFailed', { reason: caught instanceof Error ? caught.message : String(caught) }));
    }
  }

  return (
    <div className="export-unsynced">
      <button type="button" className="button" onClick={() => void exportNow()}>
        {t('conflicts.export')}
      </button>
      <p className="field__hint">{t('conflicts.exportHint')}</p>
      {prepared && (
        <p role="status">
          <a href={prepared.url} download={prepared.name}>
            {t('conflicts.exportReady', { name: prepared.name })}
          </a>
        </p>
      )}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
