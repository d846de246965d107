import { arc } from 'd3-shape';

/** What the gauge geometry depends on: attainments as fractions of target. */
export interface GaugeLayoutInput {
  attainment: number | null;
  pace: number | null;
  forecast: { value: number; low: number; high: number } | null;
  /** Lower bounds of the tiers, e.g. [0, 0.8, 1, 1.2]. */
  tierMins: readonly number[];
  /** Tier ids in the same order (for the band parts). */
  tierIds: readonly string[];
  /** Widths of the marker labels in view-box units (see {@link labelWidth}); a label that won't fit is dropped. */
  labelWidths?: { pace: number; forecast: number };
}

/** Rough width of a marker label at the gauge's 10-unit font: CJK characters are square, others about 0.6 em. */
export function labelWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 10 : 6;
  return w;
}

export interface GaugeBand {
  id: string;
  from: number;
  to: number;
  d: string;
}

export interface GaugeMarker {
  kind: 'pace' | 'forecast';
  value: number;
  /** Tick across the arc. */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Where the short label goes, and its text anchor; `null` when it would collide. */
  label: { x: number; y: number; anchor: 'start' | 'middle' | 'end' } | null;
}

export interface GaugeLayout {
  width: number;
  height: number;
  cx: number;
  cy: number;
  /** The scale's top, as a fraction of target: at least 150%, more when a value goes past it. */
  max: number;
  /** Arc paths (track, bands, value, range) are centred on (0, 0): draw them translated to (cx, cy). */
  track: string;
  bands: GaugeBand[];
  value: string | null;
  /** The value is beyond the scale's top (drawn to the end, with an arrow). */
  overflow: boolean;
  forecastRange: string | null;
  markers: GaugeMarker[];
  ticks: { value: number; x: number; y: number; anchor: 'start' | 'middle' | 'end' }[];
}

const START = (-2 * Math.PI) / 3;
const SWEEP = (4 * Math.PI) / 3;
/** Scales past this read as noise: values beyond it are drawn at the top with an overflow arrow. */
export const GAUGE_SCALE_CAP = 3;
const WIDTH = 320;
const HEIGHT = 196;
const OUTER = 96;
const THICKNESS = 22;
const INNER = OUTER - THICKNESS;

type Angles = { startAngle: number; endAngle: number };
/** The arc shapes: the tier ring (track and bands), the thinner value arc inside it, the forecast range outside it. */
const SHAPES = {
  ring: arc<Angles>().innerRadius(INNER).outerRadius(OUTER).cornerRadius(2),
  value: arc<Angles>().innerRadius(INNER + 5).outerRadius(OUTER - 5).cornerRadius(3),
  range: arc<Angles>().innerRadius(OUTER + 4).outerRadius(OUTER + 9),
};
/**
 * Arc paths drawn so far, by shape and angles. The track and the tier bands
 * are the same on nearly every gauge (same tiers, same scale), and a wall
 * redraws the same values again and again: building a rounded arc is most
 * of the layout's cost.
 */
const arcPaths = new Map<string, string>();
const ARC_PATHS_KEPT = 256;

function arcPath(shape: keyof typeof SHAPES, startAngle: number, endAngle: number): string {
  const key = `${shape} ${startAngle} ${endAngle}`;
  let d = arcPaths.get(key);
  if (d === undefined) {
    d = SHAPES[shape]({ startAngle, endAngle }) ?? '';
    if (arcPaths.size >= ARC_PATHS_KEPT) arcPaths.clear();
    arcPaths.set(key, d);
  }
  return d;
}

/** The scale's top for these values: 150%, or the next 25% step past the largest value (at most 300%). */
export function gaugeMax(values: readonly (number | null | undefined)[]): number {
  const largest = Math.max(0, ...values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)));
  // Keep a little room past the largest value so its marker never sits on the arc's end.
  return Math.min(GAUGE_SCALE_CAP, Math.max(1.5, Math.ceil((largest + 0.05) / 0.25) * 0.25));
}

/**
 * Pure geometry of the arc gauge in a 320×196 view box: the tier bands, the
 * value arc, the forecast range, the pace and forecast ticks with label
 * spots (dropped when the two would collide: the legend below still says
 * them), and the tier-boundary ticks. Angles run −120° … +120°.
 */
export function gaugeLayout(input: GaugeLayoutInput): GaugeLayout {
  const forecastHigh = input.forecast?.high;
  const max = gaugeMax([input.attainment, input.pace, input.forecast?.value, forecastHigh]);
  const cx = WIDTH / 2;
  const cy = OUTER + 30;
  const angle = (v: number) => START + (Math.min(Math.max(v, 0), max) / max) * SWEEP;
  const path = (a: number, b: number, shape: keyof typeof SHAPES = 'ring') => arcPath(shape, angle(a), angle(b));
  const point = (v: number, r: number) => {
    const a = angle(v);
    return { x: cx + r * Math.sin(a), y: cy - r * Math.cos(a) };
  };
  const anchorOf = (v: number): 'start' | 'middle' | 'end' => {
    const s = Math.sin(angle(v));
    return s > 0.2 ? 'start' : s < -0.2 ? 'end' : 'middle';
  };

  const bands = input.tierMins.map((from, i) => {
    const to = Math.min(input.tierMins[i + 1] ?? max, max);
    return { id: input.tierIds[i] ?? String(i), from, to, d: from < to ? path(Math.max(0, from), to) : '' };
  });

  const markers: GaugeMarker[] = [];
  const addMarker = (kind: GaugeMarker['kind'], value: number) => {
    const a = point(value, INNER - 6);
    const b = point(value, OUTER + 12);
    const l = point(value, OUTER + 22);
    markers.push({ kind, value, x1: a.x, y1: a.y, x2: b.x, y2: b.y, label: { x: l.x, y: l.y, anchor: anchorOf(value) } });
  };
  if (input.pace !== null) addMarker('pace', input.pace);
  if (input.forecast) addMarker('forecast', input.forecast.value);
  if (markers.length === 2 && Math.abs(angle(markers[0]!.value) - angle(markers[1]!.value)) < 0.35) {
    for (const m of markers) m.label = null;
  }
  // A label that would run out of the view box goes: the legend below says it anyway.
  for (const m of markers) {
    if (!m.label) continue;
    const w = input.labelWidths?.[m.kind] ?? 0;
    const left = m.label.anchor === 'start' ? m.label.x : m.label.anchor === 'end' ? m.label.x - w : m.label.x - w / 2;
    if (left < 2 || left + w > WIDTH - 2 || m.label.y < 6) m.label = null;
  }

  const ticks = input.tierMins
    .filter((v) => v > 0 && v < max)
    .map((value) => ({ value, ...point(value, INNER - 12), anchor: 'middle' as const }));

  return {
    width: WIDTH,
    height: HEIGHT,
    cx,
    cy,
    max,
    track: path(0, max),
    bands,
    value: input.attainment !== null && input.attainment > 0 ? path(0, input.attainment, 'value') : null,
    overflow: input.attainment !== null && input.attainment > max,
    forecastRange: input.forecast && input.forecast.high > input.forecast.low ? path(input.forecast.low, input.forecast.high, 'range') : null,
    markers,
    ticks,
  };
}

export interface GaugeBarLayout {
  max: number;
  bands: { id: string; x: number; width: number }[];
  value: number;
  overflow: boolean;
  pace: number | null;
  forecast: number | null;
  range: { x: number; width: number } | null;
}

/** Pure geometry of the compact bar in a 100-unit-wide view box (x positions in 0..100). */
export function gaugeBarLayout(input: GaugeLayoutInput): GaugeBarLayout {
  const max = gaugeMax([input.attainment, input.pace, input.forecast?.value, input.forecast?.high]);
  const x = (v: number) => (Math.min(Math.max(v, 0), max) / max) * 100;
  return {
    max,
    bands: input.tierMins.map((from, i) => {
      const to = Math.min(input.tierMins[i + 1] ?? max, max);
      return { id: input.tierIds[i] ?? String(i), x: x(from), width: Math.max(0, x(to) - x(from)) };
    }),
    value: input.attainment === null ? 0 : x(input.attainment),
    overflow: input.attainment !== null && input.attainment > max,
    pace: input.pace === null ? null : x(input.pace),
    forecast: input.forecast ? x(input.forecast.value) : null,
    range: input.forecast && input.forecast.high > input.forecast.low ? { x: x(input.forecast.low), width: x(input.forecast.high) - x(input.forecast.low) } : null,
  };
}
