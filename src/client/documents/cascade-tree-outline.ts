// The pohon kinerja as the printed figure lists it (cascade-tree-pdf.ts draws it): every node in the
// screen's order with its depth, the screen's words for its own achievement and for the roll-up of
// its supporters (each labelled, never one passed off as the other), its predikat and why it is at
// risk in words that survive a black-and-white printer, and which connector rails run on below it.
import { figureOf, type RollUpRule } from '../../domain/cascade';
import { planKinds, type CascadeNodeKind, type CascadeTreeNode } from '../../domain/cascade-tree';
import { categoryOf } from '../../domain/category';
import { quarterRoman, type Quarter } from '../../domain/period';
import type { CategoryBand, TenantSettings } from '../../domain/tenant';
import type { DocumentImage } from './assets';
import { noSupporterText, riskText, rollUpNote } from './cascade-words';
import { empty, formatPercentId } from './format';

export interface CascadeTreePrintInput {
  tenantName: string;
  year: number;
  upTo: Quarter;
  /** The tree as the screen shows it, its filters applied (every branch printed open). */
  roots: readonly CascadeTreeNode[];
  unitNames: ReadonlyMap<string, string>;
  bands: readonly CategoryBand[];
  rollUpRule: RollUpRule;
  cap: TenantSettings['achievementCap'];
  /** The screen's filters by name, printed under the title; null = all. */
  filters: { sasaran: string | null; unit: string | null; atRiskOnly: boolean };
  /** ISO date printed under the figure; null = none. */
  date: string | null;
  logo?: DocumentImage | null;
}

export interface CascadeTreeLine {
  depth: number;
  kind: CascadeNodeKind;
  /** "VISI", "MISI 2", "TUJUAN 2.1", "SASARAN DAERAH", "IKU", or the unit whose indicator it is. */
  label: string;
  name: string;
  /** "Capaian sendiri: 30%", "Capaian pendukung: 65% (2 dari 2 berdata)", "Predikat: Rendah". */
  figures: string[];
  risk: string | null;
  atRisk: boolean;
  /**
   * For levels 1…depth: whether the connector at that level goes on below this node, i.e. a later
   * sibling of its ancestor at that level (of itself, at its own level) is still to come.
   */
  rails: boolean[];
}

export const cascadeTreeTitle = (input: Pick<CascadeTreePrintInput, 'year' | 'upTo'>): string =>
  `POHON KINERJA TAHUN ${input.year} (CAPAIAN S.D. TRIWULAN ${quarterRoman[input.upTo]})`;

const kindLabel: Record<Exclude<CascadeNodeKind, 'indicator'>, string> = { visi: 'VISI', misi: 'MISI', tujuan: 'TUJUAN', sasaran: 'SASARAN DAERAH', iku: 'IKU' };
const labelOf = (node: CascadeTreeNode, unitNames: ReadonlyMap<string, string>): string => {
  if (node.kind === 'indicator') return unitNames.get(node.orgUnitId ?? '') ?? '';
  return node.number === null ? kindLabel[node.kind] : `${kindLabel[node.kind]} ${node.number}`;
};

function figures(node: CascadeTreeNode, bands: readonly CategoryBand[]): string[] {
  const { own, rollUp, children, childrenWithFigure } = node.status;
  const out: string[] = [];
  // The plan's levels and the sasaran are never measured directly (cascade-tree.ts).
  if (node.kind !== 'sasaran' && !planKinds.has(node.kind)) out.push(`Capaian sendiri: ${own === null ? `${empty} (belum diukur langsung)` : formatPercentId(own)}`);
  if (children > 0) out.push(`Capaian pendukung: ${rollUp === null ? empty : formatPercentId(rollUp)} (${childrenWithFigure} dari ${children} berdata)`);
  else if (node.kind !== 'indicator') out.push(noSupporterText);
  const figure = figureOf(node.status);
  if (figure !== null && bands.length > 0) out.push(`Predikat: ${categoryOf(figure, bands).label}`);
  return out;
}

/** The tree's nodes, parents before children, as the figure prints them. */
export function cascadeTreeLines(input: Pick<CascadeTreePrintInput, 'roots' | 'unitNames' | 'bands'>): CascadeTreeLine[] {
  const lines: CascadeTreeLine[] = [];
  const walk = (nodes: readonly CascadeTreeNode[], depth: number, rails: boolean[]) => {
    nodes.forEach((node, i) => {
      const own = depth === 0 ? rails : [...rails, i < nodes.length - 1];
      lines.push({
        depth,
        kind: node.kind,
        label: labelOf(node, input.unitNames),
        name: node.name,
        figures: figures(node, input.bands),
        risk: riskText(node.status),
        atRisk: node.status.atRisk,
        rails: own,
      });
      walk(node.children, depth + 1, own);
    });
  };
  walk(input.roots, 0, []);
  return lines;
}

/** What the print shows: the screen's filters and the meaning of the two figures. */
export function cascadeTreeNotes(input: Pick<CascadeTreePrintInput, 'filters' | 'rollUpRule' | 'cap' | 'upTo'>): { filters: string | null; legend: string } {
  const { sasaran, unit, atRiskOnly } = input.filters;
  const chosen = [
    sasaran === null ? null : `sasaran daerah "${sasaran}"`,
    unit === null ? null : `unit kerja ${unit}`,
    atRiskOnly ? 'hanya yang berisiko' : null,
  ].filter((f): f is string => f !== null);
  return {
    filters: chosen.length === 0 ? null : `Saringan: ${chosen.join('; ')}.`,
    legend: `Capaian sendiri: capaian indikator itu sendiri s.d. triwulan ${quarterRoman[input.upTo]}, bila diukur langsung. `
      + `Capaian pendukung: ${rollUpNote(input.rollUpRule, input.cap)}. `
      + 'Berisiko: proyeksi akhir tahun di bawah ambang peringatan, atau setidaknya separuh pendukungnya berisiko.',
  };
}
