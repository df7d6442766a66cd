// Who holds which attachment (per org unit), how many bytes a tenant stores, and the unfinished
// chunked uploads in progress (their bytes are in blob storage; these rows say whose and since when).
import { and, eq, lt, ne, sql } from 'drizzle-orm';
import type { Db } from './db';
import { attachmentHolders, attachments, partialUploads } from './schema';
import type { AttachmentRecord } from './evidence-queries';

export type PartialUploadRecord = typeof partialUploads.$inferSelect;

/** First key of the two-key advisory locks taken per user while reserving (apart from other locks). */
const partialUploadLockSpace = 7271;

export function createUploadQueries(db: Db) {
  return {
    /** The verified file, only when `orgUnitId` itself proved it holds the bytes (uploaded them whole). */
    async getHeldAttachment(tenantId: string, sha256: string, orgUnitId: string): Promise<AttachmentRecord | null> {
      const [row] = await db.select({ attachment: attachments }).from(attachments)
        .innerJoin(attachmentHolders, and(
          eq(attachmentHolders.tenantId, attachments.tenantId),
          eq(attachmentHolders.sha256, attachments.sha256),
          eq(attachmentHolders.orgUnitId, orgUnitId),
        ))
        .where(and(eq(attachments.tenantId, tenantId), eq(attachments.sha256, sha256), eq(attachments.verified, true)));
      return row?.attachment ?? null;
    },
    /** Records that a unit sent the whole file; a second time changes nothing. */
    async insertAttachmentHolder(row: { tenantId: string; sha256: string; orgUnitId: string; uploadedBy: string; storedAt: Date }): Promise<void> {
      await db.insert(attachmentHolders).values(row).onConflictDoNothing();
    },
    /** Bytes of the verified files a tenant stores (each file once, however many units hold it). */
    async tenantAttachmentBytes(tenantId: string): Promise<number> {
      const [row] = await db.select({ bytes: sql<string>`coalesce(sum(${attachments.size}), 0)::bigint` }).from(attachments)
        .where(eq(attachments.tenantId, tenantId));
      return Number(row?.bytes ?? 0);
    },

    async getPartialUpload(key: string): Promise<PartialUploadRecord | null> {
      const [row] = await db.select().from(partialUploads).where(eq(partialUploads.key, key));
      return row ?? null;
    },
    /**
     * Starts tracking an upload when the user's other unfinished uploads leave room for its declared
     * size; otherwise returns what they hold. One user's starts take turns (a lock per user for the
     * transaction), so concurrent starts can never together pass the cap.
     */
    async reservePartialUpload(row: PartialUploadRecord, maxUserBytes: number): Promise<{ reserved: true } | { reserved: false; pendingBytes: number }> {
      return db.transaction(async (tx) => {
        await tx.execute(sql`select pg_advisory_xact_lock(${partialUploadLockSpace}, hashtext(${row.userId}))`);
        const [sum] = await tx.select({ bytes: sql<string>`coalesce(sum(${partialUploads.total}), 0)::bigint` }).from(partialUploads)
          .where(and(eq(partialUploads.userId, row.userId), ne(partialUploads.key, row.key)));
        const pendingBytes = Number(sum?.bytes ?? 0);
        if (pendingBytes + row.total > maxUserBytes) return { reserved: false, pendingBytes };
        await tx.insert(partialUploads).values(row).onConflictDoUpdate({ target: partialUploads.key, set: { updatedAt: row.updatedAt } });
        return { reserved: true };
      });
    },
    async touchPartialUpload(key: string, now: Date): Promise<void> {
      await db.update(partialUploads).set({ updatedAt: now }).where(eq(partialUploads.key, key));
    },
    async listPartialUploadsIdleSince(cutoff: Date): Promise<PartialUploadRecord[]> {
      return db.select().from(partialUploads).where(lt(partialUploads.updatedAt, cutoff));
    },
    async listPartialUploadKeys(): Promise<string[]> {
      const rows = await db.select({ key: partialUploads.key }).from(partialUploads);
      return rows.map((r) => r.key);
    },
    /** Deletes the row; with `idleBefore`, only when nobody touched it since (a chunk may have just arrived). */
    async deletePartialUpload(key: string, idleBefore?: Date): Promise<void> {
      await db.delete(partialUploads)
        .where(idleBefore ? and(eq(partialUploads.key, key), lt(partialUploads.updatedAt, idleBefore)) : eq(partialUploads.key, key));
    },
  };
}
