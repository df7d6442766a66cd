// The one seam between components and the network (DHIS2's use-connection-status): the UI reads
// connection and sync status only through useConnectionStatus, so it can be tested offline.
import { createContext, useCallback, useContext, useSyncExternalStore, type JSX, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { PantauDatabase } from '../db/database';
import { countPending } from '../db/queries';
import type { SyncEngine, SyncState } from './sync-engine';

interface SyncContextValue {
  engine: SyncEngine;
  db: PantauDatabase;
}

const SyncContext = createContext<SyncContextValue | null>(null);

export function SyncProvider(props: { engine: SyncEngine; db: PantauDatabase; children: ReactNode }): JSX.Element {
  const { engine, db, children } = props;
  return <SyncContext.Provider value={{ engine, db }}>{children}</SyncContext.Provider>;
}

function useSyncContext(): SyncContextValue {
  const value = useContext(SyncContext);
  if (!value) throw new Error('useSyncEngine/useConnectionStatus need a <SyncProvider> above them.');
  return value;
}

export function useSyncEngine(): SyncEngine {
  return useSyncContext().engine;
}

function subscribeOnline(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}
const readOnline = () => navigator.onLine;
const serverOnline = () => true;

/** The one seam for network state (DHIS2's use-connection-status): components use only this. */
export function useConnectionStatus(): {
  online: boolean;
  phase: SyncState['phase'];
  pendingCount: number;
  lastSyncAt: string | null;
  lastErrorCode: string | null;
  clockSkewMs: number | null;
  progress: SyncState['progress'];
  syncNow: () => void;
} {
  const { engine, db } = useSyncContext();
  const online = useSyncExternalStore(subscribeOnline, readOnline, serverOnline);
  const subscribeEngine = useCallback((onChange: () => void) => engine.subscribe(onChange), [engine]);
  const state = useSyncExternalStore(subscribeEngine, engine.getState, engine.getState);
  const pendingCount = useLiveQuery(() => countPending(db), [db], 0);
  const syncNow = useCallback(() => void engine.syncNow(), [engine]);
  return {
    online,
    phase: state.phase,
    pendingCount,
    lastSyncAt: state.lastSyncAt,
    lastErrorCode: state.lastErrorCode,
    clockSkewMs: state.clockSkewMs,
    progress: state.progress,
    syncNow,
  };
}
