import type { ForecastRange } from './types.js';

/**
 * Run-rate forecast (DOMAIN.md §4): `actual / elapsed`. Only the part still
 * to come is uncertain, so the range is the actual plus the extrapolated
 * remainder `(value − actual)` scaled by `1 ∓ spread` (default ±20%); it
 * narrows to nothing as the period ends. `elapsed` ≤ 0 (the period has not
 * started) leaves nothing to extrapolate: value, low and high are the actual.
 * With `actual ≥ 0` and `elapsed` in (0, 1], `actual ≤ low ≤ value ≤ high`.
 */
export function runRateForecast(actual: number, elapsed: number, spread = 0.2): ForecastRange {
  if (!(elapsed > 0)) return { value: actual, low: actual, high: actual, method: 'runRate' };
  const value = actual / Math.min(elapsed, 1);
  const rest = value - actual;
  return { value, low: actual + rest * (1 - spread), high: actual + rest * (1 + spread), method: 'runRate' };
}
