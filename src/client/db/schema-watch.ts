/*
 * A newer build in another tab opens the user's database with a higher schema version
 * (database.ts). This tab's code then no longer matches the database:
 * - `versionchange` here: Dexie's default closes the connection but lets the next query reopen it,
 *   and Dexie 4 reopens a newer database silently (or, when this schema declares an index the new
 *   one dropped, bumps the version itself and fights the new tab). Old code writing into a newer
 *   schema can corrupt rows the upgrade migrated, so this tab closes for good: every later query
 *   fails with DatabaseClosedError, and the app says "reload" (session/schema-upgrade-notice.tsx).
 * - `blocked` on the new tab's open: an old tab did not close (a frozen background tab, or a build
 *   from before this file). The user must close or reload that tab; the open then completes.
 * - An old build started after the upgrade (a stale cached page) finds the database newer than
 *   its code: the same as `versionchange`.
 */
import type { PantauDatabase } from './database';

export type SchemaEvent =
  /** Another tab upgraded (or deleted) the database: this connection is closed for good. */
  | 'replaced'
  /** This tab's open waits for another tab that holds an older version. */
  | 'blocked'
  /** Open, and at this code's version. */
  | 'ready';

/** Dexie keeps native versions ×10 (and may add one to patch a schema): compare whole versions. */
function isOlderThanInstalled(db: PantauDatabase): boolean {
  return Math.floor(db.backendDB().version / 10) > Math.round(db.verno);
}

/** Watches `db` (call before or right after its first query); returns the unsubscribe. */
export function watchSchemaChanges(db: PantauDatabase, onEvent: (event: SchemaEvent) => void): () => void {
  let active = true;
  const replaced = () => {
    db.close({ disableAutoOpen: true });
    if (active) onEvent('replaced');
  };
  const onVersionChange = () => {
    replaced();
    return false; // stops Dexie's default handler, which would allow an automatic reopen
  };
  const onBlocked = () => {
    if (active) onEvent('blocked');
  };
  db.on('versionchange', onVersionChange);
  db.on('blocked', onBlocked);
  db.open()
    .then(() => {
      if (!active || !db.isOpen()) return;
      if (isOlderThanInstalled(db)) replaced();
      else onEvent('ready');
    })
    .catch(() => undefined); // closed on purpose, or an error the queries report themselves
  return () => {
    active = false;
    db.on('versionchange').unsubscribe(onVersionChange);
    db.on('blocked').unsubscribe(onBlocked);
  };
}

/** What a query throws once the database was closed under it (by the watcher above, or a logout). */
export function isDatabaseClosedError(error: unknown): boolean {
  return error instanceof Error && error.name === 'DatabaseClosedError';
}
