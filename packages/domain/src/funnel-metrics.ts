import { benchmarkSpans, SEED_BENCHMARKS, type FunnelBenchmark } from './funnel-benchmarks.js';
import { findBottleneck } from './funnel-bottleneck.js';
import { funnelHighlights } from './funnel-highlights.js';
import { funnelTotals, winStages } from './funnel-totals.js';
import type { FunnelMetrics, FunnelStageMetrics } from './funnel-types.js';
import { rankLossReasons, type LossInput } from './loss-reasons.js';

/** What `funnelMetrics()` reads (a `FunnelData` fits; it need not be validated). */
export interface FunnelInput {
  stages: readonly { id: string; name: string; count: number; amount?: number | undefined; avgDays?: number | undefined; dwellBenchmark?: number | undefined }[];
  benchmarks?: readonly FunnelBenchmark[] | undefined;
  lost?: readonly LossInput[] | undefined;
}

/** Options of `funnelMetrics()`. */
export interface FunnelOptions {
  /** Benchmarks used when the data has none (`data.benchmarks` absent). */
  benchmarks?: readonly FunnelBenchmark[];
  /** Locale of highlight sentences: `'en-US'` or `'zh-CN'`. */
  locale?: string;
  /** Stage id of the win rate's denominator (default `'opportunity'` if present, else the 2nd stage). */
  winFrom?: string;
  /** Stage id of won deals (default: the last stage). */
  wonStage?: string;
  /** A span still meets its benchmark when it falls short by at most this much (a rate difference, 0.02 = 2 pp). */
  tolerance?: number;
}

/** Defaults of {@link FunnelOptions}: the seed benchmarks, English sentences, no tolerance. */
export const DEFAULT_FUNNEL_OPTIONS: Readonly<Required<Pick<FunnelOptions, 'benchmarks' | 'locale' | 'tolerance'>>> = Object.freeze({
  benchmarks: SEED_BENCHMARKS,
  locale: 'en-US',
  tolerance: 0,
});

/**
 * The funnel's numbers (DOMAIN.md §2): per-stage conversion and cumulative
 * conversion, benchmark spans, the bottleneck, win rate, ranked loss reasons,
 * totals and highlights.
 *
 * - Benchmarks: `data.benchmarks` when present (an empty list means "none":
 *   the bottleneck is then the lowest adjacent conversion), else
 *   `options.benchmarks` (default {@link SEED_BENCHMARKS}). Benchmarks naming
 *   stages the funnel lacks are ignored; if none applies, the lowest
 *   conversion decides too.
 * - Empty `stages` (or one stage) does not throw: empty or one-stage result,
 *   bottleneck and win rate `null`.
 * - Counts may grow down the funnel: conversions are in [0, ∞) or `null`.
 *
 * Throws a `RangeError` for a negative or non-finite `tolerance` and for a
 * `winFrom`/`wonStage` that is not a stage id.
 */
export function funnelMetrics(data: FunnelInput, options: FunnelOptions = {}): FunnelMetrics {
  const benchmarks = options.benchmarks ?? DEFAULT_FUNNEL_OPTIONS.benchmarks;
  const locale = options.locale ?? DEFAULT_FUNNEL_OPTIONS.locale;
  const tolerance = options.tolerance ?? DEFAULT_FUNNEL_OPTIONS.tolerance;
  if (!(tolerance >= 0 && Number.isFinite(tolerance))) throw new RangeError(`invalid tolerance ${JSON.stringify(tolerance)}`);
  const input = data.stages ?? [];
  const spans = benchmarkSpans(input, data.benchmarks ?? benchmarks, tolerance);
  const first = input[0]?.count ?? 0;
  const stages = input.map((s, i): FunnelStageMetrics => {
    const previous = i > 0 ? input[i - 1]!.count : 0;
    const avgDays = s.avgDays ?? null;
    const dwellBenchmark = s.dwellBenchmark ?? null;
    return {
      id: s.id,
      name: s.name,
      count: s.count,
      amount: s.amount ?? null,
      conversion: previous > 0 ? s.count / previous : null,
      cumulative: first > 0 ? s.count / first : null,
      avgDays,
      dwellBenchmark,
      stalled: avgDays !== null && dwellBenchmark !== null && avgDays > dwellBenchmark,
      benchmark: spans.find((span) => span.toIndex === i) ?? null,
    };
  });
  const bottleneck = findBottleneck(stages, spans);
  const win = winStages(stages, options.winFrom, options.wonStage);
  return {
    stages,
    spans,
    bottleneck,
    winRate: win && win.from.count > 0 ? win.won.count / win.from.count : null,
    winFrom: win?.from.id ?? null,
    wonStage: win?.won.id ?? null,
    lossReasons: rankLossReasons(data.lost),
    totals: funnelTotals(stages, win?.won ?? null, data.lost),
    highlights: funnelHighlights(stages, spans, bottleneck, locale),
  };
}
