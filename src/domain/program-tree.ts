// The budget table reads as a tree: each program, then its kegiatan, then their sub-kegiatan.
import type { Program } from './agreement';

export interface ProgramLine {
  program: Program;
  depth: number;
}

const bySiblingOrder = (a: Program, b: Program): number => a.order - b.order || a.code.localeCompare(b.code, 'id');

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
