// The pemda's record (name, settings, logo) as the last pull gave it, in the user's meta table:
// the session's copy came with the sign-in, this one with every sync, so a settings change made on
// another device reaches this one (and its other open tabs, through Dexie's live queries) without
// signing in again. Loaded with the sync cycle and the session's watcher, not the first screen.
import { liveQuery } from 'dexie';
import type { Tenant } from '../../domain/tenant';
import type { PantauDatabase } from './database';
import { getMeta, setMeta } from './meta';

export interface PulledTenant {
  tenant: Tenant;
  /** The server's time of the pull that brought it: newer than a sign-in's copy or not. */
  serverTime: string;
}

/** Keeps the pulled tenant; a pull that brings the same record again writes nothing. */
export async function storePulledTenant(db: PantauDatabase, tenant: Tenant, serverTime: string): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const stored = await getMeta<PulledTenant>(db, 'tenant');
    if (stored && JSON.stringify(stored.tenant) === JSON.stringify(tenant)) return;
    await setMeta(db, 'tenant', { tenant, serverTime } satisfies PulledTenant);
  });
}

/** Calls `listener` with the stored tenant now and after each change (from any tab); returns the unsubscribe. */
export function watchPulledTenant(db: PantauDatabase, listener: (pulled: PulledTenant) => void): () => void {
  const subscription = liveQuery(() => getMeta<PulledTenant>(db, 'tenant')).subscribe({
    next: (pulled) => { if (pulled) listener(pulled); },
    error: () => undefined,
  });
  return () => subscription.unsubscribe();
}
