import { BELOW_FLAGGED, type TreeIndex } from './tree-index.js';

/**
 * The rows the tree shows: `root` and, below every open node, its children,
 * in pre-order. One loop that skips closed subtrees (their index range), so
 * the cost is the number of rows, whatever the tree's size or depth.
 */
export function visibleRows(t: TreeIndex, root: number, open: Uint8Array): number[] {
  const rows: number[] = [];
  const stop = t.end[root]!;
  let i = root;
  while (i < stop) {
    rows.push(i);
    i = open[i] ? i + 1 : t.end[i]!;
  }
  return rows;
}

/** Open flags per node from a set of open ids (ids the tree lacks are ignored). */
export function openFromIds(t: TreeIndex, ids: ReadonlySet<string>): Uint8Array {
  const open = new Uint8Array(t.nodes.length);
  for (const id of ids) {
    const i = t.byId.get(id);
    if (i !== undefined) open[i] = 1;
  }
  return open;
}

/** The parents less than `levels` below `root`, within its subtree: what opens `levels` levels. */
export function nodesToDepth(t: TreeIndex, root: number, levels: number): number[] {
  const out: number[] = [];
  const limit = t.depth[root]! + levels;
  const stop = t.end[root]!;
  let i = root;
  while (i < stop) {
    if (t.depth[i]! >= limit) i = t.end[i]!;
    else {
      if (t.end[i]! > i + 1) out.push(i);
      i++;
    }
  }
  return out;
}

/** The nodes of `root`'s subtree that have a highlighted node below them: what opens every path to one. */
export function attentionNodes(t: TreeIndex, root: number): number[] {
  const out: number[] = [];
  const stop = t.end[root]!;
  let i = root;
  while (i < stop) {
    if (t.flags[i]! & BELOW_FLAGGED) {
      out.push(i);
      i++;
    } else i = t.end[i]!;
  }
  return out;
}
