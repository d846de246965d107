import { attentionNodes, nodesToDepth, openFromIds } from './rows.js';
import { childrenOf, type TreeIndex } from './tree-index.js';

/**
 * Which nodes are open, kept by id (so it survives data refreshes) and as
 * flags per node of the current index (so walks are loops over numbers).
 * The first data opens `depth` levels. Attention mode opens every path to a
 * highlighted node and, when turned off, restores what was open before.
 * `version` changes whenever the flags do (the rows are memoised on it).
 */
export class Expansion {
  open: Uint8Array = new Uint8Array(0);
  version = 0;
  private ids: Set<string> | undefined;
  private saved: Set<string> | undefined;
  private index: TreeIndex | undefined;
  private attention = false;

  /** Brings the flags up to date with the index (new data) and the attention mode. */
  sync(t: TreeIndex, depth: number, attention: boolean): void {
    const fresh = t !== this.index;
    if (!fresh && attention === this.attention) return;
    this.index = t;
    const first = this.ids === undefined;
    // The first data opens by depth: flags straight from indices, no id lookups.
    const opened = first ? nodesToDepth(t, 0, depth) : [];
    let ids = (this.ids ??= new Set(opened.map((i) => t.nodes[i]!.id)));
    if (attention) {
      if (!this.attention) this.saved = new Set(ids);
      for (const i of attentionNodes(t, 0)) {
        opened.push(i);
        ids.add(t.nodes[i]!.id);
      }
    } else if (this.attention) {
      ids = this.ids = this.saved ?? ids;
      this.saved = undefined;
    }
    const wasAttention = this.attention;
    this.attention = attention;
    if (first || (attention && !wasAttention && !fresh)) {
      // Only nodes were added to what is open: set their flags.
      if (first) this.open = new Uint8Array(t.nodes.length);
      for (const i of opened) this.open[i] = 1;
    } else this.open = openFromIds(t, ids);
    this.version++;
  }

  /** Forgets everything: the next data opens `depth` levels again. */
  reset(): void {
    this.ids = this.saved = this.index = undefined;
    this.attention = false;
  }

  /** Opens or closes node `i` of the current index. */
  set(i: number, open: boolean): void {
    const t = this.index;
    if (!t || (this.open[i] === 1) === open) return;
    this.open[i] = open ? 1 : 0;
    const id = t.nodes[i]!.id;
    if (open) this.ids!.add(id);
    else this.ids!.delete(id);
    this.version++;
  }

  /** Opens node `i`'s siblings (and `i`), APG `*`. */
  openSiblings(i: number): void {
    const t = this.index;
    if (!t) return;
    const p = t.parent[i]!;
    for (const c of p < 0 ? [i] : childrenOf(t, p)) if (t.end[c]! > c + 1) this.set(c, true);
  }
}
