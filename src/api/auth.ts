import { z } from 'zod';
import { userSchema } from '../domain/user';
import { tenantSchema } from '../domain/tenant';
import { orgUnitSchema } from '../domain/org-unit';

export const loginRequestSchema = z
  .object({
    username: z.string().trim().min(1).max(80),
    password: z.string().min(1).max(200),
  })
  .strict();
export type LoginRequest = z.infer<typeof loginRequestSchema>;

/** Who is logged in and where they belong: the first thing a device stores. */
export const sessionInfoSchema = z.object({
  user: userSchema,
  tenant: tenantSchema,
  orgUnit: orgUnitSchema,
  sessionExpiresAt: z.iso.datetime({ offset: true }),
  serverTime: z.iso.datetime({ offset: true }),
  /** Set after an admin created or reset the account: the app shows only the password change. */
  mustChangePassword: z.boolean().optional(),
});
export type SessionInfo = z.infer<typeof sessionInfoSchema>;
