import { hierarchy, tree } from 'd3-hierarchy';
import { linkHorizontal } from 'd3-shape';

/** Most nodes the node-link tree draws; above it the widget shows the list (and says so). */
export const GRAPH_LIMIT = 150;

/** Node box width and gaps, in em (so the tree grows with the theme's font size). */
export const NODE_WIDTH = 18;
/** Line height inside a node box, and its padding (top + bottom), in em. */
export const BOX_LINE = 1.3;
export const BOX_PADDING = 1;
const COLUMN_GAP = 3;
/** Space between two sibling boxes, and extra space between cousins (other parents), in em. */
const ROW_GAP = 0.75;
const COUSIN_GAP = 0.75;

/** The nodes to lay out: a root and, for each shown node, its shown children (none when closed). */
export interface GraphInput {
  root: number;
  children: (node: number) => readonly number[] | null;
  /** Height of a node's box, in em (see {@link boxHeight}). */
  height: (node: number) => number;
}

/** The height (em) of a node box holding `lines` lines of text. */
export const boxHeight = (lines: number): number => lines * BOX_LINE + BOX_PADDING;

export interface GraphNode {
  /** The caller's node id (index). */
  node: number;
  /** Top-left corner of the node's box, and its height, in em. */
  x: number;
  y: number;
  height: number;
}

export interface GraphLink {
  source: number;
  target: number;
  /** SVG path from the middle of the parent box's right edge to the middle of the child box's left edge. */
  d: string;
}

export interface GraphLayout {
  /** Size of the whole drawing, in em. */
  width: number;
  height: number;
  /** In pre-order (the reading and keyboard order). */
  nodes: GraphNode[];
  links: GraphLink[];
}

const link = linkHorizontal<{ source: [number, number]; target: [number, number] }, [number, number]>();

/**
 * A tidy node-link tree (Reingold–Tilford, d3-hierarchy `tree()`), root on
 * the left and each level one column further right, siblings stacked with
 * room for each box's own height. Pure: node indices in, boxes and link
 * paths (in em) out.
 */
export function graphLayout(input: GraphInput): GraphLayout {
  const root = hierarchy<number>(input.root, (n) => input.children(n));
  // A breadth unit of 1em: the separation of two neighbours is half of each box plus the gap.
  tree<number>()
    .nodeSize([1, NODE_WIDTH + COLUMN_GAP])
    .separation((a, b) => (input.height(a.data) + input.height(b.data)) / 2 + ROW_GAP + (a.parent === b.parent ? 0 : COUSIN_GAP))(root);
  let top = Infinity;
  let bottom = -Infinity;
  let right = 0;
  root.each((d) => {
    const h = input.height(d.data);
    top = Math.min(top, d.x! - h / 2);
    bottom = Math.max(bottom, d.x! + h / 2);
    right = Math.max(right, d.y! + NODE_WIDTH);
  });
  const nodes: GraphNode[] = [];
  const links: GraphLink[] = [];
  root.eachBefore((d) => {
    const height = input.height(d.data);
    nodes.push({ node: d.data, x: d.y!, y: d.x! - height / 2 - top, height });
    if (d.parent) {
      const from: [number, number] = [d.parent.y! + NODE_WIDTH, d.parent.x! - top];
      links.push({ source: d.parent.data, target: d.data, d: link({ source: from, target: [d.y!, d.x! - top] }) ?? '' });
    }
  });
  return { width: right, height: bottom - top, nodes, links };
}
