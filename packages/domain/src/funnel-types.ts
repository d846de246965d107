import type { FunnelSpan } from './funnel-benchmarks.js';
import type { FunnelBottleneck } from './funnel-bottleneck.js';
import type { FunnelTotals } from './funnel-totals.js';
import type { Highlight } from './highlight.js';
import type { LossReason } from './loss-reasons.js';

/** One stage with its numbers. */
export interface FunnelStageMetrics {
  id: string;
  name: string;
  count: number;
  amount: number | null;
  /** `count[i] / count[i−1]`; `null` for the first stage and after a stage with 0. May exceed 1. */
  conversion: number | null;
  /** `count[i] / count[0]`; 1 for the first stage; `null` when the first stage has 0. */
  cumulative: number | null;
  avgDays: number | null;
  dwellBenchmark: number | null;
  /** `avgDays > dwellBenchmark` (false when either is missing). */
  stalled: boolean;
  /** The first benchmark span (in funnel order) that ends at this stage, or `null`. */
  benchmark: FunnelSpan | null;
}

/** Result of `funnelMetrics()`. */
export interface FunnelMetrics {
  stages: FunnelStageMetrics[];
  /** Every benchmark that applies to these stages, measured, in funnel order. */
  spans: FunnelSpan[];
  bottleneck: FunnelBottleneck | null;
  /** won / opportunities; `null` when the denominator is 0 or there is no such pair of stages. */
  winRate: number | null;
  /** The stage ids the win rate used (`null` when there is none). */
  winFrom: string | null;
  wonStage: string | null;
  lossReasons: LossReason[];
  totals: FunnelTotals;
  highlights: Highlight[];
}
