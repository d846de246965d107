import { median } from './stats.js';

export interface OutlierOptions {
  /** Robust z-score above which a value is an outlier (DOMAIN.md §5: 3.5). */
  threshold?: number;
  /** Fewer values than this give no outliers: too little to know what is usual. */
  minCount?: number;
}

export const DEFAULT_OUTLIER_OPTIONS: Required<OutlierOptions> = { threshold: 3.5, minCount: 5 };

export interface Outlier {
  index: number;
  value: number;
  /** Signed robust z-score: positive above the median, negative below. */
  score: number;
}

/**
 * Values far from the rest: the modified z-score 0.6745·(x − median) / MAD
 * (Iglewicz & Hoaglin) above `threshold` in absolute value. When more than
 * half the values are equal (MAD = 0) the mean absolute deviation stands in
 * (score (x − median) / (1.2533·meanAD)); when every value is equal there
 * are no outliers. Non-finite values are skipped (their index is kept).
 */
export function detectOutliers(values: readonly number[], options: OutlierOptions = {}): Outlier[] {
  const { threshold, minCount } = { ...DEFAULT_OUTLIER_OPTIONS, ...options };
  const finite = values.filter(Number.isFinite);
  if (finite.length < minCount) return [];
  const mid = median(finite);
  const deviations = finite.map((v) => Math.abs(v - mid));
  const mad = median(deviations);
  let scale: number;
  if (mad > 0) scale = mad / 0.6745;
  else {
    const meanAD = deviations.reduce((s, d) => s + d, 0) / deviations.length;
    if (meanAD === 0) return [];
    scale = 1.253314 * meanAD;
  }
  const out: Outlier[] = [];
  values.forEach((value, index) => {
    if (!Number.isFinite(value)) return;
    const score = (value - mid) / scale;
    if (Math.abs(score) > threshold) out.push({ index, value, score });
  });
  return out;
}
