import { z } from 'zod';
import { plainText } from './plain-text-schema';
import { syncMetaShape, idSchema } from './sync-record';
import { orgUnitTypes } from './org-unit-type';

export type { OrgUnitType } from './org-unit-type';

export const orgUnitTypeSchema = z.enum(orgUnitTypes);

export const orgUnitSchema = z.object({
  ...syncMetaShape,
  parentId: idSchema.nullable(),
  code: plainText().min(1).max(40),
  name: plainText().min(1).max(200),
  type: orgUnitTypeSchema,
  active: z.boolean(),
});
export type OrgUnit = z.infer<typeof orgUnitSchema>;
