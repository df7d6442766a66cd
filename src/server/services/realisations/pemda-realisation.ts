// Whether a realisation measures an IKU of the pemda's own PK. Such entries are the pemda's figure,
// entered by who keeps the plan (domain/permissions.ts canEditRealisation) and logged tenant-wide
// like the pemda's PK itself (agreements/agreement-write.ts), so every device's pohon kinerja shows
// the IKU's own achievement beside its roll-up.
import type { Tx } from '../../store/connection';

export async function isPemdaRealisation(tx: Tx, row: { indicatorId: string }): Promise<boolean> {
  const indicator = await tx.getIndicator(row.indicatorId);
  if (!indicator) return false;
  return (await tx.getAgreement(indicator.agreementId))?.kind === 'pemda';
}
