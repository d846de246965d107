import { html, nothing, svg, type TemplateResult } from 'lit';
import { styleProps } from '../core/style-props.js';
import { attainmentCell, figure, highlightBadges, paceCell } from './cells.js';
import { NODE_WIDTH, type GraphLayout } from './layout.js';
import { itemState, type RowContext } from './render-row.js';
import { closedBelow } from './tree-index.js';

/**
 * The node-link tree: links in an SVG behind (decoration, `aria-hidden`),
 * each node a `treeitem` box placed at its layout position (em), in
 * pre-order, so the keyboard and reading order match the list's.
 */
export function renderGraph(c: RowContext, g: GraphLayout, attrs: { label: string; describedBy: string }): TemplateResult {
  const size = { width: `${g.width}em`, height: `${g.height}em` };
  return html`<div class="graph" ${styleProps(size)}>
    <svg class="links" viewBox="0 0 ${g.width} ${g.height}" ${styleProps(size)} aria-hidden="true">
      ${g.links.map((l) => svg`<path part="link" class=${c.attention && !c.t.flags[l.target] ? 'dim' : ''} d=${l.d}></path>`)}
    </svg>
    <div role="tree" class="boxes" aria-label=${attrs.label} aria-describedby=${attrs.describedBy}>
      ${g.nodes.map((p) => renderBox(c, p.node, p.x, p.y, p.height))}
    </div>
  </div>`;
}

function renderBox(c: RowContext, i: number, x: number, y: number, height: number): TemplateResult {
  const { s } = c;
  const st = itemState(c, i);
  const n = st.node;
  return html`<div
    role="treeitem"
    part=${st.part}
    class="box ${st.classes}"
    data-key=${n.id}
    tabindex=${st.tabindex}
    aria-level=${st.level}
    aria-setsize=${st.setsize}
    aria-posinset=${st.posinset}
    aria-expanded=${st.parent ? String(st.open) : nothing}
    aria-selected=${String(st.selected)}
    ${styleProps({ left: `${x}em`, top: `${y}em`, width: `${NODE_WIDTH}em`, height: `${height}em` })}
  >
    <span class="lead">
      <span part="toggle" class="toggle ${st.parent ? (st.open ? 'open' : 'closed') : 'leaf'}"></span>
      <span part="name" class="name" title=${n.name}>${n.name}</span>
      ${st.parent && i !== c.root ? html`<span part="drill" class="drill" aria-hidden="true" title=${s.drillInto(n.name)}></span>` : nothing}
    </span>
    ${n.split && st.parent ? html`<span part="split" class="split">${s.splitBy[n.split]}</span>` : nothing}
    ${attainmentCell(c, n, false)} ${figure(c, 'actual', n.actual)} ${figure(c, 'target', n.target)} ${figure(c, 'gap', n.gap)}
    ${paceCell(c, n)} ${highlightBadges(c, n, closedBelow(c.t, c.open, i))}
  </div>`;
}
