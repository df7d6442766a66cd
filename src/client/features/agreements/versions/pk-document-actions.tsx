// The PK's documents beside it: "Cetak PDF" and "Ekspor XLSX" (print/, generators in
// src/client/documents/, loaded on click) and, for a draft its writer may change, "Impor dari
// Excel" (the import screen, import/). Both load on demand.
import { Link, useLocation } from 'react-router';
import type { Agreement } from '../../../../domain/agreement';
import { useFeatureMessages } from '../../../i18n/feature-messages';
import { actionMessages } from './action-messages';
import { LazyPkPrintButtons } from '../print/lazy-pk-print-buttons';

export function PkDocumentActions(props: { agreement: Agreement; canImport: boolean }) {
  const t = useFeatureMessages(actionMessages);
  const { agreement } = props;
  const location = useLocation();
  return (
    <div className="pk-document-actions">
      <LazyPkPrintButtons agreementId={agreement.id} />
      {props.canImport && agreement.status === 'draft' && (
        <Link className="button" to={`/agreements/${agreement.id}/import`} state={{ from: location.pathname }}>{t('actions.importExcel')}</Link>
      )}
    </div>
  );
}
