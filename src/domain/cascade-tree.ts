// The pohon kinerja as a tree (domain.md, "Cascading and alignment"): the RPJMD's visi, misi and
// tujuan (rpjmd-plan.ts) when the pemda has entered its plan, the pemda's sasaran daerah under the
// tujuan each serves (a sasaran serving none stands beside the visi), their IKU, and under each IKU
// the units' indicators that support it (and under those the administrator's and pengawas's), each
// with its own year-to-date achievement and early warning, and the roll-up of cascade.ts: visi,
// misi and tujuan are never measured directly, so they show their children's roll-up only. Unit indicators that support nothing are returned apart
// ("belum selaras"), never hung under a guess. Links made to an indicator of an earlier PK version
// follow the version that continues it (`previousId`), so a PK perubahan does not orphan them.
// An IKU of the pemda's PK whose name and satuan match an IKU of the plan carries the plan's
// end-of-period target (`planEndTarget`), beside its own figures.
import { yearToDateAchievement, type AchievementIndicator, type QuarterValues } from './achievement';
import type { AgreementKind } from './agreement';
import { needsParent } from './alignment';
import { rollUpCascade, type CascadeNodeStatus, type RollUpRule } from './cascade';
import { isAtRisk, projectYearEnd } from './early-warning';
import type { Quarter } from './period';
import type { PlanSasaran } from './rpjmd-plan-sasaran';
import { planIkuNamed } from './rpjmd-plan-targets';
import type { TenantSettings } from './tenant';

export interface CascadeIndicator extends AchievementIndicator {
  id: string;
  name: string;
  unit: string;
  supportsId: string | null;
  previousId: string | null;
  /** A scale indicator's predikat, to write its target as a word. */
  scaleLevels: ReadonlyArray<{ label: string; score: number }>;
}

export interface CascadeIndicatorEntry {
  indicator: CascadeIndicator;
  orgUnitId: string;
  agreementKind: AgreementKind;
  values: QuarterValues;
}

/** The RPJMD plan of the year, as far as the tree needs it. */
export interface CascadePlan {
  visi: string;
  misi: ReadonlyArray<{ id: string; text: string; tujuan: ReadonlyArray<{ id: string; text: string }> }>;
  /** The plan's sasaran daerah and IKU, for their end-of-period targets; none in a row of an older build. */
  sasaran?: readonly PlanSasaran[];
}

export interface CascadeTreeInput {
  /** The pemda's RPJMD plan holding the year, if it has one. */
  plan?: CascadePlan | null;
  /** The pemda PK's sasaran daerah, in order, each with the tujuan it serves. */
  sasaran: ReadonlyArray<{ id: string; name: string; tujuanId?: string | null }>;
  /** The pemda PK's IKU, each under its sasaran. */
  ikus: ReadonlyArray<CascadeIndicatorEntry & { goalId: string }>;
  /** The indicators of every unit's PK in force (JPT, camat, administrator, pengawas). */
  unitIndicators: readonly CascadeIndicatorEntry[];
  /** Indicators of earlier versions by id, to follow a link through a PK perubahan. */
  earlier?: ReadonlyMap<string, { previousId: string | null }>;
}

export type CascadeNodeKind = 'visi' | 'misi' | 'tujuan' | 'sasaran' | 'iku' | 'indicator';

/** The levels of the RPJMD above the sasaran daerah. */
export const planKinds: ReadonlySet<CascadeNodeKind> = new Set(['visi', 'misi', 'tujuan']);

export interface CascadeTreeNode {
  id: string;
  kind: CascadeNodeKind;
  name: string;
  /** A misi's or tujuan's number in the plan ("2", "2.1"); null for every other node. */
  number: string | null;
  /** The unit whose indicator it is (null for the pemda's sasaran and IKU). */
  orgUnitId: string | null;
  entry: CascadeIndicatorEntry | null;
  /** An IKU's end-of-period target in the RPJMD plan (the plan's IKU of the same name and satuan); null or absent otherwise. */
  planEndTarget?: number | null;
  status: CascadeNodeStatus;
  children: CascadeTreeNode[];
}

export interface CascadeTree {
  roots: CascadeTreeNode[];
  /** Unit indicators that need a parent and have none (or one this device does not hold). */
  unaligned: CascadeIndicatorEntry[];
}

export type CascadeSettings = Pick<TenantSettings, 'lowerIsBetterFormula' | 'achievementCap' | 'categoryBands' | 'warningBelowCategory'> & {
  rollUpRule: RollUpRule;
};

const upToValues = (values: QuarterValues, upTo: Quarter): QuarterValues =>
  [values[0], upTo >= 2 ? values[1] : null, upTo >= 3 ? values[2] : null, upTo >= 4 ? values[3] : null];

function ownFigures(entry: CascadeIndicatorEntry, upTo: Quarter, settings: CascadeSettings): { own: number | null; ownWarning: boolean } {
  const achievement = yearToDateAchievement(entry.indicator, entry.values, upTo, settings.lowerIsBetterFormula);
  const projection = projectYearEnd(entry.indicator, upToValues(entry.values, upTo), settings.lowerIsBetterFormula);
  return {
    own: achievement.computable ? achievement.percent : null,
    ownWarning: projection !== null && isAtRisk(projection, settings.categoryBands, settings.warningBelowCategory),
  };
}

const visiId = 'visi';
const misiId = (id: string) => `misi:${id}`;
const tujuanId = (id: string) => `tujuan:${id}`;
const sasaranId = (id: string) => `sasaran:${id}`;

export function buildCascadeTree(input: CascadeTreeInput, upTo: Quarter, settings: CascadeSettings): CascadeTree {
  const current = new Map<string, CascadeIndicatorEntry>();
  for (const entry of [...input.ikus, ...input.unitIndicators]) current.set(entry.indicator.id, entry);
  // An indicator of an earlier version → the one in force that continues it.
  const successor = new Map<string, string>();
  for (const entry of current.values()) if (entry.indicator.previousId) successor.set(entry.indicator.previousId, entry.indicator.id);
  const resolve = (id: string | null): string | null => {
    for (let at = id, hops = 0; at !== null && hops < 20; hops += 1) {
      if (current.has(at)) return at;
      at = successor.get(at) ?? null;
    }
    return null;
  };

  const parentOf = new Map<string, string | null>();
  const meta = new Map<string, Omit<CascadeTreeNode, 'status' | 'children'>>();
  const place = (id: string, parent: string | null, kind: CascadeNodeKind, name: string, extra: Partial<Pick<CascadeTreeNode, 'number' | 'orgUnitId' | 'entry' | 'planEndTarget'>> = {}) => {
    parentOf.set(id, parent);
    meta.set(id, { id, kind, name, number: null, orgUnitId: null, entry: null, ...extra });
  };
  const tujuanIds = new Set<string>();
  if (input.plan) {
    place(visiId, null, 'visi', input.plan.visi);
    input.plan.misi.forEach((misi, mi) => {
      place(misiId(misi.id), visiId, 'misi', misi.text, { number: String(mi + 1) });
      misi.tujuan.forEach((tujuan, ti) => {
        tujuanIds.add(tujuan.id);
        place(tujuanId(tujuan.id), misiId(misi.id), 'tujuan', tujuan.text, { number: `${mi + 1}.${ti + 1}` });
      });
    });
  }
  for (const s of input.sasaran) {
    const serves = s.tujuanId && tujuanIds.has(s.tujuanId) ? tujuanId(s.tujuanId) : null;
    place(sasaranId(s.id), serves, 'sasaran', s.name);
  }
  for (const iku of input.ikus) {
    const planned = input.plan ? planIkuNamed(input.plan, iku.indicator.name, iku.indicator.unit)?.endTarget ?? null : null;
    place(iku.indicator.id, sasaranId(iku.goalId), 'iku', iku.indicator.name, { entry: iku, ...(planned === null ? {} : { planEndTarget: planned }) });
  }
  const unaligned: CascadeIndicatorEntry[] = [];
  const linked: CascadeIndicatorEntry[] = [];
  for (const entry of input.unitIndicators) {
    const parent = resolve(entry.indicator.supportsId);
    if (parent === null || parent === entry.indicator.id) {
      if (needsParent(entry)) unaligned.push(entry);
      continue;
    }
    linked.push(entry);
    parentOf.set(entry.indicator.id, parent);
    meta.set(entry.indicator.id, { id: entry.indicator.id, kind: 'indicator', name: entry.indicator.name, number: null, orgUnitId: entry.orgUnitId, entry });
  }
  // A chain that never reaches a sasaran (its top unlinked) hangs nowhere: its top is unaligned.
  // The plan's own levels and the sasaran are always in the tree, with or without children.
  const topKinds: ReadonlySet<CascadeNodeKind> = new Set([...planKinds, 'sasaran']);
  const reachesTop = (id: string): boolean => {
    const seen = new Set<string>();
    for (let at: string | null | undefined = id; at !== null && at !== undefined; at = parentOf.get(at)) {
      if (seen.has(at)) return false;
      seen.add(at);
      const kind = meta.get(at)?.kind;
      if (kind && topKinds.has(kind)) return true;
    }
    return false;
  };
  const inTree = [...meta.keys()].filter(reachesTop);
  const nodes = inTree.map((id) => {
    const entry = meta.get(id)?.entry ?? null;
    const own = entry ? ownFigures(entry, upTo, settings) : { own: null, ownWarning: false };
    return { id, parentId: parentOf.get(id) ?? null, ...own };
  });
  const statuses = rollUpCascade(nodes, { rule: settings.rollUpRule, cap: settings.achievementCap });

  const built = new Map<string, CascadeTreeNode>();
  for (const id of inTree) {
    const base = meta.get(id);
    const status = statuses.get(id);
    if (base && status) built.set(id, { ...base, status, children: [] });
  }
  const roots: CascadeTreeNode[] = [];
  for (const id of inTree) {
    const node = built.get(id);
    if (!node) continue;
    const parent = parentOf.get(id);
    const parentNode = parent ? built.get(parent) : undefined;
    if (parentNode) parentNode.children.push(node);
    else roots.push(node);
  }
  for (const entry of linked) if (!built.has(entry.indicator.id)) unaligned.push(entry);
  return { roots, unaligned };
}

/** Every node of the tree, parents before children. */
export function flattenCascade(roots: readonly CascadeTreeNode[]): CascadeTreeNode[] {
  const out: CascadeTreeNode[] = [];
  const stack = [...roots].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    out.push(node);
    for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i] as CascadeTreeNode);
  }
  return out;
}
