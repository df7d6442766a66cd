// One unit's quarter in the review queue: its submitted entries, and "Verifikasi semua" for all of
// them at once after a confirmation that says how many. One workflow mutation per entry, queued on
// the device in one transaction (workflow-repository.ts verifyEntries): offline too; the server
// judges each on its own.
import { useState } from 'react';
import { quarterRoman } from '../../../domain/period';
import { StorageFullError } from '../../db/storage-errors';
import { verifyEntries } from '../../db/workflow-repository';
import type { ReviewGroup } from '../../db/workflow-queries';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { useActiveSession } from '../../session/session-context';
import { ConfirmBox } from '../../ui/confirm-box';
import { reviewMessages } from './messages';
import { ReviewCard } from './review-card';
import { entryFlags, flaggedFirst } from './entry-flags';

export function ReviewGroupSection(props: { group: ReviewGroup; onVerifiedAll(message: string): void }) {
  const t = useFeatureMessages(reviewMessages);
  const { db, actor, info } = useActiveSession();
  const { group } = props;
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = `review-group-${group.orgUnit?.id ?? 'x'}-${group.year}-${group.quarter}`;
  const named = { unit: group.orgUnit?.name ?? '?', q: quarterRoman[group.quarter], year: group.year, count: group.items.length };
  const settings = info.tenant.settings;
  // Verifying all at once must not pass over the entries the checks flag without a word.
  const flagged = group.items.filter((item) => entryFlags(item, settings).length > 0).length;

  async function verifyAll() {
    setConfirming(false);
    setError(null);
    try {
      const count = await verifyEntries(db, actor, group.items.map((item) => item.realisation.id));
      props.onVerifiedAll(t('verifyAll.done', { ...named, count }));
    } catch (failure) {
      setError(failure instanceof StorageFullError ? t('verifyAll.storageFull') : t('verifyAll.failed'));
    }
  }

  return (
    <section aria-labelledby={id} className="review-group">
      <div className="review-group__head">
        <h2 id={id}>{t('review.group', named)}</h2>
        {!confirming && (
          <button type="button" className="button" aria-label={t('verifyAll.buttonNamed', named)} onClick={() => { setConfirming(true); setError(null); }}>
            {t('verifyAll.button', named)}
          </button>
        )}
      </div>
      {confirming && (
        <ConfirmBox
          title={t('verifyAll.title', named)}
          consequence={flagged > 0 ? `${t('verifyAll.consequence', named)} ${t('verifyAll.flagged', { count: flagged })}` : t('verifyAll.consequence', named)}
          confirmLabel={t('verifyAll.confirm', named)}
          cancelLabel={t('verifyAll.cancel')}
          onConfirm={() => void verifyAll()}
          onCancel={() => setConfirming(false)}
        />
      )}
      {error && <p className="form-error" role="alert">{error}</p>}
      {flaggedFirst(group.items, settings).map((item) => <ReviewCard key={item.realisation.id} item={item} />)}
    </section>
  );
}
