// Bukti dukung of a unit's own LKE answer (domain.md, "SAKIP evaluation"): one row per file the
// unit attaches to its penilaian mandiri of a criterion. Keyed to unit × year × criterion, not to
// the answer's row: that row may not exist yet (a file before an answer) or be folded into another
// device's. The bytes travel as for realisations' evidence (evidence-file.ts), named by sha256.
import { z } from 'zod';
import { yearSchema } from './agreement';
import { evidenceMimeTypeSchema, sha256Schema } from './evidence';
import { maxEvidenceBytes } from './evidence-file';
import { lkeIdSchema } from './lke-template';
import { plainText } from './plain-text-schema';
import { idSchema, syncMetaShape } from './sync-record';

const lkeEvidenceKeyShape = { orgUnitId: idSchema, year: yearSchema, criterionId: lkeIdSchema };

const lkeEvidenceFileShape = {
  sha256: sha256Schema,
  mimeType: evidenceMimeTypeSchema,
  size: z.number().int().positive().max(maxEvidenceBytes),
  caption: plainText().max(500),
  fileName: plainText().min(1).max(255),
};

export const lkeEvidenceSchema = z.object({ ...syncMetaShape, ...lkeEvidenceKeyShape, ...lkeEvidenceFileShape });
export type LkeEvidence = z.infer<typeof lkeEvidenceSchema>;

/** A new file names its unit, year and criterion once; the server's reading of the file wins over mimeType and size. */
export const lkeEvidenceCreateSchema = z.object({ ...lkeEvidenceKeyShape, ...lkeEvidenceFileShape }).strict();
export type LkeEvidenceCreate = z.infer<typeof lkeEvidenceCreateSchema>;

/** After creation only the caption changes; the file never does (attach another instead). */
export const lkeEvidenceEditSchema = z.object({ caption: lkeEvidenceFileShape.caption }).strict();
