import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import { FlowLayout } from '@lit-labs/virtualizer/layouts/flow.js';
import type { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';
import { renderRow, type RowContext } from './render-row.js';

/** Longer lists are virtualised: only the rows in view are in the DOM (the list scrolls inside itself from 40em either way). */
export const VIRTUALIZE_ABOVE = 40;
/** Pixels the virtualised list renders beyond its view, each way: about one row, so the next row is there for the arrow keys. */
export const LIST_OVERHANG = 60;
/**
 * The virtualiser's flow layout, tuned for rows: it renders only the rows in
 * view and about one more each way ({@link LIST_OVERHANG}, not its default
 * 1,000 px: opening a node with hundreds of children draws what is on
 * screen, whatever their number), and starts from a row height close to the real one, so the
 * first view is laid out once, not twice. Keyboard focus reaches rows
 * further away through the virtualiser (virtual-focus.ts). Given as a class,
 * not left to the virtualiser's lazy default: no dynamic import in the
 * one-file bundle.
 */
class RowLayout extends FlowLayout {
  constructor(...args: ConstructorParameters<typeof FlowLayout>) {
    super(...args);
    // The virtualiser's own fields (protected and public in its typings): no public option sets them.
    // oxlint-disable-next-line no-underscore-dangle
    this._overhang = LIST_OVERHANG;
    // oxlint-disable-next-line no-underscore-dangle
    this._itemSize = { width: 800, height: 52 };
  }
}
const LIST_LAYOUT = { type: RowLayout };

export interface ListOptions {
  label: string;
  describedBy: string;
  /** Whether the row in the tab order is rendered (else the virtualised list itself takes Tab). */
  tabRowRendered: boolean;
  onRange: (e: RangeChangedEvent) => void;
  onListFocus: (e: FocusEvent) => void;
}

/**
 * The indented list: column headings (for sighted users; each row reads its
 * own labels), then the `tree` with a row per shown node, virtualised in a
 * scrolling box above {@link VIRTUALIZE_ABOVE} rows.
 */
export function renderList(c: RowContext, rows: number[], o: ListOptions): TemplateResult {
  const { s } = c;
  const key = (i: number) => c.t.nodes[i]!.id;
  const row = (i: number) => renderRow(c, i);
  return html`<div part="header" class="header" aria-hidden="true">
      <span class="h-name"></span><span class="h-target">${s.target}</span><span class="h-actual">${s.actual}</span>
      <span class="h-att">${s.attainment}</span><span class="h-gap">${s.gap}</span><span class="h-pace">${s.pace}</span>
      <span class="h-forecast">${s.forecast}</span><span class="h-flags">${s.highlights}</span>
    </div>
    ${rows.length > VIRTUALIZE_ABOVE
      ? html`<div role="tree" class="list virtual" aria-label=${o.label} aria-describedby=${o.describedBy}
          tabindex=${o.tabRowRendered ? nothing : '0'} @rangeChanged=${o.onRange} @focus=${o.onListFocus}>
          ${virtualize({ items: rows, keyFunction: key, renderItem: row, scroller: true, layout: LIST_LAYOUT })}
        </div>`
      : html`<div class="scroll">
          <div role="tree" class="list" aria-label=${o.label} aria-describedby=${o.describedBy}>${repeat(rows, key, row)}</div>
        </div>`}`;
}
