// Jadwal input: every realisation, evidence and conflict write passes through here. A quarter the
// admin locked, or whose deadline has passed, refuses the mutation with quarter_locked; the device
// keeps the refused value and shows the reason (design.md, invariant 4).
import { isQuarterLocked, lockedSince, windowForUnit } from '../../../domain/period-lock';
import type { Tx } from '../../store/connection';
import { Rejection } from '../rejection';

export interface Period { tenantId: string; orgUnitId: string; year: number; quarter: number }

export async function assertQuarterOpen(tx: Tx, period: Period, now: Date): Promise<void> {
  const stored = await tx.getPeriodWindow(period.tenantId, period.year, period.quarter);
  // As it holds for the writing unit: an extension the admin gave it keeps the quarter open.
  const window = stored ? windowForUnit(stored, period.orgUnitId) : null;
  if (!window || !isQuarterLocked(window, now)) return;
  throw new Rejection('quarter_locked', { year: period.year, quarter: period.quarter, lockedSince: lockedSince(window, now) });
}
