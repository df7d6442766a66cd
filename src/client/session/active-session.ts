// A logged-in user's working set: their own database and the sync engine that serves it.
import type { SessionInfo } from '../../api/auth';
import type { Actor } from '../../domain/user';
import { openUserDatabase, type PantauDatabase } from '../db/database';
import { createSyncEngine, type SyncEngine } from '../sync/sync-engine';
import type { SyncTransport } from '../sync/transport';
import { whenIdle } from '../lib/idle';

export interface ActiveSession {
  info: SessionInfo;
  actor: Actor;
  db: PantauDatabase;
  engine: SyncEngine;
}

export function actorOf(info: SessionInfo): Actor {
  const { id, tenantId, orgUnitId, role, planner } = info.user;
  return { id, tenantId, orgUnitId, role, planner };
}

/** Opens the user's database and builds (but does not start) its sync engine. */
export function openSession(info: SessionInfo, transport: SyncTransport): ActiveSession {
  const db = openUserDatabase(info.user.id);
  const engine = createSyncEngine({ db, transport, userId: info.user.id, scheduleFirstCycle: whenIdle });
  return { info, actor: actorOf(info), db, engine };
}

/** Stops syncing and closes the database; never deletes it (its outbox may hold unsent work). */
export function closeSession(session: ActiveSession): void {
  session.engine.stop();
  session.db.close();
}
