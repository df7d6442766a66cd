// Slot for the PK's documents: "Cetak PDF", "Ekspor XLSX" (src/client/documents/) and "Impor dari
// Excel" (features/agreements/import/). Their owners wire these buttons to their screens and
// generators; until then the buttons are shown disabled so the place is visible and named.
import type { Agreement } from '../../../domain/agreement';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { actionMessages } from './action-messages';

export function PkDocumentActions(props: { agreement: Agreement; canImport: boolean }) {
  const t = useFeatureMessages(actionMessages);
  return (
    <div className="button-row pk-document-actions" data-agreement-id={props.agreement.id}>
      <button type="button" className="button" disabled data-slot="print-pdf">{t('actions.printPdf')}</button>
      <button type="button" className="button" disabled data-slot="export-xlsx">{t('actions.exportXlsx')}</button>
      {props.canImport && props.agreement.status === 'draft' && (
        <button type="button" className="button" disabled data-slot="import-excel">{t('actions.importExcel')}</button>
      )}
    </div>
  );
}
