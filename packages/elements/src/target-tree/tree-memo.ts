import type { Expansion } from './expansion.js';
import { boxHeight, graphLayout, type GraphLayout } from './layout.js';
import { visibleRows } from './rows.js';
import { childrenOf, closedBelow, SELF_FLAGGED, type TreeIndex } from './tree-index.js';

/** Wider names take two lines in a node box (em, at about 0.62em a Latin letter, 1em a CJK character). */
const ONE_LINE_NAME = 14;
/** Width of a line of text inside a node box (em): the box less its padding and borders. */
const BOX_TEXT = 16;

/** Estimated width of `text` in em: about 0.62em a Latin letter, 1em a CJK character. */
function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) > 0x2e80 ? 1 : 0.62;
  return width;
}

/**
 * Lines of text in node `i`'s box: its name (one or two, by an estimate of
 * its width), the split (parents), attainment, actual, target, gap, the pace
 * status `pace` (when known; as many lines as its words take, its shape
 * included), one per badge and, on a closed parent with highlighted nodes
 * below, the line saying how many. Names beyond two lines are clamped (full
 * name in the title and the accessible name).
 */
export function boxLines(t: TreeIndex, i: number, open: Uint8Array, pace: string | null): number {
  const n = t.nodes[i]!;
  const width = textWidth(n.name);
  const paceLines = pace === null ? 0 : Math.ceil(textWidth(`‼ ${pace}`) / BOX_TEXT);
  let badges = 0;
  for (const h of n.highlights) if (h.code !== 'behind-pace') badges++;
  const parent = t.end[i]! > i + 1;
  const below = closedBelow(t, open, i) > 0 ? 1 : 0;
  return (width > ONE_LINE_NAME ? 2 : 1) + (parent && n.split ? 1 : 0) + 4 + paceLines + badges + below;
}

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
  private graphValue: GraphLayout | undefined;
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

  /** The node-link layout of the shown nodes, each box as tall as its content needs (`pace`: node `i`'s pace status in words). */
  graph(t: TreeIndex, root: number, e: Expansion, pace: (i: number) => string | null): GraphLayout {
    if (!this.graphValue || !same(this.graphKey, [t, root, e.version])) {
      const open = e.open;
      this.graphKey = [t, root, e.version];
      this.graphValue = graphLayout({ root, height: (i) => boxHeight(boxLines(t, i, open, pace(i))), children: (i) => (open[i] ? childrenOf(t, i) : null) });
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
    for (let p = i; p !== root; ) {
      p = t.parent[p]!;
      if (!open[p]) return false;
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
