import { clamp } from '../stats.js';
import type { SampleLocale } from './names.js';
import { monthBefore } from './period.js';
import type { Random } from './random.js';

const round100 = (n: number): number => Math.round(n / 100) * 100;

/**
 * `count` past quarters' results by the same day of the quarter (so that they
 * compare with an actual to date), oldest first: values spread evenly over
 * ±15% of `center`, in rising order (growth) roughened by `count` random
 * swaps of neighbours. Evenly spread values have robust z-scores of at most
 * 1.35 whatever the order; with an actual within ±11% of `center` read after
 * them, at most 2 once there are 4 or more (5 values, the outlier check's
 * default minimum) — far from the outlier threshold of 3.5.
 */
export function quarterHistory(rng: Random, center: number, count: number): number[] {
  const values: number[] = [];
  for (let k = 0; k < count; k++) values.push(round100(center * (1 + (count > 1 ? ((2 * k) / (count - 1) - 1) * 0.15 : 0))));
  for (let swaps = count > 1 ? count : 0; swaps > 0; swaps--) {
    const j = rng.index(count - 1);
    const swap = values[j]!;
    values[j] = values[j + 1]!;
    values[j + 1] = swap;
  }
  return values;
}

/** How far the sample's outlier sits above its usual result by this day: a one-off mega deal. */
export const OUTLIER_FACTOR = 2.4;

/** One past month's target and actual, labelled (`Dec 2024` / `2024年12月`). */
export interface MonthResult {
  label: string;
  target: number;
  actual: number;
}

/**
 * The six months before the quarter for a rep with quarter target `target`:
 * month targets a little under a third of it, actuals within ±22% of them;
 * with `streak`, the last three months miss by 36–55% over or 38–50% under
 * (a three-period deviation streak, DOMAIN.md §5).
 */
export function monthResults(
  rng: Random, target: number, streak: boolean, year: number, quarter: number, locale: SampleLocale,
): MonthResult[] {
  const over = rng.next() < 0.5;
  const out: MonthResult[] = [];
  for (let back = 6; back >= 1; back--) {
    const monthTarget = Math.round((target / 3) * rng.between(0.88, 1) / 1000) * 1000;
    let ratio = clamp(1 + 0.1 * rng.normal(), 0.78, 1.22);
    if (streak && back <= 3) ratio = over ? rng.between(1.36, 1.55) : rng.between(0.5, 0.62);
    out.push({ label: monthBefore(year, quarter, back, locale), target: monthTarget, actual: round100(monthTarget * ratio) });
  }
  return out;
}
