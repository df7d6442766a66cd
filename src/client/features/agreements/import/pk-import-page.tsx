// /agreements/:agreementId/import — the PK import on a page of its own, back to where the user
// came from (the unit's PK or the editor), else the editor; after an import, the same way back.
import { Link, useLocation, useParams } from 'react-router';
import { useFeatureMessages } from '../../../i18n/feature-messages';
import { NotFound } from '../../../ui/not-found';
import { importMessages } from './messages';
import { PkImportPanel } from './pk-import-panel';

export function PkImportPage() {
  const t = useFeatureMessages(importMessages);
  const { agreementId } = useParams();
  const from = (useLocation().state as { from?: unknown } | null)?.from;
  if (!agreementId) return <NotFound />;
  const back = typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : `/agreements/${agreementId}/edit`;
  return (
    <>
      <p>
        <Link to={back} className="back-link">{t('back')}</Link>
      </p>
      <PkImportPanel agreementId={agreementId} backTo={back} />
    </>
  );
}
