// The org units above one (a bidang's OPD, up to the root), read from the store: a PK filed in a
// bidang may support the OPD's (domain/alignment.ts), and the bidang's devices read the OPD's PK
// to choose it (domain/permissions.ts canReadHigherPk).
import type { OrgUnit } from '../../../domain/org-unit';

/** Deeper than any real unit tree; a stored cycle ends the walk. */
const maxDepth = 12;

export async function unitsAbove(store: { getOrgUnit(id: string): Promise<OrgUnit | null> }, orgUnitId: string): Promise<Set<string>> {
  const above = new Set<string>();
  let unit = await store.getOrgUnit(orgUnitId);
  while (unit && unit.parentId !== null && !above.has(unit.parentId) && above.size < maxDepth) {
    above.add(unit.parentId);
    unit = await store.getOrgUnit(unit.parentId);
  }
  return above;
}
