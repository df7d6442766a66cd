// /agreements/:agreementId/import — the PK import on a page of its own, back to the PK editor.
import { Link, useParams } from 'react-router';
import { useFeatureMessages } from '../../../i18n/feature-messages';
import { NotFound } from '../../../ui/not-found';
import { importMessages } from './messages';
import { PkImportPanel } from './pk-import-panel';

export function PkImportPage() {
  const t = useFeatureMessages(importMessages);
  const { agreementId } = useParams();
  if (!agreementId) return <NotFound />;
  return (
    <>
      <p>
        <Link to={`/agreements/${agreementId}/edit`} className="back-link">{t('back')}</Link>
      </p>
      <PkImportPanel agreementId={agreementId} />
    </>
  );
}
