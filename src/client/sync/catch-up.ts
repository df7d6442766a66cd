// Rows of entities this build gained over the one that made the device's database (api/sync.ts
// entityProtocol): the older build's pulls left them out, yet its cursor moved past them. Fetched
// once, as they are now, before the cycle's pull; the cursor stays where it is. Kept until a
// fetch has been applied, so a cycle that fails here tries again at the next one.
import type { CatchUpEntity } from '../../api/sync';
import { getMeta, setMeta } from '../db/meta';
import { applyPullChanges } from '../db/pull-apply';
import type { PantauDatabase } from '../db/database';
import type { SyncTransport } from './transport';

export async function catchUpEntities(db: PantauDatabase, transport: SyncTransport, userId: string | undefined): Promise<void> {
  const wanted = (await getMeta<CatchUpEntity[]>(db, 'catchUp')) ?? [];
  for (const entity of wanted) {
    const cursor = (await getMeta<number>(db, 'cursor')) ?? 0;
    const response = await transport.pull({ cursor, limit: 5000, catchUp: entity, ...(userId ? { userId } : {}) });
    if (response.kind !== 'changes') continue;
    await applyPullChanges(db, response.changes, cursor, response.serverTime);
    const left = ((await getMeta<CatchUpEntity[]>(db, 'catchUp')) ?? []).filter((e) => e !== entity);
    await setMeta(db, 'catchUp', left);
  }
}
