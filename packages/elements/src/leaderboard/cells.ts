import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Highlight, KpiId, QualityRule } from '@quota/domain';
import type { Formats } from '../core/format.js';
import { barGeometry, movementKind, type ColumnId } from './layout.js';
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

function rankCell(row: LeaderboardRow, ctx: CellContext) {
  return html`<div role="cell" part="cell rank" class="cell rank">
    ${ctx.f.number(row.rank, 0)}${row.tied ? html`<span class="tie" aria-hidden="true">=</span><span class="visually-hidden">${ctx.s.tied}</span>` : nothing}
  </div>`;
}

function movementCell(row: LeaderboardRow, ctx: CellContext, secondary: boolean) {
  const { s, f } = ctx;
  const m = movementKind(row.movement);
  const places = f.number(m.places, 0);
  const said = m.kind === 'up' ? s.up(places) : m.kind === 'down' ? s.down(places) : m.kind === 'same' ? s.same : s.newEntry;
  const shown =
    m.kind === 'new'
      ? html`<span part="new" class="new-mark">${s.newMark}</span>`
      : html`<span class="glyph">${MOVEMENT_GLYPH[m.kind]}</span>${m.places ? places : nothing}`;
  return html`<div role="cell" part="cell movement movement-${m.kind}" class="cell movement ${m.kind}">
    ${cellLabel('movement', ctx, secondary)}<span class="shown" aria-hidden="true">${shown}</span><span class="visually-hidden">${said}</span>
  </div>`;
}

function nameCell(row: LeaderboardRow, ctx: CellContext) {
  return html`<div role="rowheader" part="cell name" class="cell name">
    <span class="name-text">${row.name}</span>
    ${row.badges.map(
      (b) => html`<span part="badge badge-${b}" class="badge ${b}"><span aria-hidden="true">${BADGE_GLYPH[b]}</span> ${ctx.s.badges[b]}</span>`,
    )}
  </div>`;
}

function attainmentCell(row: LeaderboardRow, ctx: CellContext, secondary: boolean) {
  const { s, f, view } = ctx;
  const tier = row.tier?.id;
  const g = barGeometry(row.attainment, view.barMax, view.tierMins, view.pace);
  return html`<div role="cell" part="cell attainment" class="cell attainment tier-${tier ?? 'none'}">
    ${cellLabel('attainment', ctx, secondary)}
    <span class="figure">
      <span class="pct">${row.attainment === null ? '–' : f.percent(row.attainment, 0)}</span>
      ${row.qualityIssue ? html`<span class="qmark" part="flag-mark" title=${s.qualityMark}><span aria-hidden="true">⚠</span><span class="visually-hidden">${s.qualityMark}</span></span>` : nothing}
      <span part="tier tier-${tier ?? 'none'}" class="tier">${tier ? s.tiers[tier] : s.noTier}</span>
    </span>
    <svg part="bar" class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
      <rect class="track" x="0" y="2" width="100" height="6"></rect>
      ${g.value > 0 ? svg`<rect part="bar-value" class="fill" x="0" y="2" width=${g.value} height="6"></rect>` : nothing}
      ${g.ticks.map((x) => svg`<line class="tick" x1=${x} x2=${x} y1="0" y2="10" vector-effect="non-scaling-stroke"></line>`)}
      ${g.pace !== null ? svg`<line part="bar-pace" class="pace" x1=${g.pace} x2=${g.pace} y1="0" y2="10" vector-effect="non-scaling-stroke"></line>` : nothing}
    </svg>
  </div>`;
}

function amountCell(row: LeaderboardRow, ctx: CellContext, secondary: boolean) {
  const { s, f } = ctx;
  return html`<div role="cell" part="cell amount" class="cell amount">
    ${cellLabel('amount', ctx, secondary)}<span class="actual">${f.amount(row.actual, true)}</span>
    <span class="target">${s.ofTarget(f.amount(row.target, true))}</span>
  </div>`;
}

function flagsCell(row: LeaderboardRow, ctx: CellContext, secondary: boolean) {
  if (secondary && !row.highlights.length) return html`<div role="cell" class="cell flags empty"></div>`;
  return html`<div role="cell" part="cell flags" class="cell flags">
    ${row.highlights.length ? cellLabel('flags', ctx, secondary) : nothing}
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

/** The cell of column `id` for `row`; on the row's second line (`secondary`) it carries its column's label. */
export function renderCell(id: ColumnId, row: LeaderboardRow, ctx: CellContext, secondary = false): TemplateResult {
  switch (id) {
    case 'rank':
      return rankCell(row, ctx);
    case 'movement':
      return movementCell(row, ctx, secondary);
    case 'name':
      return nameCell(row, ctx);
    case 'team':
      return html`<div role="cell" part="cell team" class="cell team">${row.team ? cellLabel('team', ctx, secondary) : nothing}${row.team ?? ''}</div>`;
    case 'attainment':
      return attainmentCell(row, ctx, secondary);
    case 'amount':
      return amountCell(row, ctx, secondary);
    case 'flags':
      return flagsCell(row, ctx, secondary);
    default:
      return kpiCell(id, row, ctx, secondary);
  }
}
