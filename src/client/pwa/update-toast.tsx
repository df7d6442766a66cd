// "Versi baru tersedia — Muat ulang": never applied by itself, and not while a form holds unsaved
// edits or a sync is running (design.md, "Updates").
import { useI18n } from '../i18n/i18n-context';
import { useHasUnsavedEdits } from '../session/unsaved-edits';
import { useConnectionStatus } from '../sync/sync-context';
import { isUpdateBlocked } from './update-guard';

export function UpdateToast(props: { onReload(): void; onDismiss(): void }) {
  const { t } = useI18n();
  const hasUnsavedEdits = useHasUnsavedEdits();
  const { phase } = useConnectionStatus();
  const blocked = isUpdateBlocked({ hasUnsavedEdits, phase });
  return (
    <div className="toast" role="status" aria-live="polite">
      <p>{t('update.available')}</p>
      {blocked && <p className="muted">{t('update.blocked')}</p>}
      <div className="actions">
        <button type="button" className="button button--primary" disabled={blocked} onClick={props.onReload}>
          {t('update.reload')}
        </button>
        <button type="button" className="button" onClick={props.onDismiss}>
          {t('update.later')}
        </button>
      </div>
    </div>
  );
}
