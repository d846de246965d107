import { html, nothing, type TemplateResult } from 'lit';
import { KPI_IDS, type KpiId } from '@quota/domain';
import { badge, columnLabel, isSideColumn, kpiValue, overflowMark, qualityMark, renderCell, strokes, tieMark, type CellContext, type SideColumn } from './cells.js';
import { barGeometry, type ColumnId, type ColumnsLayout } from './layout.js';
import type { LeaderboardRow } from './view.js';

export interface RowOptions {
  tabIndex: 0 | -1;
}

const SORTABLE: ReadonlySet<ColumnId> = new Set<ColumnId>(['attainment', 'amount']);

/**
 * One leaderboard row: the primary cells on its line, the others on a second line with their labels.
 * Rank, name and attainment are always on the line, so their cells are part of the row's own template
 * (a list of 200 rows clones one template per row for them, not three more).
 */
export function renderRow(row: LeaderboardRow, columns: ColumnsLayout, ctx: CellContext, options: RowOptions): TemplateResult {
  const { s, f, view } = ctx;
  const tier = row.tier?.id;
  const g = barGeometry(row.attainment, view.barMax, view.tierMins, view.pace);
  const on = (id: SideColumn) => (columns.primary.includes(id) ? renderCell(id, row, ctx) : nothing);
  const after = columns.primary.filter((id): id is SideColumn => isSideColumn(id) && id !== 'movement' && id !== 'team');
  const secondary = columns.secondary.filter(isSideColumn);
  return html`<div
    role="row"
    part="row${row.qualityIssue ? ' row-flagged' : ''}"
    class="row tier-${tier ?? 'none'}${row.qualityIssue ? ' flagged' : ''}"
    data-key=${row.id}
    data-index=${row.index}
    aria-rowindex=${row.index + 2}
    tabindex=${options.tabIndex}
    ><div role="cell" part="cell rank" class="cell rank">${f.number(row.rank, 0)}${row.tied ? tieMark(s) : nothing}</div
    >${on('movement')}<div role="rowheader" part="cell name" class="cell name"
      ><span class="name-text" .textContent=${row.name}></span>${row.badges.length ? row.badges.map((b) => badge(b, s)) : nothing}</div
    >${on('team')}<div role="cell" part="cell attainment" class="cell attainment tier-${tier ?? 'none'}"
      ><span class="figure"
        ><span class="pct" .textContent=${row.attainment === null ? '–' : f.percent(row.attainment, 0)}></span>${row.qualityIssue ? qualityMark(s) : nothing}<span
          part="tier tier-${tier ?? 'none'}"
          class="tier"
          .textContent=${tier ? s.tiers[tier] : s.noTier}
        ></span></span
      ><svg part="bar" class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true"
        ><rect class="track" x="0" y="2" width="100" height="6"></rect
        ><rect part="bar-value" class="fill" x="0" y="2" width=${g.value} height="6"></rect
        ><path class="tick" d=${g.ticks.length ? strokes(g.ticks) : nothing} vector-effect="non-scaling-stroke"></path
        ><path part="bar-pace" class="pace" d=${g.pace !== null ? strokes([g.pace]) : nothing} vector-effect="non-scaling-stroke"></path></svg
      >${g.overflow ? overflowMark(s) : nothing}</div
    >${after.map((id) => renderCell(id, row, ctx))}${secondary.length ? html`<div class="more">${secondary.map((id) => renderCell(id, row, ctx, true))}</div>` : nothing}</div
  >`;
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
