// What every mutation handler of a push shares: who writes, from which device and when
// (WriteContext), and what came of it (Applied). Its own module, so that the handlers and the
// helpers they call (change log, conflicts, PK rows) import it without importing one another.
import type { Actor } from '../../../domain/user';
import type { FieldConflict } from '../realisations/field-merge';

export interface WriteContext {
  actor: Actor; deviceId: string; mutationId: string; now: Date;
  /** The device's clock when the user saved (metadata shown with conflicts). */
  clientTime?: string;
  /** The pushing device's name (its settings, or its browser and OS), shown with conflicts. */
  deviceName?: string | null;
}
export interface Applied {
  status: 'applied' | 'merged' | 'conflict'; recordId: string; rev: number | null;
  conflicts?: Array<FieldConflict & { id: string }>;
}
