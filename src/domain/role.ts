import { z } from 'zod';

/** Roles of domain.md ("Roles and workflow"). */
export const roles = ['operator', 'head', 'evaluator', 'leader', 'admin'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/** Roles whose scope is the whole tenant rather than their own org unit. */
export const tenantWideRoles: readonly Role[] = ['evaluator', 'leader', 'admin'];
