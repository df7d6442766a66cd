// The always-visible sync status (design.md, "Status is visible"). Reads the network only
// through useConnectionStatus, so it renders the same in tests and offline.
import { Suspense, useSyncExternalStore } from 'react';
import { Link } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { countUserInbox } from '../db/inbox-counts';
import { useActiveSession } from '../session/session-context';
import { useConnectionStatus } from '../sync/sync-context';
import { useI18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/id';
import { errorCodes, type ErrorCode } from '../../api/error-codes';
import { clockSkewWarningMinutes, serverCorrectedTime } from '../../domain/clock-skew';
import { SyncNowButton } from '../ui/sync-now-button';
import { onDemand } from '../ui/on-demand';

// Rarely shown: its words load when it is.
const ClockWarning = onDemand(() => import('./clock-warning').then((m) => m.ClockWarning));

function useClock(): number {
  // A coarse clock is enough; re-render on focus keeps "Terakhir sinkron" honest without a timer.
  return useSyncExternalStore(
    (onChange) => {
      window.addEventListener('focus', onChange);
      return () => window.removeEventListener('focus', onChange);
    },
    () => Math.floor(Date.now() / 60_000),
  );
}

export function SyncIndicator() {
  const status = useConnectionStatus();
  const { t, formatDate } = useI18n();
  useClock();
  const syncing = status.phase === 'syncing';
  // Never "Semua data tersinkron" while conflicts or refusals wait for this user.
  const { db, actor } = useActiveSession();
  const inbox = useLiveQuery(() => countUserInbox(db, actor), [db, actor], { conflicts: 0, refusals: 0 });
  const waiting = [
    ...(inbox.conflicts > 0 ? [t('sync.conflictsToChoose', { count: inbox.conflicts })] : []),
    ...(inbox.refusals > 0 ? [t('sync.refusalsToFix', { count: inbox.refusals })] : []),
  ];
  const errorKey: MessageKey | null = status.lastErrorCode
    ? isErrorCode(status.lastErrorCode)
      ? `error.${status.lastErrorCode}`
      : 'error.internal'
    : null;

  return (
    <section className="sync-indicator" aria-label={t('sync.regionLabel')}>
      <div className="sync-indicator__status" role="status" aria-live="polite">
        <span className={`pill ${status.online ? 'pill--online' : 'pill--offline'}`}>
          {t(status.online ? 'sync.online' : 'sync.offline')}
        </span>{' '}
        <span>
          {status.pendingCount > 0
            ? t('sync.pending', { count: status.pendingCount })
            : waiting.length > 0
              ? t('sync.synced')
              : t('sync.allSynced')}
        </span>
        {waiting.length > 0 && (
          <>
            {' · '}
            <Link to="/conflicts" className="sync-indicator__inbox">
              {waiting.join(', ')}
            </Link>
          </>
        )}
        {' · '}
        <span>{status.lastSyncAt ? t('sync.lastSync', { time: formatDate(serverCorrectedTime(status.lastSyncAt, status.clockSkewMs)) }) : t('sync.never')}</span>
        {/* Always in the line, hidden when idle: appearing every pull, it changed the header's
            height on a phone and moved the whole screen (layout shift). */}
        <span className={syncing ? 'spinner-text' : 'spinner-text spinner-text--idle'}>
          <span className="spinner" aria-hidden="true" /> {t('sync.syncing')}
        </span>
        {status.phase === 'error' && errorKey && (
          <span className="sync-indicator__error">
            {' '}
            {t('sync.failed', { reason: t(errorKey) })}
          </span>
        )}
      </div>
      <SyncNowButton online={status.online} syncing={syncing} onSync={status.syncNow} />
      {status.clockSkewMs !== null && clockSkewWarningMinutes(status.clockSkewMs) !== null && (
        <Suspense fallback={null}>
          <ClockWarning skewMs={status.clockSkewMs} />
        </Suspense>
      )}
    </section>
  );
}

function isErrorCode(code: string): code is ErrorCode {
  return (errorCodes as readonly string[]).includes(code);
}
