import type { Expansion } from './expansion.js';
import { boxHeight, graphLayout, type GraphLayout } from './layout.js';
import { visibleRows } from './rows.js';
import { childrenOf, SELF_FLAGGED, type TreeIndex } from './tree-index.js';

/** Lines of a node box besides pace and badges: name (2), split, attainment, actual, target. */
const BOX_BASE_LINES = 6;

/**
 * What the widget derives from the index and the open flags, each kept until
 * its inputs change: the visible rows (per root and expansion version), the
 * node-link layout, the count of highlighted nodes under the root, and the
 * folded names for type-ahead (per index, made on demand).
 */
export class TreeMemo {
  private rowsKey: unknown[] = [];
  private rowsValue: number[] = [];
  private graphKey: unknown[] = [];
  private graphValue: { layout: GraphLayout; boxHeight: number } | undefined;
  private flaggedKey: unknown[] = [];
  private flaggedValue = 0;
  private names: { t: TreeIndex | undefined; folded: (string | undefined)[] } = { t: undefined, folded: [] };

  rows(t: TreeIndex, root: number, e: Expansion): number[] {
    if (!same(this.rowsKey, [t, root, e.version])) {
      this.rowsKey = [t, root, e.version];
      this.rowsValue = visibleRows(t, root, e.open);
    }
    return this.rowsValue;
  }

  /** The node-link layout of `rows` (the visible nodes), boxes as tall as the fullest one needs. */
  graph(t: TreeIndex, root: number, e: Expansion, rows: readonly number[]): { layout: GraphLayout; boxHeight: number } {
    if (!this.graphValue || !same(this.graphKey, [t, root, e.version])) {
      let extra = 0;
      for (const i of rows) {
        const n = t.nodes[i]!;
        let badges = 0;
        for (const h of n.highlights) if (h.code !== 'behind-pace') badges++;
        extra = Math.max(extra, badges + (n.pace === null ? 0 : 1));
      }
      const height = boxHeight(BOX_BASE_LINES + extra);
      const open = e.open;
      this.graphKey = [t, root, e.version];
      this.graphValue = { layout: graphLayout({ root, nodeHeight: height, children: (i) => (open[i] ? childrenOf(t, i) : null) }), boxHeight: height };
    }
    return this.graphValue;
  }

  /** How many nodes of `root`'s subtree have highlights. */
  flaggedIn(t: TreeIndex, root: number): number {
    if (!same(this.flaggedKey, [t, root])) {
      let count = 0;
      if (root === 0) count = t.flagged;
      else for (let i = root, stop = t.end[root]!; i < stop; i++) if (t.flags[i]! & SELF_FLAGGED) count++;
      this.flaggedKey = [t, root];
      this.flaggedValue = count;
    }
    return this.flaggedValue;
  }

  /** Whether node `i` is a visible row: inside `root`'s subtree with every ancestor up to `root` open. */
  shown(t: TreeIndex, root: number, open: Uint8Array, i: number): boolean {
    if (i < root || i >= t.end[root]!) return false;
    for (let p = t.parent[i]!; i !== root && p >= root; p = t.parent[p]!) {
      if (!open[p]) return false;
      if (p === root) break;
    }
    return true;
  }

  /** Node `i`'s name folded for type-ahead, made once per index. */
  folded(t: TreeIndex, i: number, fold: (name: string) => string): string {
    if (this.names.t !== t) this.names = { t, folded: [] };
    return (this.names.folded[i] ??= fold(t.nodes[i]!.name));
  }
}

function same(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((v, k) => v === b[k]);
}
