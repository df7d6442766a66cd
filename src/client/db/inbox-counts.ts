// The inbox's counts for the header, the navigation badge and the to-do list: on every screen, so
// kept apart from the inbox's lists (inbox-queries.ts), which name each entry (entry-context.ts)
// and load with the conflicts screen.
import { canEditRealisation } from '../../domain/permissions';
import type { Actor } from '../../domain/user';
import type { PantauDatabase } from './database';
import { isOpenConflict } from './conflict-repository';

/** For the navigation badge: open conflicts plus refusals waiting for the user. */
export async function countInbox(db: PantauDatabase): Promise<number> {
  const open = (await db.conflicts.toArray()).filter(isOpenConflict).length;
  return open + (await db.rejections.count());
}

/**
 * For the sync status: the open conflicts this user may choose on (whoever may edit the entry;
 * others only see them) and the refusals waiting for them. "Semua data tersinkron" is said only
 * when both are zero.
 */
export async function countUserInbox(db: PantauDatabase, actor: Actor): Promise<{ conflicts: number; refusals: number }> {
  return db.transaction('r', [db.conflicts, db.rejections, db.realisations], async () => {
    let conflicts = 0;
    for (const conflict of (await db.conflicts.toArray()).filter(isOpenConflict)) {
      // As the conflict card decides whether to offer the choice (its row's unit, any status).
      if (!conflict.record) continue;
      const row = await db.realisations.get(conflict.recordId);
      const scope = { tenantId: row?.tenantId ?? conflict.record.tenantId, orgUnitId: row?.orgUnitId ?? conflict.record.orgUnitId, status: 'draft' as const };
      if (canEditRealisation(actor, scope).allowed) conflicts += 1;
    }
    return { conflicts, refusals: await db.rejections.count() };
  });
}
