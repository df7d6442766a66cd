// Perjanjian Kinerja and its parts (domain.md, "The PK document").
import { z } from 'zod';
import { plainText } from './plain-text-schema';
import { syncMetaShape, idSchema } from './sync-record';
import { evidenceMimeTypeSchema, sha256Schema } from './evidence';
import { maxEvidenceBytes } from './evidence-file';

export const agreementKindSchema = z.enum(['pemda', 'jpt', 'camat', 'administrator', 'pengawas']);
export type AgreementKind = z.infer<typeof agreementKindSchema>;

export const agreementStatusSchema = z.enum(['draft', 'signed', 'superseded']);
export type AgreementStatus = z.infer<typeof agreementStatusSchema>;

export const nipSchema = z.string().regex(/^\d{18}$/, 'NIP is 18 digits');

export const firstPartySchema = z.object({
  name: plainText().min(1).max(200),
  position: plainText().min(1).max(200),
  rank: plainText().max(100),
  nip: nipSchema.nullable(),
});
export const secondPartySchema = z.object({
  name: plainText().min(1).max(200),
  position: plainText().min(1).max(200),
});

export const yearSchema = z.number().int().min(2000).max(2100);
export const isoDateSchema = z.iso.date();

/** The scan of the signed statement page, kept as a file like evidence (bukti), by its hash. */
export const signedScanSchema = z.object({
  sha256: sha256Schema,
  mimeType: evidenceMimeTypeSchema,
  size: z.number().int().positive().max(maxEvidenceBytes),
});
export type SignedScan = z.infer<typeof signedScanSchema>;

export const agreementSchema = z.object({
  ...syncMetaShape,
  orgUnitId: idSchema,
  year: yearSchema,
  /** 0 = PK murni (induk), 1.. = PK perubahan. */
  version: z.number().int().nonnegative(),
  parentId: idSchema.nullable(),
  kind: agreementKindSchema,
  status: agreementStatusSchema,
  number: plainText().max(120).nullable(),
  firstParty: firstPartySchema,
  secondParty: secondPartySchema,
  signedOn: isoDateSchema.nullable(),
  signedPlace: plainText().max(120).nullable(),
  /** Rows made before scans existed lack it (= none). */
  signedScan: signedScanSchema.nullable().default(null),
});
export type Agreement = z.infer<typeof agreementSchema>;

/** Sasaran strategis / program / kegiatan, by the PK's level. */
export const goalSchema = z.object({
  ...syncMetaShape,
  orgUnitId: idSchema,
  agreementId: idSchema,
  order: z.number().int().nonnegative(),
  name: plainText().min(1).max(500),
  /** A sasaran daerah (the pemda's PK) names the RPJMD tujuan it serves (rpjmd-plan.ts); null or absent: none. */
  tujuanId: idSchema.nullable().optional(),
});
export type Goal = z.infer<typeof goalSchema>;

export const programLevelSchema = z.enum(['program', 'kegiatan', 'subkegiatan']);
export type ProgramLevel = z.infer<typeof programLevelSchema>;

/** A budget line; anggaran (pagu) in whole Rupiah. */
export const programSchema = z.object({
  ...syncMetaShape,
  orgUnitId: idSchema,
  agreementId: idSchema,
  parentId: idSchema.nullable(),
  level: programLevelSchema,
  order: z.number().int().nonnegative(),
  /** Kepmendagri 050-5889/2021 nomenclature, e.g. 2.15.02.1.01 */
  code: plainText().max(40),
  name: plainText().min(1).max(500),
  budget: z.number().int().nonnegative(),
});
export type Program = z.infer<typeof programSchema>;
