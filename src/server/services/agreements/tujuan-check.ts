// The RPJMD tujuan a sasaran daerah serves (domain/rpjmd-plan.ts): only a sasaran of the pemda's
// PK names one, and it must be a tujuan of the tenant's plan whose period holds the PK's year. The
// PK editor offers only those; a refusal here means the plan changed meanwhile.
import type { Agreement } from '../../../domain/agreement';
import { planOfYear, tujuanById } from '../../../domain/rpjmd-plan';
import type { Tx } from '../../store/connection';
import { Rejection } from '../rejection';

const refuse = (message: string) => new Rejection('invalid', { issues: [{ path: ['tujuanId'], message }] });

export async function assertTujuanAllowed(tx: Tx, agreement: Agreement, tujuanId: string | null | undefined): Promise<void> {
  if (tujuanId === undefined || tujuanId === null) return;
  if (agreement.kind !== 'pemda') throw refuse('only a sasaran daerah of the pemda\'s PK serves an RPJMD tujuan');
  const plan = planOfYear(await tx.listRpjmdPlans(agreement.tenantId), agreement.year);
  if (!plan || !tujuanById(plan).has(tujuanId)) throw refuse(`no such tujuan in the RPJMD of ${agreement.year}`);
}
