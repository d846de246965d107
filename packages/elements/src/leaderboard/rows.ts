import { html, nothing, type TemplateResult } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import { KPI_IDS, type KpiId } from '@quota/domain';
import { columnLabel, kpiValue, renderCell, type CellContext } from './cells.js';
import type { ColumnId, ColumnsLayout } from './layout.js';
import type { LeaderboardRow } from './view.js';

export interface RowOptions {
  tabIndex: 0 | -1;
  /** The FLIP directive for this row, when rows animate. */
  motion: DirectiveResult | undefined;
}

const SORTABLE: ReadonlySet<ColumnId> = new Set<ColumnId>(['attainment', 'amount']);

/** One leaderboard row: the primary cells on its line, the others on a second line with their labels. */
export function renderRow(row: LeaderboardRow, columns: ColumnsLayout, ctx: CellContext, options: RowOptions): TemplateResult {
  const tier = row.tier?.id ?? 'none';
  return html`<div
    role="row"
    part="row${row.qualityIssue ? ' row-flagged' : ''}"
    class="row tier-${tier}${row.qualityIssue ? ' flagged' : ''}"
    data-key=${row.id}
    data-index=${row.index}
    aria-rowindex=${row.index + 2}
    tabindex=${options.tabIndex}
    ${options.motion ?? nothing}
  >
    ${columns.primary.map((id) => renderCell(id, row, ctx))}
    ${columns.secondary.length ? html`<div class="more">${columns.secondary.map((id) => renderCell(id, row, ctx, true))}</div>` : nothing}
  </div>`;
}

/**
 * The column headers: the primary ones visible (attainment and amount as
 * buttons that rank by them, `aria-sort` on the ranking one), the ones on
 * the rows' second line visually hidden but still heading their cells.
 */
export function renderHeaderRow(columns: ColumnsLayout, ctx: CellContext, onSort: (by: 'attainment' | 'amount') => void): TemplateResult {
  const { s, f, view } = ctx;
  const header = (id: ColumnId, hidden: boolean) => {
    const label = columnLabel(id, s);
    const isKpi = (KPI_IDS as readonly string[]).includes(id);
    const target = isKpi ? view.kpiTargets[id as KpiId] : null;
    const sorted = view.rankBy === id;
    const content =
      SORTABLE.has(id) && !hidden
        ? html`<button type="button" class="sort" @click=${() => onSort(id as 'attainment' | 'amount')}>
            ${label}<span class="sort-mark" aria-hidden="true">${sorted ? '▼' : '⇅'}</span>
          </button>`
        : (id === 'rank' || id === 'movement') && s.shortColumns[id] !== label
          ? html`<span aria-hidden="true">${s.shortColumns[id]}</span><span class="visually-hidden">${label}</span>`
          : html`${label}${target !== null ? html` <span class="kpi-target">${s.atLeast(kpiValue(id as KpiId, target, f))}</span>` : nothing}`;
    return html`<div
      role="columnheader"
      part="column-header"
      class="cell ${id}${hidden ? ' visually-hidden' : ''}"
      aria-sort=${sorted ? 'descending' : nothing}
      title=${sorted && !hidden ? s.sortedBy : nothing}
    >${content}</div>`;
  };
  return html`<div role="row" part="header" class="row header-row" aria-rowindex="1">
    ${columns.primary.map((id) => header(id, false))}${columns.secondary.map((id) => header(id, true))}
  </div>`;
}
