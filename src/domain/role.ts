// roleSchema lives in role-schema.ts: this file stays zod-free for the client's first load.

/** Roles of domain.md ("Roles and workflow"). */
export const roles = ['operator', 'head', 'evaluator', 'leader', 'admin'] as const;
export type Role = (typeof roles)[number];

/** Roles whose scope is the whole tenant rather than their own org unit. */
export const tenantWideRoles: readonly Role[] = ['evaluator', 'leader', 'admin'];
