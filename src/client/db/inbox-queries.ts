// Reads for the conflict inbox and the refusal list (wrap in useLiveQuery).
import type { Indicator } from '../../domain/indicator';
import { canEditRealisation } from '../../domain/permissions';
import type { Actor } from '../../domain/user';
import type { ConflictEntry, PantauDatabase, Rejection } from './database';
import { isOpenConflict } from './conflict-repository';
import { entryContext, entryContextTables, type EntryContext } from './entry-context';

export interface ConflictView {
  conflict: ConflictEntry;
  context: EntryContext;
  indicator: Indicator | null;
}

export interface RejectionView {
  rejection: Rejection;
  context: EntryContext;
}

const inboxTables = (db: PantauDatabase) => [db.rejections, ...entryContextTables(db)];

/** Open conflicts, oldest first, with the entry they concern. */
export async function listConflictViews(db: PantauDatabase): Promise<ConflictView[]> {
  return db.transaction('r', inboxTables(db), async () => {
    const open = (await db.conflicts.toArray()).filter(isOpenConflict).sort((a, b) => a.detectedAt.localeCompare(b.detectedAt));
    const views: ConflictView[] = [];
    for (const conflict of open) {
      const context = await entryContext(db, 'realisation', conflict.recordId);
      if (!context.indicatorId && conflict.record) context.indicatorId = conflict.record.indicatorId;
      const indicator = context.indicatorId ? ((await db.indicators.get(context.indicatorId)) ?? null) : null;
      views.push({ conflict, context, indicator });
    }
    return views;
  });
}

/** Every refusal, newest first, with the entry it concerns. */
export async function listRejectionViews(db: PantauDatabase): Promise<RejectionView[]> {
  return db.transaction('r', inboxTables(db), async () => {
    const rejections = (await db.rejections.toArray()).sort((a, b) => b.rejectedAt.localeCompare(a.rejectedAt) || b.seq - a.seq);
    const views: RejectionView[] = [];
    for (const rejection of rejections) {
      views.push({ rejection, context: await entryContext(db, rejection.entity, rejection.recordId, rejection.fields) });
    }
    return views;
  });
}

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
