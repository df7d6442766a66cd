// The tree as the filters leave it: a node stays when it matches or when something under it does,
// so a unit's indicator is always shown with the IKU and sasaran it supports.
import type { CascadeTreeNode } from '../../../domain/cascade-tree';

export function pruneTree(nodes: readonly CascadeTreeNode[], keep: (node: CascadeTreeNode) => boolean): CascadeTreeNode[] {
  const out: CascadeTreeNode[] = [];
  for (const node of nodes) {
    const children = pruneTree(node.children, keep);
    if (children.length > 0 || keep(node)) out.push({ ...node, children });
  }
  return out;
}
