import { KPI_IDS, type KpiId } from '@quota/domain';

export type ColumnId = 'rank' | 'movement' | 'name' | 'team' | 'attainment' | 'amount' | 'flags' | KpiId;

interface ColumnSpec {
  /** CSS grid track, in em. */
  track: string;
  /** Narrowest the column may get, in em. */
  min: number;
}

/** Grid tracks and minimum widths (em) of each column. */
export const COLUMN_SPECS: Readonly<Record<ColumnId, ColumnSpec>> = {
  rank: { track: '2.6em', min: 2.6 },
  movement: { track: '3.6em', min: 3.6 },
  name: { track: 'minmax(7.5em, 2fr)', min: 7.5 },
  team: { track: 'minmax(6.5em, 1fr)', min: 6.5 },
  attainment: { track: 'minmax(8.5em, 2fr)', min: 8.5 },
  amount: { track: 'minmax(7em, 1fr)', min: 7 },
  flags: { track: 'minmax(8em, 1.4fr)', min: 8 },
  weeklyVisits: { track: 'minmax(4.8em, 0.8fr)', min: 4.8 },
  monthlyOpportunities: { track: 'minmax(4.8em, 0.8fr)', min: 4.8 },
  opportunityToProposal: { track: 'minmax(4.8em, 0.8fr)', min: 4.8 },
  proposalToWon: { track: 'minmax(4.8em, 0.8fr)', min: 4.8 },
};

/** Space between columns and the row's inline padding, in em (kept in step with leaderboard.styles.ts). */
export const COLUMN_GAP = 0.6;
export const ROW_PADDING = 0.6;

/** Which columns go on the row's own line first when space is short; KPIs come and go together. */
const PRIORITY: (ColumnId | 'kpis')[] = ['rank', 'name', 'attainment', 'movement', 'amount', 'flags', 'team', 'kpis'];
/** Order of the columns on screen. */
const ORDER: ColumnId[] = ['rank', 'movement', 'name', 'team', 'attainment', 'amount', 'flags', ...KPI_IDS];

export interface ColumnsInput {
  /** The widget's content width, in em of its own font. */
  widthEm: number;
  teams: boolean;
  flags: boolean;
  kpis: boolean;
}

export interface ColumnsLayout {
  /** Columns on the row's line, in screen order. */
  primary: ColumnId[];
  /** Columns moved to the row's second line (with their labels), in screen order. */
  secondary: ColumnId[];
  /** `grid-template-columns` for the primary columns. */
  template: string;
}

/**
 * The columns that fit in `widthEm`: by priority (rank, name, attainment,
 * movement, amount, alerts, team, then the four KPIs together), each one
 * that fits goes on the row's line; the rest move to a second line under
 * it rather than being clipped. Rank, name and attainment always stay.
 */
export function leaderboardColumns(input: ColumnsInput): ColumnsLayout {
  const present = (id: ColumnId | 'kpis') => (id === 'team' ? input.teams : id === 'flags' ? input.flags : id === 'kpis' ? input.kpis : true);
  const members = (id: ColumnId | 'kpis'): ColumnId[] => (id === 'kpis' ? [...KPI_IDS] : [id]);
  const room = input.widthEm - 2 * ROW_PADDING;
  const chosen = new Set<ColumnId>();
  const shown = new Set<ColumnId>();
  let used = -COLUMN_GAP;
  let full = false;
  for (const group of PRIORITY) {
    if (!present(group)) continue;
    const ids = members(group);
    for (const id of ids) shown.add(id);
    const need = ids.reduce((sum, id) => sum + COLUMN_SPECS[id].min + COLUMN_GAP, 0);
    const required = group === 'rank' || group === 'name' || group === 'attainment';
    if (required || (!full && used + need <= room + 1e-9)) {
      for (const id of ids) chosen.add(id);
      used += need;
    } else full = true;
  }
  const primary = ORDER.filter((id) => chosen.has(id));
  const secondary = ORDER.filter((id) => shown.has(id) && !chosen.has(id));
  return { primary, secondary, template: primary.map((id) => COLUMN_SPECS[id].track).join(' ') };
}

/** Widest the table reads well at its own font size, in em; wider walls scale the type up. */
export const COMFORT_WIDTH_EM = 120;
/** The most the type scales up on a wall. */
export const MAX_SCALE = 2.5;

/** The narrowest the table can be, in em: rank, name and attainment side by side. */
export const MIN_WIDTH_EM = COLUMN_SPECS.rank.min + COLUMN_SPECS.name.min + COLUMN_SPECS.attainment.min + 2 * COLUMN_GAP + 2 * ROW_PADDING;
/** The least the type scales down on a very narrow screen with large type. */
export const MIN_SCALE = 0.6;

/**
 * Font scale for a table `widthPx` wide at a base font of `fontPx`: 1 in
 * the usual range; up (to 2.5×) once the table is wider than reads well
 * (a 4K wall); down (to 0.6×) when not even rank, name and attainment fit
 * (large type on a phone), so nothing is clipped.
 */
export function scaleFor(widthPx: number, fontPx: number): number {
  if (!(widthPx > 0) || !(fontPx > 0)) return 1;
  const em = widthPx / fontPx;
  if (em > COMFORT_WIDTH_EM) return Math.min(MAX_SCALE, em / COMFORT_WIDTH_EM);
  if (em < MIN_WIDTH_EM) return Math.max(MIN_SCALE, em / MIN_WIDTH_EM);
  return 1;
}

/** The attainment bar's scale top: 150%, or the next 25% step past the best attainment (at most 300%). */
export function barMax(best: number | null): number {
  const top = best !== null && Number.isFinite(best) ? best : 0;
  return Math.min(3, Math.max(1.5, Math.ceil((top + 0.05) / 0.25) * 0.25));
}

export interface BarGeometry {
  /** Filled length in a 100-unit-wide view box. */
  value: number;
  /** The attainment is past the scale's top. */
  overflow: boolean;
  /** Tier boundaries (except 0) as x positions. */
  ticks: number[];
  /** Expected-pace marker, or null. */
  pace: number | null;
}

/** Pure geometry of one attainment bar in a 100-unit view box. */
export function barGeometry(attainment: number | null, max: number, tierMins: readonly number[], pace: number | null): BarGeometry {
  const x = (v: number) => (Math.min(Math.max(v, 0), max) / max) * 100;
  return {
    value: attainment === null ? 0 : x(attainment),
    overflow: attainment !== null && attainment > max,
    ticks: tierMins.filter((m) => m > 0 && m < max).map(x),
    pace: pace === null ? null : x(pace),
  };
}

export type MovementKind = 'up' | 'down' | 'same' | 'new';

/** How a movement reads: direction and places (0 when unchanged or new). */
export function movementKind(movement: number | null): { kind: MovementKind; places: number } {
  if (movement === null) return { kind: 'new', places: 0 };
  if (movement > 0) return { kind: 'up', places: movement };
  if (movement < 0) return { kind: 'down', places: -movement };
  return { kind: 'same', places: 0 };
}

/** Rows that fit a body `bodyPx` high with rows `rowPx` high (at least one). */
export function pageSizeFor(bodyPx: number, rowPx: number, fallback = 10): number {
  if (!(bodyPx > 0) || !(rowPx > 0)) return fallback;
  return Math.max(1, Math.floor((bodyPx + 0.5) / rowPx));
}

/** Number of pages for `count` rows (at least one). */
export function pageCount(count: number, pageSize: number): number {
  return Math.max(1, Math.ceil(count / Math.max(1, pageSize)));
}

/**
 * The row a key moves to from `index` among `count` rows: arrows by one,
 * Page Up/Down by `pageStep`, Home/End to the ends; `null` for other keys.
 */
export function nextIndex(key: string, index: number, count: number, pageStep: number): number | null {
  if (count === 0) return null;
  const clamp = (i: number) => Math.min(count - 1, Math.max(0, i));
  switch (key) {
    case 'ArrowDown':
      return clamp(index + 1);
    case 'ArrowUp':
      return clamp(index - 1);
    case 'PageDown':
      return clamp(index + Math.max(1, pageStep));
    case 'PageUp':
      return clamp(index - Math.max(1, pageStep));
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
