import { html, nothing, type TemplateResult } from 'lit';
import type { Badge, Highlight, KpiId, QualityRule } from '@quota/domain';
import type { Formats } from '../core/format.js';
import { movementKind, type ColumnId } from './layout.js';
import type { LeaderboardStrings } from './strings.js';
import type { LeaderboardRow, LeaderboardView } from './view.js';

/** What every cell template needs. */
export interface CellContext {
  s: LeaderboardStrings;
  f: Formats;
  view: LeaderboardView;
}

const RATE_KPIS: Readonly<Set<KpiId>> = new Set<KpiId>(['opportunityToProposal', 'proposalToWon']);
const MOVEMENT_GLYPH = { up: '▲', down: '▼', same: '–', new: '' } as const;
const BADGE_GLYPH = { champion: '★', newcomer: '✦', 'most-improved': '⇧' } as const;

/** A KPI value as it reads: rates as percent, counts as numbers. */
export function kpiValue(id: KpiId, value: number, f: Formats): string {
  return RATE_KPIS.has(id) ? f.percent(value, 0) : f.number(value, 1);
}

/** The header text of a column. */
export function columnLabel(id: ColumnId, s: LeaderboardStrings): string {
  return id in s.columns ? s.columns[id as keyof LeaderboardStrings['columns']] : s.kpis[id as KpiId];
}

/** A short chip text for a highlight (the full sentence goes in its tooltip). */
export function flagLabel(h: Highlight, s: LeaderboardStrings, f: Formats): string {
  const rule = h.details?.rule as QualityRule | undefined;
  if (h.code === 'quality-violation' && rule && rule in s.quality && h.value !== undefined && h.expected !== undefined) {
    const fmt = (n: number) => (rule === 'paymentTermBreaches' ? f.number(n, 0) : f.percent(n, 1));
    return s.quality[rule](fmt(h.value), fmt(h.expected));
  }
  if (h.code === 'below-threshold' && h.expected !== undefined) return s.belowThreshold(f.percent(h.expected, 0));
  if (h.code === 'outlier') return s.outlier;
  return h.message;
}

const cellLabel = (id: ColumnId, ctx: CellContext, secondary: boolean) =>
  secondary ? html`<span class="cell-label" aria-hidden="true">${columnLabel(id, ctx.s)}</span> ` : nothing;

// Cells are drawn 200 at a time: each is one template where it can be (no nested template for a
// fixed piece), and leaf text goes in through `.textContent` (no marker comment per text).

/** The "=" of a shared rank, with "tied" for screen readers. */
export const tieMark = (s: LeaderboardStrings) =>
  html`<span class="tie" aria-hidden="true">=</span><span class="visually-hidden" .textContent=${s.tied}></span>`;

function movementCell(row: LeaderboardRow, ctx: CellContext, secondary: boolean) {
  const { s, f } = ctx;
  const m = movementKind(row.movement);
  const places = f.number(m.places, 0);
  const label = cellLabel('movement', ctx, secondary);
  if (m.kind === 'new') {
    return html`<div role="cell" part="cell movement movement-new" class="cell movement new">${label}<span class="shown" aria-hidden="true"><span part="new" class="new-mark" .textContent=${s.newMark}></span></span><span class="visually-hidden" .textContent=${s.newEntry}></span></div>`;
  }
  const said = m.kind === 'up' ? s.up(places) : m.kind === 'down' ? s.down(places) : s.same;
  return html`<div role="cell" part="cell movement movement-${m.kind}" class="cell movement ${m.kind}">${label}<span class="shown" aria-hidden="true"><span class="glyph">${MOVEMENT_GLYPH[m.kind]}</span>${m.places ? places : ''}</span><span class="visually-hidden" .textContent=${said}></span></div>`;
}

/** A badge beside the name: its glyph and its name. */
export const badge = (b: Badge, s: LeaderboardStrings) =>
  html`<span part="badge badge-${b}" class="badge ${b}"><span aria-hidden="true">${BADGE_GLYPH[b]}</span> ${s.badges[b]}</span>`;

/** The ⚠ beside an attainment bought by breaking a quality rule. */
export const qualityMark = (s: LeaderboardStrings) =>
  html`<span class="qmark" part="flag-mark" title=${s.qualityMark}><span aria-hidden="true">⚠</span><span class="visually-hidden" .textContent=${s.qualityMark}></span></span>`;

/** The ↗ at the end of a bar whose attainment is past the scale's top (said in words too). */
export const overflowMark = (s: LeaderboardStrings) =>
  html`<span part="bar-overflow" class="bar-overflow"><span aria-hidden="true">↗</span><span class="visually-hidden" .textContent=${s.overScale}></span></span>`;

/** Vertical strokes across the bar's 10-unit height at each x, as one path. */
export const strokes = (xs: readonly number[]) => xs.map((x) => `M${x} 0V10`).join('');

function amountCell(row: LeaderboardRow, ctx: CellContext, secondary: boolean) {
  const { s, f } = ctx;
  return html`<div role="cell" part="cell amount" class="cell amount">${cellLabel('amount', ctx, secondary)}<span class="actual" .textContent=${f.amount(row.actual, true)}></span>
    <span class="target" .textContent=${s.ofTarget(f.amount(row.target, true))}></span></div>`;
}

function flagsCell(row: LeaderboardRow, ctx: CellContext, secondary: boolean) {
  if (!row.highlights.length) return secondary ? html`<div role="cell" class="cell flags empty"></div>` : html`<div role="cell" part="cell flags" class="cell flags"></div>`;
  return html`<div role="cell" part="cell flags" class="cell flags">
    ${cellLabel('flags', ctx, secondary)}
    ${row.highlights.map(
      (h) => html`<span part="flag flag-${h.code}" class="flag ${h.severity}" title=${h.message}><span aria-hidden="true">${h.severity === 'info' ? 'ⓘ' : '⚠'}</span> ${flagLabel(h, ctx.s, ctx.f)}</span>`,
    )}
  </div>`;
}

function kpiCell(id: KpiId, row: LeaderboardRow, ctx: CellContext, secondary: boolean) {
  const { s, f } = ctx;
  const k = row.kpis.find((r) => r.id === id);
  if (!k) return html`<div role="cell" part="cell kpi" class="cell kpi">${cellLabel(id, ctx, secondary)}–</div>`;
  const state = k.met === null ? 'none' : k.met ? 'met' : 'missed';
  return html`<div role="cell" part="cell kpi kpi-${state}" class="cell kpi ${state}">
    ${cellLabel(id, ctx, secondary)}${k.met === null ? nothing : html`<span class="glyph" aria-hidden="true">${k.met ? '✓' : '✗'}</span>`}
    ${kpiValue(id, k.value, f)}${k.met === null ? nothing : html` <span class="visually-hidden">${k.met ? s.kpiMet : s.kpiMissed}</span>`}
  </div>`;
}

/** Columns every row has on its own line, drawn by the row's own template (rows.ts). */
export type FixedColumn = 'rank' | 'name' | 'attainment';
/** The other columns: on the row's line when there is room, else on its second line. */
export type SideColumn = Exclude<ColumnId, FixedColumn>;
export const isSideColumn = (id: ColumnId): id is SideColumn => id !== 'rank' && id !== 'name' && id !== 'attainment';

/** The cell of column `id` for `row`; on the row's second line (`secondary`) it carries its column's label. */
export function renderCell(id: SideColumn, row: LeaderboardRow, ctx: CellContext, secondary = false): TemplateResult {
  switch (id) {
    case 'movement':
      return movementCell(row, ctx, secondary);
    case 'team':
      return html`<div role="cell" part="cell team" class="cell team">${row.team ? cellLabel('team', ctx, secondary) : nothing}${row.team ?? ''}</div>`;
    case 'amount':
      return amountCell(row, ctx, secondary);
    case 'flags':
      return flagsCell(row, ctx, secondary);
    default:
      return kpiCell(id, row, ctx, secondary);
  }
}
