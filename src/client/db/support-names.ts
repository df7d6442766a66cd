// The names of what indicators support (cascading, issue 19): the pemda's IKU or a higher PK's
// indicator, read from the device's copy (every device pulls the pemda's PK, and a bidang's device
// the PKs above it), so the PK view and its print name the link offline. An id the device does not
// hold, or a removed row, has no name.
import type { PantauDatabase } from './database';

export async function getSupportNames(db: PantauDatabase, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  const rows = unique.length === 0 ? [] : await db.indicators.bulkGet(unique);
  const names = new Map<string, string>();
  for (const row of rows) if (row && !row.deleted) names.set(row.id, row.name);
  return names;
}
