// Jadwal input (period window): whether a quarter of a year may still be entered. One row per
// tenant × year × quarter, set by the admin; no row means the quarter is open (domain.md, "Roles
// and workflow"). A synced, tenant-wide entity, so devices know a lock before they try to send.
import { z } from 'zod';
import { quarterSchema } from './period-schema';
import { yearSchema } from './agreement';
import { idSchema, syncMetaShape } from './sync-record';

export const periodWindowSchema = z.object({
  ...syncMetaShape,
  year: yearSchema,
  quarter: quarterSchema,
  /** Locked now by the admin, whatever lockAt says. */
  locked: z.boolean(),
  /** The quarter locks by itself at this instant (e.g. "TW I dibuka s.d. 15 April"); null: no deadline. */
  lockAt: z.iso.datetime({ offset: true }).nullable(),
  /**
   * Deadline extensions for single units (a unit that asked for more time): that unit's quarter is
   * open until `until`, whatever the tenant-wide lock says (period-lock.ts windowForUnit). Synced
   * with the row, so the unit's devices know it offline. Absent in rows from before extensions.
   */
  extensions: z.array(z.object({ orgUnitId: idSchema, until: z.iso.datetime({ offset: true }) })).max(1000).optional(),
});
export type PeriodWindow = z.infer<typeof periodWindowSchema>;
