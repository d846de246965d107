import { hasChildren, type TreeIndex } from './tree-index.js';

/** What a key does to the tree (APG tree view pattern, plus drill-down). */
export type TreeAction =
  | { kind: 'focus'; node: number }
  | { kind: 'open'; node: number }
  | { kind: 'close'; node: number }
  | { kind: 'select'; node: number }
  | { kind: 'open-siblings'; node: number }
  | { kind: 'drill'; node: number }
  | { kind: 'drill-up' };

/** The keys the tree handles itself (type-ahead aside). */
export interface KeyInput {
  key: string;
  shiftKey?: boolean;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

/**
 * The action of a key on the active row of `rows` (visible node indices),
 * or `null` when the key is not the tree's. Down/Up: next/previous row;
 * Right: open a closed parent, else go to its first child; Left: close an
 * open parent, else go to the parent (when shown); Home/End: first/last row;
 * Enter/Space: select; Shift+Enter: drill into a parent; Backspace: drill
 * back up; `*`: open every sibling. While a type-ahead search is under way
 * (`typing`), Space is not the tree's: it types a space ("New Y…").
 */
export function treeKeyAction(e: KeyInput, t: TreeIndex, rows: readonly number[], row: number, open: Uint8Array, typing = false): TreeAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey || rows.length === 0) return null;
  const r = Math.min(Math.max(row, 0), rows.length - 1);
  const node = rows[r]!;
  switch (e.key) {
    case 'ArrowDown':
      return r + 1 < rows.length ? { kind: 'focus', node: rows[r + 1]! } : null;
    case 'ArrowUp':
      return r > 0 ? { kind: 'focus', node: rows[r - 1]! } : null;
    case 'Home':
      return { kind: 'focus', node: rows[0]! };
    case 'End':
      return { kind: 'focus', node: rows[rows.length - 1]! };
    case 'ArrowRight':
      if (!hasChildren(t, node)) return null;
      return open[node] ? { kind: 'focus', node: node + 1 } : { kind: 'open', node };
    case 'ArrowLeft': {
      if (hasChildren(t, node) && open[node]) return { kind: 'close', node };
      const parent = t.parent[node]!;
      return r > 0 && parent >= 0 ? { kind: 'focus', node: parent } : null;
    }
    case 'Enter':
      return e.shiftKey && hasChildren(t, node) && r > 0 ? { kind: 'drill', node } : e.shiftKey ? null : { kind: 'select', node };
    case ' ':
      return typing ? null : { kind: 'select', node };
    case 'Backspace':
      return { kind: 'drill-up' };
    case '*':
      return { kind: 'open-siblings', node };
    default:
      return null;
  }
}
