// Above a form whose unsaved values came back from the device: when they were typed, and a way to
// give them up (back to the saved values).
import { useFeatureMessages } from '../i18n/feature-messages';
import { useI18n } from '../i18n/i18n-context';
import { formDraftMessages } from './form-draft-messages';
import type { FormDraft } from './use-form-draft';

export function DraftNotice(props: { draft: Pick<FormDraft<unknown>, 'restored' | 'discard'> }) {
  const t = useFeatureMessages(formDraftMessages);
  const { formatDate } = useI18n();
  const { restored, discard } = props.draft;
  if (!restored) return null;
  return (
    <div className="notice draft-notice" role="status">
      <p>{restored.savedAt ? t('restored', { time: formatDate(restored.savedAt, { dateStyle: 'medium', timeStyle: 'short' }) }) : t('restoredNoTime')}</p>
      {restored.baseChanged && <p>{t('restoredBaseChanged')}</p>}
      <button type="button" className="button button--small" onClick={discard}>
        {t('discard')}
      </button>
    </div>
  );
}
