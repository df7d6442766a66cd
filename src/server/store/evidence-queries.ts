// Evidence rows and the per-tenant record of received attachment files.
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Db } from './db';
import { attachments, evidence, mutations } from './schema';
import { fromEvidence, toEvidence } from './mappers';
import type { Evidence } from '../../domain/evidence';
import type { EvidenceMimeType } from '../../domain/evidence-file';

export type AttachmentRecord = typeof attachments.$inferSelect;

export function createEvidenceQueries(db: Db) {
  return {
    async getEvidence(id: string): Promise<Evidence | null> {
      const [row] = await db.select().from(evidence).where(eq(evidence.id, id));
      return row ? toEvidence(row) : null;
    },
    async insertEvidence(row: Evidence): Promise<void> {
      await db.insert(evidence).values(fromEvidence(row));
    },
    async updateEvidence(row: Evidence): Promise<void> {
      const { id, tenantId: _tenant, ...values } = fromEvidence(row);
      await db.update(evidence).set(values).where(eq(evidence.id, id));
    },
    /** Whether a realisation has live bukti dukung (a pemda may require it at submission). */
    async realisationHasEvidence(realisationId: string): Promise<boolean> {
      const rows = await db.select({ id: evidence.id }).from(evidence)
        .where(and(eq(evidence.realisationId, realisationId), eq(evidence.deleted, false))).limit(1);
      return rows.length > 0;
    },
    /** Live evidence rows of a tenant naming this file (who may read it follows from their units). */
    async listEvidenceBySha(tenantId: string, sha256: string): Promise<Evidence[]> {
      const rows = await db.select().from(evidence)
        .where(and(eq(evidence.tenantId, tenantId), eq(evidence.sha256, sha256), eq(evidence.deleted, false)));
      return rows.map(toEvidence);
    },
    /**
     * The row a device's own create of `recordId` landed on when the server folded it into an
     * existing row of the same natural key; null when it never did. Scans one device's mutations
     * (the primary key's prefix), and only when a referenced row is missing.
     */
    async findFoldedRecord(deviceId: string, recordId: string): Promise<string | null> {
      const [row] = await db.select({ target: sql<string>`${mutations.outcome}->>'recordId'` }).from(mutations)
        .where(and(
          eq(mutations.deviceId, deviceId),
          sql`${mutations.payload}->>'recordId' = ${recordId}`,
          ne(sql`${mutations.outcome}->>'recordId'`, recordId),
        ))
        .limit(1);
      return row?.target ?? null;
    },
    async getAttachment(tenantId: string, sha256: string): Promise<AttachmentRecord | null> {
      const [row] = await db.select().from(attachments)
        .where(and(eq(attachments.tenantId, tenantId), eq(attachments.sha256, sha256)));
      return row ?? null;
    },
    /** Records a verified file; a second upload of the same file by the tenant changes nothing. */
    async insertAttachment(row: { tenantId: string; sha256: string; mimeType: EvidenceMimeType; size: number; storedAt: Date; uploadedBy: string }): Promise<void> {
      await db.insert(attachments).values({ ...row, verified: true }).onConflictDoNothing();
    },
  };
}
