import type { ForecastSeason, SeasonalForecast } from './types.js';

/**
 * Seasonal forecast (DOMAIN.md §4): each prior season's share of its period
 * total reached by this point, `reached / total`; value = actual / the mean
 * share, low = actual / the largest share, high = actual / the smallest.
 * Seasons with a total ≤ 0 or a share that is 0 (or not finite) are skipped:
 * they cannot scale the actual. `null` when no season is left. Shares above
 * 1 (a period that ended below what it had reached) are kept.
 */
export function seasonalForecast(actual: number, history: readonly ForecastSeason[] = []): SeasonalForecast | null {
  let sum = 0;
  let seasons = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const { total, reached } of history) {
    if (!(total > 0)) continue;
    const share = reached / total;
    if (!(share > 0 && share < Infinity)) continue;
    sum += share;
    seasons++;
    if (share < min) min = share;
    if (share > max) max = share;
  }
  if (seasons === 0) return null;
  const share = sum / seasons;
  const a = actual / max;
  const b = actual / min;
  const low = Math.min(a, b);
  const high = Math.max(a, b);
  // The mean of equal shares may round one ulp outside [min, max]: keep the value inside its range.
  const value = Math.min(high, Math.max(low, actual / share));
  return { value, low, high, method: 'seasonal', share, seasons };
}
