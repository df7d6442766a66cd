// The pohon kinerja's figures (domain.md, "Cascading and alignment"): each node shows its own
// achievement where it is measured directly, and beside it the roll-up of its children — never one
// passed off as the other. A node is at risk when its own early warning flags it or when at least
// half of its children are at risk, so a misi is flagged by what happens in the units under it.
import type { TenantSettings } from './tenant';

type AchievementCap = TenantSettings['achievementCap'];

/** How a node's children are combined: their mean (domain.md's rule), or the weakest of them. */
export type RollUpRule = 'average' | 'lowest';
export const rollUpRules: readonly RollUpRule[] = ['average', 'lowest'];

/** The tenant's rule; the mean (domain.md's) for settings stored before it could be chosen. */
export const cascadeRollUpRule = (settings: Pick<TenantSettings, 'cascadeRollUp'>): RollUpRule => settings.cascadeRollUp ?? 'average';

export interface CascadeNodeInput {
  id: string;
  /** The node it supports; null at the top (the visi), or for a node not aligned to anything. */
  parentId: string | null;
  /** Its own year-to-date achievement (raw, uncapped) where it is measured directly; else null. */
  own: number | null;
  /** Its own early warning: projected to end the year below the tenant's threshold. */
  ownWarning: boolean;
}

export interface CascadeNodeStatus {
  id: string;
  own: number | null;
  /** From the children (each child's own figure, else its roll-up; capped as the tenant caps). */
  rollUp: number | null;
  /** Children with a figure (own or roll-up) of all children. */
  childrenWithFigure: number;
  children: number;
  childrenAtRisk: number;
  atRisk: boolean;
  /** Why it is at risk: its own warning, its children, both, or not at all. */
  riskReason: 'own' | 'children' | 'both' | null;
}

export interface RollUpSettings {
  rule: RollUpRule;
  cap: AchievementCap;
}

const capped = (value: number, cap: AchievementCap) => (cap === null ? value : Math.min(value, cap));

/** The figure a parent takes from a child: the child's own where it has one, else its roll-up. */
export const figureOf = (status: Pick<CascadeNodeStatus, 'own' | 'rollUp'>): number | null => status.own ?? status.rollUp;

function combine(values: readonly number[], rule: RollUpRule): number | null {
  if (values.length === 0) return null;
  if (rule === 'lowest') return Math.min(...values);
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/**
 * Every node's status, children before parents. A parent that is missing from `nodes` makes its
 * child a root; a cycle (which the server refuses) is cut where it closes, so this always ends.
 */
export function rollUpCascade(nodes: readonly CascadeNodeInput[], settings: RollUpSettings): Map<string, CascadeNodeStatus> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const children = new Map<string, CascadeNodeInput[]>();
  for (const node of nodes) {
    if (node.parentId === null || !byId.has(node.parentId)) continue;
    const list = children.get(node.parentId) ?? [];
    list.push(node);
    children.set(node.parentId, list);
  }
  const statuses = new Map<string, CascadeNodeStatus>();
  const visiting = new Set<string>();

  // Iterative post-order: a deep tree (visi → … → pengawas indicators) needs no deep recursion.
  const settle = (start: CascadeNodeInput) => {
    const stack: Array<{ node: CascadeNodeInput; expanded: boolean }> = [{ node: start, expanded: false }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { node: CascadeNodeInput; expanded: boolean };
      const { node } = top;
      if (statuses.has(node.id)) { stack.pop(); continue; }
      if (!top.expanded) {
        top.expanded = true;
        visiting.add(node.id);
        for (const child of children.get(node.id) ?? []) {
          if (!statuses.has(child.id) && !visiting.has(child.id)) stack.push({ node: child, expanded: false });
        }
        continue;
      }
      stack.pop();
      visiting.delete(node.id);
      const settled = (children.get(node.id) ?? []).map((c) => statuses.get(c.id)).filter((s): s is CascadeNodeStatus => s !== undefined);
      const figures = settled.map(figureOf).filter((f): f is number => f !== null);
      const childrenAtRisk = settled.filter((s) => s.atRisk).length;
      const byChildren = settled.length > 0 && childrenAtRisk * 2 >= settled.length;
      statuses.set(node.id, {
        id: node.id,
        own: node.own,
        rollUp: combine(figures.map((f) => capped(f, settings.cap)), settings.rule),
        childrenWithFigure: figures.length,
        children: settled.length,
        childrenAtRisk,
        atRisk: node.ownWarning || byChildren,
        riskReason: node.ownWarning && byChildren ? 'both' : node.ownWarning ? 'own' : byChildren ? 'children' : null,
      });
    }
  };
  for (const node of nodes) settle(node);
  return statuses;
}
