// "Cetak PDF" and "Ekspor XLSX" of one PK version (any status: a draft prints with the DRAF mark,
// a superseded version stays printable). Reads the agreement from the device, so it works offline;
// the generators load with import() on click. Mount it lazily (lazy-pk-print-buttons.tsx) so
// this file stays out of the first load.
import { getPkDocumentData } from '../../../db/document-queries';
import { useFeatureMessages } from '../../../i18n/feature-messages';
import { useActiveSession } from '../../../session/session-context';
import { DocumentButton, DocumentDataMissing } from '../../../ui/document-button';
import { documentMessages } from '../../../ui/document-messages';

export function PkPrintButtons(props: { agreementId: string }) {
  const t = useFeatureMessages(documentMessages);
  const { make } = usePkDocument(props.agreementId);
  return (
    <div className="actions" role="group" aria-label={t('pk.actions')}>
      <DocumentButton label={t('pk.printPdf')} make={(onProgress) => make('pdf', onProgress)} />
      <DocumentButton label={t('pk.exportXlsx')} make={(onProgress) => make('xlsx', onProgress)} />
    </div>
  );
}

/** The same as a hook, for an editor that draws its own buttons: `const { make } = usePkDocument(id)`. */
export function usePkDocument(agreementId: string) {
  const { db, info } = useActiveSession();
  return {
    make: async (format: 'pdf' | 'xlsx', onProgress?: (f: number) => void) => {
      // The pemda's setting (synced with the session's tenant) adds the "Mendukung" column.
      const supportsColumn = info.tenant.settings.pkPrintSupports === true;
      const data = await getPkDocumentData(db, agreementId, { supports: supportsColumn });
      if (!data) throw new DocumentDataMissing();
      const { makePkDocument } = await import('../../../documents/make');
      return makePkDocument(format, { ...data, supportsColumn }, info.tenant.logo, onProgress);
    },
  };
}
