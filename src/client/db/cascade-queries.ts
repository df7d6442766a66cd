// The pohon kinerja from the device's own data (domain/cascade-tree.ts): the RPJMD plan holding the
// year (visi, misi, tujuan; tenant-wide, pulled by every device), the pemda's PK in force
// for the year (every device of the tenant pulls it), each unit's PK in force, and the realisations
// the device holds. Offline like every other screen; a unit-scoped user sees their own unit's
// indicators under the pemda's IKU, a tenant-wide role every unit's.
import { pemdaChain, pkInForce } from '../../domain/agreement-in-force';
import type { Agreement } from '../../domain/agreement';
import { buildCascadeTree, type CascadeIndicatorEntry, type CascadeSettings, type CascadeTree } from '../../domain/cascade-tree';
import type { Indicator } from '../../domain/indicator';
import type { OrgUnit } from '../../domain/org-unit';
import type { Quarter } from '../../domain/period';
import { valuesOnBasis } from '../../domain/verified-values';
import type { PantauDatabase } from './database';
import { getAgreementView, listOrgUnits, viewOf, type AgreementView } from './queries';
import { alignmentShare, parentKindsOf } from '../../domain/alignment';
import type { RpjmdPlan } from '../../domain/rpjmd-plan';
import { getPlanOfYear } from './plan-queries';

export interface CascadeView extends CascadeTree {
  /** The RPJMD plan holding the year, null when the pemda has entered none. */
  plan: RpjmdPlan | null;
  /** The pemda's PK in force, null when the device holds none for the year. */
  pemdaPk: Agreement | null;
  units: OrgUnit[];
  /** Each unit's PK in force with its indicators (for the alignment figures). */
  unitViews: AgreementView[];
}

/** A unit's indicators that support an IKU or higher indicator, of those that should. */
export interface UnitAlignment { unit: OrgUnit; total: number; aligned: number; share: number | null }

/** Each unit's alignment in the view (units without indicators left out), as the tree counts "belum selaras". */
export function alignmentOfUnits(view: Pick<CascadeView, 'units' | 'unitViews' | 'unaligned'>, units: readonly OrgUnit[] = view.units): UnitAlignment[] {
  const unaligned = new Set(view.unaligned.map((e) => e.indicator.id));
  return units.map((unit) => {
    const own = view.unitViews.filter((v) => v.agreement.orgUnitId === unit.id)
      .flatMap((v) => v.goals.flatMap((g) => g.indicators.map((i) => ({ agreementKind: v.agreement.kind, supportsId: unaligned.has(i.indicator.id) ? null : 'linked' }))));
    const aligned = own.filter((i) => i.supportsId !== null).length;
    return { unit, total: own.length, aligned, share: alignmentShare(own) };
  }).filter((row) => row.total > 0);
}

const entriesOf = (view: AgreementView, verifiedOnly: boolean): Array<CascadeIndicatorEntry & { goalId: string }> =>
  view.goals.flatMap((g) => g.indicators.map((v) => ({
    indicator: v.indicator, orgUnitId: view.agreement.orgUnitId, agreementKind: view.agreement.kind, goalId: g.goal.id,
    values: valuesOnBasis(v.realisations, verifiedOnly),
  })));

/** The pemda's PK in force for a year, as the device holds it. */
export async function getPemdaAgreementView(db: PantauDatabase, year: number): Promise<AgreementView | null> {
  const rows = await db.agreements.filter((a) => a.year === year && !a.deleted).toArray();
  const agreement = pkInForce(pemdaChain(rows));
  return agreement ? viewOf(db, agreement) : null;
}

export async function getCascadeView(
  db: PantauDatabase, year: number, upTo: Quarter, settings: CascadeSettings, options: { verifiedOnly: boolean },
): Promise<CascadeView> {
  const pemda = await getPemdaAgreementView(db, year);
  const units = await listOrgUnits(db);
  const unitViews = (await Promise.all(units.map((u) => getAgreementView(db, u.id, year)))).filter((v): v is AgreementView => v !== null);
  // The pemda's own IKU figures are Bappeda's measurement and take no review (domain/realisation-
  // workflow.ts): "verified figures only" keeps them, or they could never count.
  const ikus = pemda ? entriesOf(pemda, false) : [];
  const unitIndicators = unitViews.flatMap((v) => entriesOf(v, options.verifiedOnly));
  const plan = await getPlanOfYear(db, year);
  const tree = buildCascadeTree({
    plan,
    sasaran: pemda ? pemda.goals.map((g) => ({ id: g.goal.id, name: g.goal.name, tujuanId: g.goal.tujuanId ?? null })) : [],
    ikus,
    unitIndicators,
  }, upTo, settings);
  return { ...tree, plan, pemdaPk: pemda?.agreement ?? null, units, unitViews };
}

/**
 * The indicators an indicator of `agreement` may support, as this device holds them: the pemda's
 * IKU of the year for a JPT's or a camat's PK; the higher PK's indicators in the same unit or a unit
 * above it for an administrator's or a pengawas's. The server checks the choice again.
 */
export async function listSupportCandidates(db: PantauDatabase, agreement: Agreement): Promise<Array<{ goal: string; indicator: Indicator; unitName: string }>> {
  const kinds = parentKindsOf(agreement.kind);
  if (kinds.length === 0) return [];
  const candidates: Array<{ goal: string; indicator: Indicator; unitName: string }> = [];
  const add = (view: AgreementView | null) => {
    if (!view || !kinds.includes(view.agreement.kind)) return;
    for (const g of view.goals) for (const v of g.indicators) candidates.push({ goal: g.goal.name, indicator: v.indicator, unitName: view.orgUnit?.name ?? '' });
  };
  if (kinds.includes('pemda')) {
    add(await getPemdaAgreementView(db, agreement.year));
    return candidates;
  }
  // The unit itself and the units above it (a bidang's OPD).
  const seen = new Set<string>();
  for (let unit = await db.orgUnits.get(agreement.orgUnitId); unit && !seen.has(unit.id) && seen.size < 12; unit = unit.parentId ? await db.orgUnits.get(unit.parentId) : undefined) {
    seen.add(unit.id);
    if (unit.id !== agreement.orgUnitId) add(await getAgreementView(db, unit.id, agreement.year));
  }
  return candidates;
}
