import type { RolledNode } from '@quota/domain';

/**
 * A rolled-up tree flattened in pre-order into typed arrays, so that every
 * walk the widget makes (visible rows, parents, siblings, attention paths)
 * is a loop over numbers: no recursion at any depth, no per-node objects.
 * Node `i`'s subtree is `i … end[i] − 1`; its first child is `i + 1` when
 * `end[i] > i + 1`; the next sibling of child `c` is `end[c]`.
 */
export interface TreeIndex {
  /** The nodes in pre-order. */
  nodes: RolledNode[];
  /** Index of each node's parent; −1 for the root. */
  parent: Int32Array;
  /** One past the last index of each node's subtree. */
  end: Int32Array;
  /** Depth below the root (0 for the root). */
  depth: Int32Array;
  /** 1-based position among its siblings, and how many siblings there are (aria-posinset / aria-setsize). */
  pos: Int32Array;
  size: Int32Array;
  /** Bit 1: the node has highlights; bit 2: some node below it has. */
  flags: Uint8Array;
  /** Nodes with highlights. */
  flagged: number;
  byId: Map<string, number>;
}

export const SELF_FLAGGED = 1;
export const BELOW_FLAGGED = 2;

/** Indexes a rolled-up tree (one iterative pass down, one back up). */
export function indexTree(root: RolledNode): TreeIndex {
  const nodes: RolledNode[] = [];
  const parents: number[] = [];
  const posList: number[] = [];
  const sizeList: number[] = [];
  const stack: RolledNode[] = [root];
  const stackParent: number[] = [-1];
  const stackPos: number[] = [1];
  const stackSize: number[] = [1];
  while (stack.length) {
    const node = stack.pop()!;
    const index = nodes.length;
    nodes.push(node);
    parents.push(stackParent.pop()!);
    posList.push(stackPos.pop()!);
    sizeList.push(stackSize.pop()!);
    const kids = node.children ?? [];
    for (let k = kids.length - 1; k >= 0; k--) {
      stack.push(kids[k]!);
      stackParent.push(index);
      stackPos.push(k + 1);
      stackSize.push(kids.length);
    }
  }
  const n = nodes.length;
  const parent = Int32Array.from(parents);
  const end = new Int32Array(n);
  const depth = new Int32Array(n);
  const flags = new Uint8Array(n);
  const byId = new Map<string, number>();
  let flagged = 0;
  for (let i = 0; i < n; i++) {
    end[i] = i + 1;
    if (i > 0) depth[i] = depth[parent[i]!]! + 1;
    byId.set(nodes[i]!.id, i);
    if (nodes[i]!.highlights.length) {
      flags[i] = SELF_FLAGGED;
      flagged++;
    }
  }
  // Back up: subtree ends and "something below needs attention".
  for (let i = n - 1; i > 0; i--) {
    const p = parent[i]!;
    if (end[i]! > end[p]!) end[p] = end[i]!;
    if (flags[i]) flags[p] = flags[p]! | BELOW_FLAGGED;
  }
  return { nodes, parent, end, depth, pos: Int32Array.from(posList), size: Int32Array.from(sizeList), flags, flagged, byId };
}

/** Whether node `i` has children. */
export const hasChildren = (t: TreeIndex, i: number): boolean => t.end[i]! > i + 1;

/** The children of node `i`, in order. */
export function childrenOf(t: TreeIndex, i: number): number[] {
  const out: number[] = [];
  for (let c = i + 1, stop = t.end[i]!; c < stop; c = t.end[c]!) out.push(c);
  return out;
}

/** Node `i` and its ancestors up to the root, root first. */
export function pathTo(t: TreeIndex, i: number): number[] {
  const out: number[] = [];
  for (let p = i; p >= 0; p = t.parent[p]!) out.push(p);
  return out.toReversed();
}
