// The checks at entry a pemda refuses (domain/data-checks.ts, severity `refuse`), judged again by
// the server: a device that skipped them (an old version, a hand-made request) gets the refusal the
// form would have given. Warnings (note, ask) stay the device's: the user saw and confirmed them.
import { dataChecksOf, refusesAny } from '../../../domain/data-checks';
import type { Indicator } from '../../../domain/indicator';
import { checkOf, checkPlausibility, refusesSaving, type Explanation } from '../../../domain/plausibility';
import { isQuarter, quarters } from '../../../domain/period';
import type { Tx } from '../../store/connection';
import { Rejection } from '../rejection';

/** The entry as it would be after the write. */
export interface CheckedEntry extends Explanation { tenantId: string; quarter: number; value: number | null }

export async function assertDataChecks(tx: Tx, indicator: Indicator, entry: CheckedEntry): Promise<void> {
  if (entry.value === null || !isQuarter(entry.quarter)) return;
  // One read per push batch (push-batch.ts remembers it); nothing more unless a check is refused.
  const tenant = await tx.getTenant(entry.tenantId);
  if (!tenant || !refusesAny(dataChecksOf(tenant.settings))) return;
  const values = await Promise.all(quarters.map(async (q) => (q === entry.quarter ? entry.value : ((await tx.findRealisationByKey(indicator.id, q))?.value ?? null))));
  const refused = checkPlausibility(indicator, [values[0] ?? null, values[1] ?? null, values[2] ?? null, values[3] ?? null], entry.quarter, tenant.settings, entry)
    .filter((warning) => refusesSaving(warning, tenant.settings));
  if (refused.length > 0) throw new Rejection('data_check_refused', { field: 'value', checks: [...new Set(refused.map(checkOf))] });
}
