import { z } from 'zod';
import { plainText } from './plain-text-schema';
import { idSchema } from './sync-record';
import { roleSchema } from './role-schema';

/** What a user is, as seen by both sides (never the password hash). */
export const userSchema = z.object({
  id: idSchema,
  tenantId: idSchema,
  orgUnitId: idSchema,
  username: z.string().min(3).max(80),
  name: plainText().min(1).max(200),
  role: roleSchema,
  position: plainText().max(200),
  nip: z.string().regex(/^\d{18}$/).nullable(),
  active: z.boolean(),
  /** The planner right (permissions.ts canEditPlan); absent on rows stored before it existed. */
  planner: z.boolean().default(false),
});
export type User = z.infer<typeof userSchema>;

/** The part of a user that authorization needs. */
export type Actor = Pick<User, 'id' | 'tenantId' | 'orgUnitId' | 'role'> & { planner?: boolean };
