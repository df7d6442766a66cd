// A newer pemda record (a sync pulled it) into the user's kept account, so the next start, online
// or not, opens with the settings as they are now. Loaded when a sync brings one, not at start.
import type { SessionInfo } from '../../api/auth';
import type { Tenant } from '../../domain/tenant';
import { app } from './accounts';
import { readCurrentAccountHint, writeHint } from './account-hint';
import { guardStorage } from './storage-errors';

export async function updateAccountTenant(userId: string, tenant: Tenant): Promise<void> {
  const db = app();
  const info = await guardStorage(() => db.transaction('rw', db.accounts, async (): Promise<SessionInfo | null> => {
    const row = await db.accounts.get(userId);
    if (!row) return null;
    const next = { ...row.info, tenant };
    await db.accounts.put({ ...row, info: next });
    return next;
  }));
  if (info && readCurrentAccountHint()?.user.id === userId) writeHint(info);
}
