// Two devices may each create the realisation of one indicator × quarter offline. There is one
// realisation per natural key, so the second create folds into the first: on the server (the
// create becomes an edit of the existing row), in the device's push acknowledgement (its row takes
// the server's id) and when the server's row arrives by pull (the device's unsent twin gives way).
// The rule, once, for all three. Pure and zod-free (the client's sync code reads it).
import type { Quarter } from './period';

export interface RealisationKey {
  indicatorId: string;
  quarter: Quarter;
}

/** The fields of a create that name its natural key; they never change afterwards. */
export const realisationKeyFields = ['indicatorId', 'quarter'] as const;

/** The natural key as one string, for maps and sets. */
export function realisationKeyOf(row: RealisationKey): string {
  return `${row.indicatorId}|${row.quarter}`;
}

/**
 * A create folded into an existing row is an edit of it: its key fields are left out. Undefined
 * when the fields name another key than the row's (a natural key never changes).
 */
export function foldedFields(fields: Record<string, unknown>, row: RealisationKey): Record<string, unknown> | undefined {
  const { indicatorId, quarter, ...edit } = fields;
  if ((indicatorId !== undefined && indicatorId !== row.indicatorId) || (quarter !== undefined && quarter !== row.quarter)) return undefined;
  return edit;
}

/**
 * Whether a device's row gives way to the server's row of the same key: the server never saw it
 * (rev 0), it is another row, and the server's row is live. Its unsent changes then live on the
 * server's row.
 */
export function givesWayTo(local: RealisationKey & { id: string; rev: number }, incoming: RealisationKey & { id: string; deleted: boolean }): boolean {
  return !incoming.deleted && local.id !== incoming.id && local.rev === 0 && realisationKeyOf(local) === realisationKeyOf(incoming);
}
