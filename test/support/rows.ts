// The bookkeeping every synced row carries (sync-record.ts), for rows a test writes by hand; the
// domain rows come from factories.ts, which builds them on this.

export const stamp = '2026-01-05T00:00:00.000Z';

/** The bookkeeping of a synced row: a fresh id, never synced unless `rev` says so. */
export const rowMeta = (tenantId: string, rev = 0) => ({
  id: crypto.randomUUID(), tenantId, rev, updatedAt: stamp, updatedBy: null, deviceId: null, deleted: false,
});
