// Reads for the conflict inbox and the refusal list (wrap in useLiveQuery).
import type { Indicator } from '../../domain/indicator';
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
