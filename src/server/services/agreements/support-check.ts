// The link an indicator makes to the one it supports (cascading, domain/alignment.ts): read the
// parent's chain from the store, then let the domain rule decide. A refusal names the rule broken
// (`support_invalid`, details.problem), and what the device had saved stays on the device.
import { checkSupport, type AlignmentNode } from '../../../domain/alignment';
import type { Agreement } from '../../../domain/agreement';
import type { Indicator } from '../../../domain/indicator';
import type { Tx } from '../../store/connection';
import { Rejection } from '../rejection';
import { unitsAbove } from './units-above';

/** Deeper than any real cascade (pemda → JPT → administrator → pengawas); a stored cycle ends it. */
const maxChain = 12;

async function nodeOf(tx: Tx, indicator: Indicator): Promise<AlignmentNode | null> {
  if (indicator.deleted) return null;
  const agreement = await tx.getAgreement(indicator.agreementId);
  if (!agreement || agreement.deleted) return null;
  return {
    id: indicator.id, tenantId: indicator.tenantId, orgUnitId: agreement.orgUnitId, year: agreement.year,
    agreementKind: agreement.kind, supportsId: indicator.supportsId ?? null,
  };
}

/** Refuses `supportsId` for the indicator `id` of `agreement` unless the cascade admits it. */
export async function assertSupportAllowed(tx: Tx, agreement: Agreement, id: string, supportsId: string | null | undefined): Promise<void> {
  if (supportsId === undefined || supportsId === null) return;
  const child: AlignmentNode = {
    id, tenantId: agreement.tenantId, orgUnitId: agreement.orgUnitId, year: agreement.year, agreementKind: agreement.kind, supportsId,
  };
  const known = new Map<string, AlignmentNode>([[id, child]]);
  // The parent and everything above it, so the rule can walk the chain for a cycle.
  for (let at: string | null = supportsId, hops = 0; at !== null && !known.has(at) && hops < maxChain; hops += 1) {
    const indicator = await tx.getIndicator(at);
    const node = indicator ? await nodeOf(tx, indicator) : null;
    if (!node) break;
    known.set(node.id, node);
    at = node.supportsId;
  }
  const above = await unitsAbove(tx, agreement.orgUnitId);
  const problem = checkSupport(child, supportsId, (nodeId) => known.get(nodeId), (_unit, ancestor) => above.has(ancestor));
  // Another tenant's indicator is not admitted to exist.
  if (problem !== null) throw new Rejection('support_invalid', { field: 'supportsId', problem: problem === 'other_tenant' ? 'not_found' : problem });
}
