import { bySeverity, type Highlight } from './highlight.js';
import type { RolledNode } from './rollup-types.js';

/** A highlight of a rolled-up tree with where it sits. */
export interface NodeHighlight {
  /** The node's id (also `highlight.subject.id`). */
  id: string;
  /** Ids from the given root down to the node (inclusive): what to expand to show it. */
  path: readonly string[];
  /** The node's depth below the given root (0 = the root itself). */
  depth: number;
  highlight: Highlight;
}

/**
 * Every highlight of a `rollupTargets` result in one flat list, "what needs
 * attention": most serious first (critical, warning, info), and in tree order
 * (pre-order, children in their order) within a severity. Iterative, so any
 * depth works; `root` may be any node of a rolled-up tree.
 */
export function collectHighlights(root: RolledNode): NodeHighlight[] {
  const found: NodeHighlight[] = [];
  const ids: string[] = [];
  const stack: RolledNode[] = [root];
  const depths: number[] = [0];
  while (stack.length) {
    const node = stack.pop()!;
    const depth = depths.pop()!;
    ids[depth] = node.id;
    if (node.highlights.length) {
      const path = ids.slice(0, depth + 1);
      for (const highlight of node.highlights) found.push({ id: node.id, path, depth, highlight });
    }
    const kids = node.children;
    for (let i = kids.length - 1; i >= 0; i--) {
      stack.push(kids[i]!);
      depths.push(depth + 1);
    }
  }
  return found.sort((a, b) => bySeverity(a.highlight, b.highlight));
}
