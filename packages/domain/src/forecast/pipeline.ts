import type { DateString } from '../dates.js';
import type { Period } from '../elapsed-share.js';
import { dateRange, inDateRange } from '../date-range.js';
import type { ForecastDeal, PipelineForecast } from './types.js';

/**
 * Default chance to close by stage id ({@link DEFAULT_STAGE_IDS}'s stages),
 * used for deals without their own `probability`.
 */
export const DEFAULT_STAGE_PROBABILITIES: Readonly<Record<string, number>> = Object.freeze({
  lead: 0.1,
  opportunity: 0.25,
  proposal: 0.5,
  negotiation: 0.75,
  won: 1,
});

/** Options of `pipelineForecast()`. */
export interface PipelineOptions {
  /** Probability by stage id, merged over {@link DEFAULT_STAGE_PROBABILITIES}. */
  stageProbabilities?: Readonly<Record<string, number>>;
  /** Normal quantile of the range: 1.2816 gives an 80% interval (10% each side). */
  z?: number;
  /** Count deals whose close date is inside the period but before `asOf` (overdue, still open). Default true. */
  includeOverdue?: boolean;
}

/** Defaults of {@link PipelineOptions}: the default stage probabilities, an 80% interval, overdue deals count. */
export const DEFAULT_PIPELINE_OPTIONS: Readonly<Required<PipelineOptions>> = Object.freeze({
  stageProbabilities: DEFAULT_STAGE_PROBABILITIES,
  z: 1.2816,
  includeOverdue: true,
});

/**
 * Pipeline-weighted forecast (DOMAIN.md §4): actual + Σ amount × probability
 * over open deals expected to close inside the period.
 *
 * - A deal counts when its `closeDate` is within `[period.start, period.end]`
 *   or it has none. Overdue deals (close date in the period but before
 *   `asOf`) are still open and still count, unless `includeOverdue: false`.
 *   Close dates are compared as strings (`'YYYY-MM-DD'` sorts as dates; they
 *   are not re-validated here, the schema does that).
 * - Probability: the deal's own (clamped to [0, 1]), else
 *   `stageProbabilities[stage]`, else 0 (an unknown stage adds nothing).
 * - Deals with an amount that is not > 0 are skipped.
 * - Range: deals close independently (Bernoulli), so the added amount has
 *   mean Σ a·p and variance Σ a²·p·(1 − p); low/high = mean ∓ z·σ, clamped to
 *   [actual, actual + Σ amount of the deals that can close].
 *
 * One pass over the deals without per-deal allocations (a million deals
 * take about 20 ms on a small machine). `period`, `asOf` and `z` are not
 * validated here: `forecast()` does that.
 */
export function pipelineForecast(
  actual: number,
  deals: readonly ForecastDeal[],
  period: Period,
  asOf: DateString,
  options: PipelineOptions = {},
): PipelineForecast {
  const z = options.z ?? DEFAULT_PIPELINE_OPTIONS.z;
  const probabilities = new Map(Object.entries({ ...DEFAULT_STAGE_PROBABILITIES, ...options.stageProbabilities }));
  const first = options.includeOverdue === false && asOf > period.start ? asOf : period.start;
  const last = period.end;
  const range = dateRange(first, last);
  let count = 0;
  let weighted = 0;
  let variance = 0;
  let openAmount = 0;
  for (let i = 0; i < deals.length; i++) {
    const deal = deals[i]!;
    const close = deal.closeDate;
    if (close !== undefined && close !== null && !inDateRange(range, close)) continue;
    const a = deal.amount;
    if (!(a > 0)) continue;
    let p = deal.probability;
    if (p == null) p = deal.stage == null ? 0 : (probabilities.get(deal.stage) ?? 0);
    if (!(p > 0)) p = 0;
    else if (p > 1) p = 1;
    count++;
    if (p === 0) continue;
    weighted += a * p;
    variance += a * a * p * (1 - p);
    openAmount += a;
  }
  const value = actual + weighted;
  const spread = z * Math.sqrt(variance);
  return {
    value,
    low: Math.max(actual, value - spread),
    high: Math.min(actual + openAmount, value + spread),
    method: 'pipeline',
    deals: count,
    openAmount,
    weighted,
  };
}
