import { html, nothing, type TemplateResult } from 'lit';
import type { RolledNode } from '@quota/domain';
import { styleProps } from '../core/style-props.js';
import { attainmentCell, figure, highlightBadges, paceCell, type CellContext } from './cells.js';
import { BELOW_FLAGGED, closedBelow, SELF_FLAGGED, type TreeIndex } from './tree-index.js';

/** Indentation stops growing after this many levels; deeper rows say their level in words. */
export const MAX_INDENT = 12;

/** Everything a row needs besides its node: the index, the view's state, formats and strings. */
export interface RowContext extends CellContext {
  t: TreeIndex;
  /** The node the view starts at (the drill-down root). */
  root: number;
  open: Uint8Array;
  /** The id in the tab order (roving tabindex). */
  tabKey: string;
  selected: string | undefined;
  attention: boolean;
}

/** The treeitem attributes and state classes of a node, shared by the list row and the node-link box. */
export function itemState(c: RowContext, i: number) {
  const { t } = c;
  const node = t.nodes[i]!;
  const parent = t.end[i]! > i + 1;
  const level = t.depth[i]! - t.depth[c.root]! + 1;
  const isRoot = i === c.root;
  const flags = t.flags[i]!;
  const dim = c.attention && !flags;
  const selected = node.id === c.selected;
  const parts = ['node', flags & SELF_FLAGGED ? 'node-flagged' : '', selected ? 'node-selected' : '', dim ? 'node-dimmed' : ''];
  return {
    node, parent, level,
    open: parent && c.open[i] === 1,
    setsize: isRoot ? 1 : t.size[i]!,
    posinset: isRoot ? 1 : t.pos[i]!,
    part: parts.filter(Boolean).join(' '),
    classes: `${flags & SELF_FLAGGED ? 'flagged' : ''} ${flags & BELOW_FLAGGED ? 'flagged-below' : ''} ${dim ? 'dim' : ''} ${selected ? 'selected' : ''}`,
    selected,
    tabindex: node.id === c.tabKey ? '0' : '-1',
  };
}

/**
 * One row of the indented list: a `treeitem` with level, position and
 * expanded state, the toggle and drill-down glyphs (pointer only: the keys
 * do the same), the name and split dimension, then the figures. The markup
 * has no whitespace between tags (each would be a text node to lay out, and
 * a virtualised list lays rows out as it scrolls); spaces that words need
 * are inside the spans.
 */
export function renderRow(c: RowContext, i: number): TemplateResult {
  const { s, f } = c;
  const st = itemState(c, i);
  const n = st.node;
  const deep = st.level - 1 > MAX_INDENT;
  return html`<div role="treeitem" part=${st.part} class="row ${st.classes}" data-key=${n.id} tabindex=${st.tabindex}
    aria-level=${st.level} aria-setsize=${st.setsize} aria-posinset=${st.posinset}
    aria-expanded=${st.parent ? String(st.open) : nothing} aria-selected=${String(st.selected)}
    ${styleProps({ '--depth': String(Math.min(st.level - 1, MAX_INDENT)) })}
    ><span class="lead"><span part="toggle" class="toggle ${st.parent ? (st.open ? 'open' : 'closed') : 'leaf'}"></span
      ><span class="who"><span part="name" class="name">${n.name}</span>${n.split && st.parent
          ? html`<span part="split" class="split"> ${s.splitBy[n.split]}</span>`
          : nothing}${deep ? html`<span class="deep"> ${s.level(f.number(st.level))}</span>` : nothing}</span
      >${st.parent && i !== c.root ? html`<span part="drill" class="drill" aria-hidden="true" title=${s.drillInto(n.name)}></span>` : nothing}</span
    >${figure(c, 'target', n.target)}${figure(c, 'actual', n.actual)}${attainmentCell(c, n)}${figure(c, 'gap', n.gap)}${more(c, n, closedBelow(c.t, c.open, i))}</div
  >`;
}

/**
 * Pace, forecast and highlights (and, on a closed node, how many nodes below
 * it need attention): a line of their own in the mid-width layout, columns
 * on wide screens.
 */
function more(c: RowContext, n: RolledNode, below: number): TemplateResult | typeof nothing {
  const pace = paceCell(c, n);
  const flags = highlightBadges(c, n, below);
  if (pace === nothing && flags === nothing && n.forecast === null) return nothing;
  return html`<span class="more">${pace}${n.forecast === null ? nothing : figure(c, 'forecast', n.forecast)}${flags}</span>`;
}
