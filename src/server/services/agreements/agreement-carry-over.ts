// When a PK perubahan is signed (domain.md, "Revision"): the version it revises becomes
// superseded, and the realisations entered against its indicators move to the indicators of the
// new version that continue them (`previousId`), keeping their values, status, history and
// per-field revs. A quarter the new indicator already has is left where it was, never merged.
import type { Agreement } from '../../../domain/agreement';
import type { Indicator } from '../../../domain/indicator';
import type { Tx } from '../../store/connection';
import type { WriteContext } from '../sync/write-context';
import { writePkRow } from './agreement-write';

export async function supersedeParent(tx: Tx, wc: WriteContext, parent: Agreement, revisedIndicators: readonly Indicator[]): Promise<void> {
  await writePkRow(tx, wc, 'agreement', parent, { ...parent, status: 'superseded' });
  const successorOf = new Map(revisedIndicators.filter((i) => i.previousId).map((i) => [i.previousId as string, i]));
  if (successorOf.size === 0) return;
  const moving = await tx.listRealisationsForBatch([], [...successorOf.keys()]);
  const taken = await tx.listRealisationsForBatch([], [...successorOf.values()].map((i) => i.id));
  const occupied = new Set(taken.map((r) => `${r.indicatorId}|${r.quarter}`));
  for (const realisation of moving) {
    const successor = successorOf.get(realisation.indicatorId);
    if (!successor || occupied.has(`${successor.id}|${realisation.quarter}`)) continue;
    const rev = await tx.nextRev(realisation.tenantId);
    const { fieldRevs: _revs, fieldDevices: _devices, ...before } = realisation;
    const moved = { ...realisation, indicatorId: successor.id, orgUnitId: successor.orgUnitId, rev };
    await tx.updateRealisation(moved);
    const { fieldRevs: _r, fieldDevices: _d, ...after } = moved;
    await tx.appendChange({
      tenantId: moved.tenantId, rev, entity: 'realisation', recordId: moved.id, orgUnitId: moved.orgUnitId, op: 'update',
      before, after, userId: wc.actor.id, deviceId: wc.deviceId, mutationId: wc.mutationId, createdAt: wc.now,
    });
  }
}

/**
 * The indicator a realisation for `indicator` belongs on now: itself, or, when its PK was
 * superseded, the indicator of the signed version that continues it (a device offline during the
 * revision still sends entries against the old one). Null when no version continues it.
 */
export async function currentIndicator(tx: Tx, indicator: Indicator): Promise<Indicator | null> {
  let current = indicator;
  for (let hops = 0; hops < 20; hops += 1) {
    const agreement = await tx.getAgreement(current.agreementId);
    if (!agreement || agreement.status !== 'superseded') return current;
    const successors = await tx.listSuccessorIndicators(current.id);
    let next: Indicator | undefined;
    for (const candidate of successors) {
      const owner = await tx.getAgreement(candidate.agreementId);
      if (owner && !owner.deleted && owner.status !== 'draft') next = candidate;
    }
    if (!next) return null;
    current = next;
  }
  return current;
}
