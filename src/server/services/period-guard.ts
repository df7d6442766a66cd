// Seam for period windows (jadwal input dibuka/dikunci): a later issue reads the tenant's windows
// here and throws Rejection('quarter_locked'). Every realisation write already passes through it.
import type { Tx } from '../store/connection';

export interface Period { tenantId: string; orgUnitId: string; year: number; quarter: number }

export async function assertQuarterOpen(_tx: Tx, _period: Period): Promise<void> {
  // All quarters are open until period windows exist.
}
