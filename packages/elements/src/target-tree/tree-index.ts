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
  /** How many nodes with highlights each node has below it. */
  flaggedBelow: Int32Array;
  /** Nodes with highlights. */
  flagged: number;
  /** Node index by id. */
  byId: IdLookup;
}

export const SELF_FLAGGED = 1;
export const BELOW_FLAGGED = 2;

/** Looks node indices up by id; the map is only built on the first lookup (the first view needs none). */
export class IdLookup {
  private map: Map<string, number> | undefined;
  private readonly nodes: readonly RolledNode[];
  constructor(nodes: readonly RolledNode[]) {
    this.nodes = nodes;
  }
  get(id: string): number | undefined {
    if (!this.map) {
      this.map = new Map();
      for (let i = 0; i < this.nodes.length; i++) this.map.set(this.nodes[i]!.id, i);
    }
    return this.map.get(id);
  }
}

/** Indexes a rolled-up tree: one iterative pass down in pre-order, then one loop forward and one back. */
export function indexTree(root: RolledNode): TreeIndex {
  const nodes: RolledNode[] = [];
  const parents: number[] = [];
  const stack: RolledNode[] = [root];
  const stackParent: number[] = [-1];
  while (stack.length) {
    const node = stack.pop()!;
    const index = nodes.length;
    nodes.push(node);
    parents.push(stackParent.pop()!);
    const kids = node.children;
    for (let k = kids.length - 1; k >= 0; k--) {
      stack.push(kids[k]!);
      stackParent.push(index);
    }
  }
  const n = nodes.length;
  const parent = Int32Array.from(parents);
  const end = new Int32Array(n);
  const depth = new Int32Array(n);
  const pos = new Int32Array(n);
  const size = new Int32Array(n);
  const flags = new Uint8Array(n);
  const seen = new Int32Array(n);
  const below = new Int32Array(n);
  let flagged = 0;
  pos[0] = size[0] = 1;
  for (let i = 0; i < n; i++) {
    end[i] = i + 1;
    if (i > 0) {
      const p = parent[i]!;
      depth[i] = depth[p]! + 1;
      pos[i] = ++seen[p]!;
      size[i] = nodes[p]!.children.length;
    }
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
    below[p] = below[p]! + below[i]! + (flags[i]! & SELF_FLAGGED);
  }
  return { nodes, parent, end, depth, pos, size, flags, flaggedBelow: below, flagged, byId: new IdLookup(nodes) };
}

/** Whether node `i` has children. */
export const hasChildren = (t: TreeIndex, i: number): boolean => t.end[i]! > i + 1;

/** On a closed parent: how many nodes below it need attention; 0 on an open node or a leaf. */
export const closedBelow = (t: TreeIndex, open: Uint8Array, i: number): number => (t.end[i]! > i + 1 && open[i] !== 1 ? t.flaggedBelow[i]! : 0);

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
