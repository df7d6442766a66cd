// Kinds of org unit, zod-free so the units list (an evaluator's home) loads without the schemas.

export const orgUnitTypes = ['opd', 'kecamatan', 'bidang', 'uptd', 'setda'] as const;
export type OrgUnitType = (typeof orgUnitTypes)[number];
