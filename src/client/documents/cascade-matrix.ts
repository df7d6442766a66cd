// The matriks cascading (domain.md, "Cascading and alignment"): each pemda sasaran daerah (with the
// RPJMD misi and tujuan it serves, where the pemda has entered its plan) and IKU
// with the unit indicators that support it, unit by unit and down the levels, with each row's target,
// year-to-date achievement and at-risk flag; then the indicators not aligned yet. Plain data in:
// the pohon kinerja as domain/cascade-tree.ts builds it.
import type { RollUpRule } from '../../domain/cascade';
import type { CascadeIndicatorEntry, CascadeTreeNode } from '../../domain/cascade-tree';
import { quarterRoman, type Quarter } from '../../domain/period';
import type { TenantSettings } from '../../domain/tenant';
import type { DocumentImage } from './assets';
import { rollUpNote } from './cascade-words';
import { formatTargetText } from './format';

export interface CascadeMatrixRow {
  /** The RPJMD misi and tujuan the row's sasaran serves, in words ("" without a plan or a link); merged like the sasaran. */
  tujuanId: string;
  tujuan: string;
  /** Which sasaran and IKU the row hangs under: rows of one are printed as one merged cell. */
  sasaranId: string;
  ikuId: string;
  sasaran: string;
  iku: string;
  ikuTarget: string;
  /** Empty on an IKU's own row when no unit supports it yet. */
  unit: string;
  indicator: string;
  /** 1 for an indicator supporting the IKU, 2 for one supporting that indicator, … */
  depth: number;
  target: string;
  /** Its own achievement s.d. the quarter (%), else the roll-up of what supports it; null when none. */
  achievement: number | null;
  atRisk: boolean;
}

export interface CascadeMatrixInput {
  tenantName: string;
  year: number;
  upTo: Quarter;
  rows: CascadeMatrixRow[];
  unaligned: Array<{ unit: string; indicator: string }>;
  /** The pemda's roll-up setting, for the note on what "capaian" is; the mean when not given. */
  rollUpRule?: RollUpRule;
  cap?: TenantSettings['achievementCap'];
  /** ISO date printed under the PDF's tables; null or absent = none. */
  date?: string | null;
  logo?: DocumentImage | null;
}

export const cascadeMatrixTitle = (input: Pick<CascadeMatrixInput, 'year' | 'upTo'>): string =>
  `MATRIKS CASCADING KINERJA TAHUN ${input.year} (CAPAIAN S.D. TRIWULAN ${quarterRoman[input.upTo]})`;

export const levelNote = '1 = mendukung IKU langsung; 2 = mendukung indikator tingkat 1 (administrator); 3 = pengawas.';

export const achievementNote = (input: Pick<CascadeMatrixInput, 'rollUpRule' | 'cap'>): string =>
  `Capaian indikator itu sendiri; bila belum diukur langsung, ${rollUpNote(input.rollUpRule ?? 'average', input.cap ?? null)}.`;

const targetOf = (node: CascadeTreeNode): string => (node.entry ? formatTargetText(node.entry.indicator, node.entry.indicator.annualTarget) : '');

/** "Misi 1. … / Tujuan 1.2. …": where a sasaran daerah sits in the RPJMD. */
export const tujuanText = (misi: CascadeTreeNode, tujuan: CascadeTreeNode): string =>
  `Misi ${misi.number ?? ''}. ${misi.name} / Tujuan ${tujuan.number ?? ''}. ${tujuan.name}`;

/** The sasaran daerah in the tree's order, each with the misi and tujuan it serves (under the visi), or none. */
function placedSasaran(roots: readonly CascadeTreeNode[]): Array<{ sasaran: CascadeTreeNode; tujuanId: string; tujuan: string }> {
  const placed: Array<{ sasaran: CascadeTreeNode; tujuanId: string; tujuan: string }> = [];
  const walk = (nodes: readonly CascadeTreeNode[], misi: CascadeTreeNode | null, tujuan: CascadeTreeNode | null) => {
    for (const node of nodes) {
      if (node.kind === 'sasaran') placed.push({ sasaran: node, tujuanId: tujuan?.id ?? '', tujuan: misi && tujuan ? tujuanText(misi, tujuan) : '' });
      else if (node.kind === 'visi') walk(node.children, null, null);
      else if (node.kind === 'misi') walk(node.children, node, null);
      else if (node.kind === 'tujuan') walk(node.children, misi, node);
    }
  };
  walk(roots, null, null);
  return placed;
}

/** The rows of the matrix, sasaran by sasaran and IKU by IKU, units in the tree's order. */
export function cascadeMatrixRows(roots: readonly CascadeTreeNode[], unitName: (orgUnitId: string) => string): CascadeMatrixRow[] {
  const rows: CascadeMatrixRow[] = [];
  // The sasaran daerah wherever they hang: under the RPJMD's tujuan, or at the top without a plan.
  for (const { sasaran, tujuanId, tujuan } of placedSasaran(roots)) {
    for (const iku of sasaran.children) {
      const base = { tujuanId, tujuan, sasaranId: sasaran.id, ikuId: iku.id, sasaran: sasaran.name, iku: iku.name, ikuTarget: targetOf(iku) };
      if (iku.children.length === 0) {
        rows.push({ ...base, unit: '', indicator: '', depth: 0, target: '', achievement: iku.status.own ?? iku.status.rollUp, atRisk: iku.status.atRisk });
        continue;
      }
      const walk = (node: CascadeTreeNode, depth: number) => {
        rows.push({
          ...base, unit: unitName(node.orgUnitId ?? ''), indicator: node.name, depth, target: targetOf(node),
          achievement: node.status.own ?? node.status.rollUp, atRisk: node.status.atRisk,
        });
        for (const child of node.children) walk(child, depth + 1);
      };
      for (const child of iku.children) walk(child, 1);
    }
  }
  return rows;
}

export const unalignedRows = (entries: readonly CascadeIndicatorEntry[], unitName: (orgUnitId: string) => string) =>
  entries.map((e) => ({ unit: unitName(e.orgUnitId), indicator: e.indicator.name }));
