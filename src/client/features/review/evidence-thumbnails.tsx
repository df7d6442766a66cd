// The evidence of an entry at a glance in its review card: small thumbnails from the bytes on this
// device, fetched once when they were attached elsewhere (widgets/use-evidence-file.ts); each opens the
// file. The full list, with captions and sizes, is on the entry page.
import { useLiveQuery } from 'dexie-react-hooks';
import { listEvidenceViews, type EvidenceView } from '../../db/evidence-repository';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { useActiveSession } from '../../session/session-context';
import { useFetchMissing, useObjectUrl } from '../../widgets/use-evidence-file';
import { reviewMessages } from './messages';

const shownAtMost = 6;

function Thumbnail(props: { view: EvidenceView }) {
  const t = useFeatureMessages(reviewMessages);
  const { db } = useActiveSession();
  const { evidence, blob } = props.view;
  useFetchMissing(db, evidence, blob);
  const url = useObjectUrl(blob);
  const name = evidence.caption || evidence.fileName;
  const isImage = evidence.mimeType.startsWith('image/');
  if (!url) {
    return <li className="review-evidence__item review-evidence__item--missing" title={name}><span>{t('review.evidenceNoPreview', { name })}</span></li>;
  }
  return (
    <li className="review-evidence__item">
      <a href={url} target="_blank" rel="noreferrer" aria-label={t('review.evidenceOpen', { name })} title={name}>
        {isImage ? <img src={url} alt="" className="review-evidence__thumb" /> : <span className="review-evidence__file" aria-hidden="true">PDF</span>}
      </a>
    </li>
  );
}

export function EvidenceThumbnails(props: { realisationId: string }) {
  const t = useFeatureMessages(reviewMessages);
  const { db } = useActiveSession();
  const views = useLiveQuery(() => listEvidenceViews(db, props.realisationId), [db, props.realisationId]);
  if (views === undefined) return null;
  const shown = views.slice(0, shownAtMost);
  return (
    <div className="review-evidence">
      <p className="review-evidence__title">{t('review.evidence')}</p>
      {views.length === 0 ? <p className="muted">{t('review.evidenceNone')}</p> : (
        <ul className="review-evidence__list">
          {shown.map((view) => <Thumbnail key={view.evidence.id} view={view} />)}
        </ul>
      )}
      {views.length > shownAtMost && <p className="field__hint">{t('review.evidenceMore', { count: views.length - shownAtMost })}</p>}
    </div>
  );
}
