/** A conversion benchmark over a span of stages: `count[to] / count[from]` should reach `rate`. */
export interface FunnelBenchmark {
  from: string;
  to: string;
  rate: number;
}

/** Stage ids of the default funnel (DOMAIN.md §2), as `sampleData()` uses them: leads → won. */
export const DEFAULT_STAGE_IDS: readonly string[] = Object.freeze(['lead', 'opportunity', 'proposal', 'negotiation', 'won']);

/**
 * The seed document's benchmarks (DOMAIN.md §2), over {@link DEFAULT_STAGE_IDS}:
 * opportunity → proposal at least 60%; proposal → won at least 40% (across
 * negotiation). The default of `funnelMetrics()`'s `benchmarks` option.
 */
export const SEED_BENCHMARKS: readonly FunnelBenchmark[] = Object.freeze([
  Object.freeze({ from: 'opportunity', to: 'proposal', rate: 0.6 }),
  Object.freeze({ from: 'proposal', to: 'won', rate: 0.4 }),
]);

/** A benchmark measured against a funnel. */
export interface FunnelSpan {
  from: string;
  to: string;
  /** Positions of `from` and `to` in the funnel (`fromIndex < toIndex`). */
  fromIndex: number;
  toIndex: number;
  /** `count[to] / count[from]`; `null` when `count[from]` is 0. */
  conversion: number | null;
  /** The benchmark rate. */
  benchmark: number;
  /** `benchmark − conversion` as a rate difference (0.12 = 12 pp short; negative = above it); `null` without a conversion. */
  shortfall: number | null;
  /** Whether the span reaches its benchmark (within the tolerance); `null` when it cannot be judged (no conversion). */
  meets: boolean | null;
}

/** Float noise such as 0.6 − 0.6000000000000001 is not a shortfall. */
export const RATE_EPSILON = 1e-9;

/**
 * Measures `benchmarks` against `stages`, in funnel order (by `from`, then
 * `to`; listing order within equal spans). A benchmark is ignored when a
 * stage id is unknown, when it does not run down the funnel (`to` at or
 * above `from`) or when its rate is not a finite number ≥ 0. A span fails
 * (`meets: false`) when its shortfall exceeds `tolerance`.
 */
export function benchmarkSpans(
  stages: readonly { id: string; count: number }[],
  benchmarks: readonly FunnelBenchmark[],
  tolerance = 0,
): FunnelSpan[] {
  const index = new Map<string, number>();
  stages.forEach((s, i) => {
    if (!index.has(s.id)) index.set(s.id, i);
  });
  const spans: FunnelSpan[] = [];
  for (const b of benchmarks) {
    const fromIndex = index.get(b.from);
    const toIndex = index.get(b.to);
    if (fromIndex === undefined || toIndex === undefined || toIndex <= fromIndex) continue;
    if (!Number.isFinite(b.rate) || b.rate < 0) continue;
    const base = stages[fromIndex]!.count;
    const conversion = base > 0 ? stages[toIndex]!.count / base : null;
    const shortfall = conversion === null ? null : b.rate - conversion;
    const meets = shortfall === null ? null : shortfall <= tolerance + RATE_EPSILON;
    spans.push({ from: b.from, to: b.to, fromIndex, toIndex, conversion, benchmark: b.rate, shortfall, meets });
  }
  // Array.prototype.sort is stable: equal spans keep their listing order.
  return spans.sort((a, b) => a.fromIndex - b.fromIndex || a.toIndex - b.toIndex);
}
