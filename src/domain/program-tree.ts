// The budget table reads as a tree: each program, then its kegiatan, then their sub-kegiatan.
import type { Program } from './agreement';
import { compareIndonesian } from './text-order';

export interface ProgramLine {
  program: Program;
  depth: number;
}

const bySiblingOrder = (a: Program, b: Program): number => a.order - b.order || compareIndonesian(a.code, b.code);

/**
 * Flattens budget lines depth-first, parents before their children. A line whose parent is not
 * among the lines (deleted, or not synced yet) is shown at the top level rather than hidden.
 */
export function orderProgramTree(programs: readonly Program[]): ProgramLine[] {
  const ids = new Set(programs.map((p) => p.id));
  const children = new Map<string | null, Program[]>();
  for (const p of programs) {
    const parent = p.parentId !== null && ids.has(p.parentId) ? p.parentId : null;
    const siblings = children.get(parent) ?? [];
    siblings.push(p);
    children.set(parent, siblings);
  }
  const lines: ProgramLine[] = [];
  const visit = (parent: string | null, depth: number): void => {
    for (const program of (children.get(parent) ?? []).sort(bySiblingOrder)) {
      lines.push({ program, depth });
      visit(program.id, depth + 1);
    }
  };
  visit(null, 0);
  return lines;
}

/** Kegiatan and sub-kegiatan break a program's budget down, so only top-level lines add up. */
export function programBudgetTotal(programs: readonly Program[]): number {
  return orderProgramTree(programs)
    .filter((line) => line.depth === 0)
    .reduce((sum, line) => sum + line.program.budget, 0);
}

/**
 * The unit's absorption up to a quarter: the latest cumulative realisation of each top-level line
 * (quarters up to `upTo`) over the total pagu. null when there is no pagu or nothing is filled,
 * never a made-up 0.
 */
export function unitAbsorption(
  programs: readonly Program[],
  realisedOf: (programId: string) => ReadonlyArray<{ quarter: number; budgetRealised: number | null }>,
  upTo: number,
): number | null {
  const top = orderProgramTree(programs).filter((line) => line.depth === 0).map((line) => line.program);
  const budget = top.reduce((sum, p) => sum + p.budget, 0);
  let realised = 0;
  let filled = false;
  for (const program of top) {
    const latest = realisedOf(program.id)
      .filter((r) => r.quarter <= upTo && r.budgetRealised !== null)
      .sort((a, b) => b.quarter - a.quarter)[0];
    if (latest?.budgetRealised == null) continue;
    realised += latest.budgetRealised;
    filled = true;
  }
  return budget === 0 || !filled ? null : (realised / budget) * 100;
}
