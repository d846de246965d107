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

/** Ids of the nodes less than `levels` below `root`, within its subtree: what opens `levels` levels. */
export function idsToDepth(t: TreeIndex, root: number, levels: number): string[] {
  const out: string[] = [];
  const limit = t.depth[root]! + levels;
  const stop = t.end[root]!;
  let i = root;
  while (i < stop) {
    if (t.depth[i]! >= limit) i = t.end[i]!;
    else {
      if (t.end[i]! > i + 1) out.push(t.nodes[i]!.id);
      i++;
    }
  }
  return out;
}

/** Ids of the nodes of `root`'s subtree that have a highlighted node below them: what opens every path to one. */
export function attentionIds(t: TreeIndex, root: number): string[] {
  const out: string[] = [];
  const stop = t.end[root]!;
  let i = root;
  while (i < stop) {
    if (t.flags[i]! & BELOW_FLAGGED) {
      out.push(t.nodes[i]!.id);
      i++;
    } else i = t.end[i]!;
  }
  return out;
}
