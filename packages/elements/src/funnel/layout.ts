/**
 * Pure geometry of `<quota-funnel>`: which arrangement fits the width, the
 * sizes of its columns (px) and each stage's shape as a fraction of the
 * largest stage. No DOM: the element draws this with CSS grid, where every
 * label sits in its own cell and wraps inside it, so labels cannot overlap;
 * this function makes sure each label cell is wide enough for its longest
 * unbreakable figure (numbers never break mid-digit), and changes the
 * arrangement when it is not.
 *
 * Arrangements:
 * - `funnel`: vertical; the funnel shapes (centred bars joined by tapering
 *   necks), a mark column for the bottleneck bracket, the labels beside them.
 * - `bars`: vertical, for narrow widths; each stage's labels with a bar below,
 *   the bracket in a column beside them; narrower still (the labels would get
 *   less than `minLabel`), one column, the bracket a rule along the span.
 * - `columns`: horizontal; a column per stage with the labels above the
 *   shapes, necks between them, conversions below. Falls back to a vertical
 *   arrangement when the columns would be too narrow for their labels.
 * Loss reasons go beside the funnel when there is room, else below.
 */

export type FunnelOrientation = 'vertical' | 'horizontal';
export type FunnelMode = 'funnel' | 'bars' | 'columns';
export type BracketRole = 'start' | 'middle' | 'end' | null;

export interface FunnelLayoutInput {
  /** What the shapes measure, per stage (counts or amounts, ≥ 0). */
  values: readonly number[];
  /** Width available, px. 0 or undefined: not measured yet ({@link FUNNEL_LAYOUT_DEFAULTS}.width). */
  width?: number | undefined;
  /** Px per em (the host's font size); drives every size threshold. */
  em?: number | undefined;
  orientation?: FunnelOrientation;
  /** The bottleneck span, by stage position, to bracket. */
  bottleneck?: { fromIndex: number; toIndex: number } | null;
  /** How many loss reasons there are to place (0: none). */
  lossReasons?: number;
}

export interface FunnelStageGeometry {
  /** The stage's size as a fraction of the largest stage, 0..1 (its bar's width, or height in columns). */
  size: number;
  /** Its part of the bottleneck bracket. */
  bracket: BracketRole;
  /** The neck from the previous stage into this one (`null` for the first stage). */
  connector: { from: number; to: number; bottleneck: boolean } | null;
}

export interface FunnelLayout {
  mode: FunnelMode;
  /** The orientation drawn (a horizontal request may fall back to vertical). */
  orientation: FunnelOrientation;
  /** A horizontal request that did not fit and is drawn vertically. */
  fallback: boolean;
  /** Width the layout was made for, px, and the em it assumed. */
  width: number;
  em: number;
  loss: 'beside' | 'below' | 'none';
  /** Width of the loss-reasons column when beside, px (0 otherwise). */
  asideWidth: number;
  /** Width of the stages' area, px. */
  mainWidth: number;
  /** Bracket column (vertical) or row (columns) thickness, px. */
  markSize: number;
  /** Gap between grid columns, px. */
  gap: number;
  /** funnel: width of the shapes column; columns: height of the shapes row; bars: 0 (bars span the label column). */
  shapeSize: number;
  /** Width of a stage's label cell, px (the rest of the row in vertical arrangements). */
  labelWidth: number;
  /** columns: width of a neck column relative to a stage column (a CSS `fr` ratio); 0 otherwise. */
  connectorRatio: number;
  /** Least height of a stage row, px (funnel arrangement: so the shape reads as a funnel). */
  stageMinHeight: number;
  /** Whether the bottleneck bracket has a column of its own (not in one-column bars: a rule at the span's start edge instead). */
  bracketColumn: boolean;
  /** Whether every label cell holds `minLabel`: figures are then kept whole on one line (only a widget narrower than that wraps them). */
  wholeFigures: boolean;
  stages: FunnelStageGeometry[];
}

/** The thresholds, in em unless named px. */
export const FUNNEL_LAYOUT_DEFAULTS = Object.freeze({
  /** Assumed width before the first measurement, px. */
  width: 600,
  /** Assumed font size, px. */
  em: 14,
  /** Longest unbreakable figure a label cell must hold (e.g. "CN¥170.4M", "12,345 deals" breaks at the space). */
  minLabel: 7.5,
  /** One-column bars: the rule along the bottleneck span at each stage's start edge, with its spacing. */
  rule: 0.5,
  /** Vertical: below this width the funnel becomes stacked bars. */
  barsBelow: 30,
  mark: 1.25,
  gap: 0.75,
  /** Funnel arrangement: label column bounds. */
  labelMin: 12,
  labelMax: 30,
  /** Funnel arrangement: shapes column bounds. */
  shapeMin: 8,
  shapeMax: 48,
  /** Loss reasons beside the funnel: their column bounds, and the least width left for the stages. */
  asideMin: 16,
  asideMax: 26,
  asideMinMain: 44,
  /** Columns: least stage and neck column widths. */
  columnMin: 8,
  connectorMin: 4,
  /** Columns: shapes row height bounds. */
  rowMin: 6,
  rowMax: 16,
});

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Each stage's size as a fraction of the largest value (0 for all when every value is 0 or bad). */
export function stageSizes(values: readonly number[]): number[] {
  let max = 0;
  for (const v of values) if (Number.isFinite(v) && v > max) max = v;
  return values.map((v) => (max > 0 && Number.isFinite(v) && v > 0 ? v / max : 0));
}

function bracketOf(i: number, span: { fromIndex: number; toIndex: number } | null | undefined): BracketRole {
  if (!span || span.toIndex <= span.fromIndex) return null;
  if (i === span.fromIndex) return 'start';
  if (i === span.toIndex) return 'end';
  return i > span.fromIndex && i < span.toIndex ? 'middle' : null;
}

/** The funnel's arrangement and geometry for a width (see the module comment). */
export function funnelLayout(input: FunnelLayoutInput): FunnelLayout {
  const d = FUNNEL_LAYOUT_DEFAULTS;
  const em = input.em && input.em > 0 ? input.em : d.em;
  const width = input.width && input.width > 0 ? input.width : d.width;
  const n = input.values.length;
  const sizes = stageSizes(input.values);
  const span = input.bottleneck ?? null;
  const stages: FunnelStageGeometry[] = sizes.map((size, i) => ({
    size,
    bracket: bracketOf(i, span),
    connector: i === 0 ? null : { from: sizes[i - 1]!, to: size, bottleneck: span !== null && i > span.fromIndex && i <= span.toIndex },
  }));
  const w = width / em;
  const gap = d.gap;
  const hasLoss = (input.lossReasons ?? 0) > 0;
  const aside = clamp(w * 0.28, d.asideMin, d.asideMax);
  const px = (v: number) => Math.floor(v * em);
  const whole = (labelEm: number) => labelEm >= d.minLabel;
  const base = { width, em, fallback: false, markSize: d.mark * em, gap: gap * em, bracketColumn: true, stages };

  if (input.orientation === 'horizontal' && n > 0) {
    const need = n * d.columnMin + (n - 1) * d.connectorMin + (2 * n - 2) * gap;
    const beside = hasLoss && w >= need + aside + 2 * gap;
    const main = beside ? w - aside - 2 * gap : w;
    if (main >= need) {
      // Stage columns take 1fr, necks `ratio` fr: never below their least widths, as `need` holds them.
      const free = main - (2 * n - 2) * gap;
      const ratio = d.connectorMin / d.columnMin;
      const stageColumn = free / (n + (n - 1) * ratio);
      return {
        ...base,
        mode: 'columns',
        orientation: 'horizontal',
        loss: hasLoss ? (beside ? 'beside' : 'below') : 'none',
        asideWidth: beside ? px(aside) : 0,
        mainWidth: px(main),
        shapeSize: px(clamp(main * 0.2, d.rowMin, d.rowMax)),
        labelWidth: px(stageColumn),
        connectorRatio: n > 1 ? ratio : 0,
        stageMinHeight: 0,
        wholeFigures: whole(stageColumn),
      };
    }
  }

  const fallback = input.orientation === 'horizontal';
  const beside = hasLoss && w - aside - 2 * gap >= d.asideMinMain;
  const main = beside ? w - aside - 2 * gap : w;
  if (main < d.barsBelow) {
    // The bracket keeps its column while the labels beside it still hold the longest figure.
    const bracketColumn = w - d.mark - gap >= d.minLabel;
    const label = bracketColumn ? w - d.mark - gap : w - d.rule;
    return {
      ...base,
      fallback,
      mode: 'bars',
      orientation: 'vertical',
      loss: hasLoss ? 'below' : 'none',
      asideWidth: 0,
      mainWidth: px(w),
      markSize: bracketColumn ? base.markSize : 0,
      shapeSize: 0,
      labelWidth: px(label),
      connectorRatio: 0,
      stageMinHeight: 0,
      bracketColumn,
      wholeFigures: whole(label),
    };
  }
  const room = main - d.mark - 2 * gap;
  const shape = clamp(room - clamp(room * 0.45, d.labelMin, d.labelMax), d.shapeMin, d.shapeMax);
  const label = room - shape;
  return {
    ...base,
    fallback,
    mode: 'funnel',
    orientation: 'vertical',
    loss: hasLoss ? (beside ? 'beside' : 'below') : 'none',
    asideWidth: beside ? px(aside) : 0,
    mainWidth: px(main),
    shapeSize: px(shape),
    labelWidth: px(label),
    connectorRatio: 0,
    stageMinHeight: Math.ceil(clamp(shape * 0.11, 2.75, 6) * em),
    wholeFigures: whole(label),
  };
}
