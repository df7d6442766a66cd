import type { EntrySyncState } from '../db/database';
import { useI18n } from '../i18n/i18n-context';

const labels = {
  pending: 'entry.pending',
  sending: 'entry.sending',
  refused: 'entry.refused',
  conflict: 'entry.conflict',
  synced: 'entry.synced',
} as const;

/** Per-entry sync state; `synced` when the entry has nothing waiting. */
export function EntrySyncBadge(props: { state: EntrySyncState | 'synced' }) {
  const { t } = useI18n();
  return <span className={`sync-badge sync-badge--${props.state}`}>{t(labels[props.state])}</span>;
}
