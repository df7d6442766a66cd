// Tenant settings reach every signed-in device: when a sync pulls a pemda record newer than the
// session's (the admin changed the formula, the bands, the zone, the name or the logo elsewhere),
// the session takes it, so the dashboard, the unit pages and the documents recompute with it, and
// the kept account and the start snapshots follow. Loaded after the first screen (first-load budget).
import type { SessionInfo } from '../../api/auth';
import { watchPulledTenant } from '../db/pulled-tenant';
import { updateAccountTenant } from '../db/account-tenant';
import { clearStartSnapshots } from '../lib/start-snapshot';
import type { PantauDatabase } from '../db/database';

/** JSON with keys sorted: two copies of one record compare equal whatever order their keys came in. */
function stable(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v);
}

export function watchSessionTenant(options: {
  db: PantauDatabase;
  userId: string;
  /** The session's info as it is now. */
  current: () => SessionInfo | null;
  apply: (info: SessionInfo) => void;
}): () => void {
  return watchPulledTenant(options.db, (pulled) => {
    const info = options.current();
    if (!info || info.user.id !== options.userId) return;
    // A sign-in after that pull brought the record fresher than the stored one.
    if (Date.parse(pulled.serverTime) <= Date.parse(info.serverTime)) return;
    if (stable(pulled.tenant) === stable(info.tenant)) return;
    clearStartSnapshots(); // a kept look of the dashboard holds capaian of the old settings
    void updateAccountTenant(info.user.id, pulled.tenant).catch(() => undefined);
    options.apply({ ...info, tenant: pulled.tenant });
  });
}
