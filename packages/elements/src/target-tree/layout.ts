import { hierarchy, tree } from 'd3-hierarchy';
import { linkHorizontal } from 'd3-shape';

/** Most nodes the node-link tree draws; above it the widget shows the list (and says so). */
export const GRAPH_LIMIT = 150;

/** Node box and gaps, in em (so the tree grows with the theme's font size). */
export const NODE_WIDTH = 16;
/** Line height inside a node box, and its padding (top + bottom), in em. */
export const BOX_LINE = 1.3;
export const BOX_PADDING = 1;
const COLUMN_GAP = 3;
const ROW_GAP = 0.75;

/** The nodes to lay out: a root and, for each shown node, its shown children (none when closed). */
export interface GraphInput {
  root: number;
  children: (node: number) => readonly number[] | null;
  /** Height of every node box, in em (the tallest box's content: see {@link boxHeight}). */
  nodeHeight: number;
}

/** The height (em) of a node box holding `lines` lines of text. */
export const boxHeight = (lines: number): number => lines * BOX_LINE + BOX_PADDING;

export interface GraphNode {
  /** The caller's node id (index). */
  node: number;
  /** Top-left corner of the node's box, in em. */
  x: number;
  y: number;
}

export interface GraphLink {
  source: number;
  target: number;
  /** SVG path from the parent box's right edge to the child box's left edge. */
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
 * the left and each level one column further right, siblings stacked.
 * Pure: node indices in, boxes and link paths (in em) out.
 */
export function graphLayout(input: GraphInput): GraphLayout {
  const h = input.nodeHeight;
  const root = hierarchy<number>(input.root, (n) => input.children(n));
  tree<number>()
    .nodeSize([h + ROW_GAP, NODE_WIDTH + COLUMN_GAP])
    .separation((a, b) => (a.parent === b.parent ? 1 : 1.25))(root);
  let minX = Infinity;
  let maxX = -Infinity;
  let maxY = 0;
  root.each((d) => {
    minX = Math.min(minX, d.x!);
    maxX = Math.max(maxX, d.x!);
    maxY = Math.max(maxY, d.y!);
  });
  const nodes: GraphNode[] = [];
  const links: GraphLink[] = [];
  root.eachBefore((d) => {
    const x = d.y!;
    const y = d.x! - minX;
    nodes.push({ node: d.data, x, y });
    if (d.parent) {
      const from: [number, number] = [d.parent.y! + NODE_WIDTH, d.parent.x! - minX + h / 2];
      links.push({ source: d.parent.data, target: d.data, d: link({ source: from, target: [x, y + h / 2] }) ?? '' });
    }
  });
  return { width: maxY + NODE_WIDTH, height: maxX - minX + h, nodes, links };
}
