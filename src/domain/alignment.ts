// Which indicator may support which (domain.md, "Cascading and alignment"): an OPD's or a camat's
// PK supports the pemda's sasaran and IKU; inside a unit, the administrator's PK supports the
// JPT's and the pengawas's the administrator's. One parent at most, the same tenant and year,
// never a cycle. The server decides with these rules; the device uses them to offer only the
// parents it would accept.
import type { AgreementKind } from './agreement';

/** An indicator or sasaran in the cascade: where it stands and whom it supports. */
export interface AlignmentNode {
  id: string;
  tenantId: string;
  orgUnitId: string;
  year: number;
  /** The PK it belongs to: `pemda` for the pemda's own sasaran and IKU. */
  agreementKind: AgreementKind;
  supportsId: string | null;
}

export type AlignmentProblem =
  | 'not_found'
  | 'other_tenant'
  | 'other_year'
  | 'wrong_level'
  | 'other_unit'
  | 'self'
  | 'cycle';

/** The PK kinds whose indicators an indicator of `kind` may support. */
export function parentKindsOf(kind: AgreementKind): readonly AgreementKind[] {
  switch (kind) {
    case 'pemda':
      return [];
    case 'jpt':
    case 'camat':
      return ['pemda'];
    case 'administrator':
      return ['jpt'];
    case 'pengawas':
      return ['administrator'];
  }
}

/** The pemda's own sasaran and IKU are the top of the tree: they need no parent. */
export const needsParent = (node: Pick<AlignmentNode, 'agreementKind'>): boolean => node.agreementKind !== 'pemda';

/**
 * Why `child` may not support `parentId`, or null when it may. `lookup` finds a node by id among
 * everything the caller knows (the server: the tenant's; a device: what it holds). An
 * administrator's or pengawas's PK may sit in a bidang or UPTD under the OPD: `unitAbove` says
 * whether `ancestorId` is above `unitId` in the org unit tree (none known: the same unit only).
 */
export function checkSupport(
  child: AlignmentNode,
  parentId: string,
  lookup: (id: string) => AlignmentNode | undefined,
  unitAbove: (unitId: string, ancestorId: string) => boolean = () => false,
): AlignmentProblem | null {
  if (parentId === child.id) return 'self';
  const parent = lookup(parentId);
  if (!parent) return 'not_found';
  if (parent.tenantId !== child.tenantId) return 'other_tenant';
  if (parent.year !== child.year) return 'other_year';
  if (!parentKindsOf(child.agreementKind).includes(parent.agreementKind)) return 'wrong_level';
  // Inside a unit the chain stays in the unit; the pemda's sasaran belong to everyone.
  if (parent.agreementKind !== 'pemda' && parent.orgUnitId !== child.orgUnitId && !unitAbove(child.orgUnitId, parent.orgUnitId)) {
    return 'other_unit';
  }
  // Walking up from the parent must never meet the child (bounded: a cycle stored earlier ends it).
  const seen = new Set<string>([child.id]);
  for (let node: AlignmentNode | undefined = parent; node; node = node.supportsId === null ? undefined : lookup(node.supportsId)) {
    if (seen.has(node.id)) return 'cycle';
    seen.add(node.id);
  }
  return null;
}

/** Share of the nodes that need a parent and have one, in percent; null when none needs one. */
export function alignmentShare(nodes: readonly Pick<AlignmentNode, 'agreementKind' | 'supportsId'>[]): number | null {
  const needing = nodes.filter(needsParent);
  if (needing.length === 0) return null;
  return (needing.filter((n) => n.supportsId !== null).length / needing.length) * 100;
}
