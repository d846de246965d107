import { DEFAULT_OUTLIER_OPTIONS, type OutlierOptions } from './detect-outliers.js';

/** Scratch buffers reused by every call (the function is synchronous and calls nothing back). */
let values = new Float64Array(16);
let sorted = new Float64Array(16);

/**
 * The robust z-score of `value` read after `history` when it is an outlier of
 * that series, else `null`: exactly
 * `detectOutliers([...history, value], options).find((o) => o.index === history.length)?.score ?? null`
 * (same median, MAD and mean-absolute-deviation fallback, same skipping of
 * non-finite values, same float results), without allocating: what a
 * leaderboard row or a tree node asks of its history, 100,000 times a call.
 * A non-finite `value` is never an outlier (it is skipped).
 */
export function lastOutlierScore(history: readonly number[], value: number, options: OutlierOptions = {}): number | null {
  const { threshold, minCount } = { ...DEFAULT_OUTLIER_OPTIONS, ...options };
  return lastOutlierScoreOf(history, value, threshold, minCount);
}

/**
 * {@link lastOutlierScore} with its options already resolved (as
 * `{ ...DEFAULT_OUTLIER_OPTIONS, ...options }` does), for callers that check
 * many series with the same options.
 */
export function lastOutlierScoreOf(history: readonly number[], value: number, threshold: number, minCount: number): number | null {
  if (!Number.isFinite(value)) return null;
  const n = history.length;
  if (values.length <= n) {
    values = new Float64Array(2 * n + 2);
    sorted = new Float64Array(2 * n + 2);
  }
  // The finite values in input order (`values`) and a copy to sort (`sorted`).
  let m = 0;
  for (let i = 0; i < n; i++) {
    const v = history[i]!;
    if (Number.isFinite(v)) values[m++] = v;
  }
  values[m++] = value;
  if (m < minCount) return null;
  for (let i = 0; i < m; i++) sorted[i] = values[i]!;
  const mid = middle(sortAscending(sorted, m), m);
  // Deviations summed in input order, as `detectOutliers` does, so the mean is the same float.
  let total = 0;
  for (let i = 0; i < m; i++) {
    const d = Math.abs(values[i]! - mid);
    sorted[i] = d;
    total += d;
  }
  const mad = middle(sortAscending(sorted, m), m);
  let scale: number;
  if (mad > 0) scale = mad / 0.6745;
  else {
    const meanAD = total / m;
    if (meanAD === 0) return null;
    scale = 1.253314 * meanAD;
  }
  const score = (value - mid) / scale;
  return Math.abs(score) > threshold ? score : null;
}

/** The median of the first `m` (sorted) values. */
function middle(a: Float64Array, m: number): number {
  const half = m >> 1;
  return m % 2 ? a[half]! : (a[half - 1]! + a[half]!) / 2;
}

/**
 * Sorts the first `m` values of `a` (finite numbers) ascending, in the order
 * `Float64Array#sort` gives (so -0 before 0): insertion sort for short series,
 * the native sort beyond.
 */
function sortAscending(a: Float64Array, m: number): Float64Array {
  if (m > 24) {
    a.subarray(0, m).sort();
    return a;
  }
  for (let i = 1; i < m; i++) {
    const v = a[i]!;
    let j = i - 1;
    while (j >= 0 && sortsAfter(a[j]!, v)) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = v;
  }
  return a;
}

/** Whether `x` comes after `v` in `Float64Array#sort` order (finite numbers; 0 after -0). */
function sortsAfter(x: number, v: number): boolean {
  return x > v || (x === 0 && v === 0 && 1 / x > 1 / v);
}
