import { RATE_EPSILON, type FunnelSpan } from './funnel-benchmarks.js';

/** The funnel's weakest transition (瓶颈环节). */
export interface FunnelBottleneck {
  from: string;
  to: string;
  /** `count[to] / count[from]`. */
  conversion: number;
  /** The benchmark rate the span misses (only when found against benchmarks). */
  benchmark?: number;
  /** `benchmark − conversion` as a rate difference, > 0 (only when found against benchmarks). */
  shortfall?: number;
  /** `'benchmark'`: the span furthest below its benchmark; `'lowest-conversion'`: no benchmark applied. */
  basis: 'benchmark' | 'lowest-conversion';
}

/**
 * The bottleneck (DOMAIN.md §2). With benchmark spans: the failing span with
 * the largest shortfall, `null` when every span meets its benchmark (spans
 * without a conversion are neither). Without any span: the adjacent
 * transition with the lowest conversion (`null` conversions skipped; `null`
 * when none is left, e.g. one stage). Ties (within 1e-9) go to the earliest
 * in funnel order. `spans` must be in funnel order, as `benchmarkSpans()` returns them.
 */
export function findBottleneck(
  stages: readonly { id: string; conversion: number | null }[],
  spans: readonly FunnelSpan[],
): FunnelBottleneck | null {
  if (spans.length > 0) {
    let worst: FunnelSpan | null = null;
    for (const span of spans) {
      if (span.meets !== false) continue;
      if (worst === null || span.shortfall! > worst.shortfall! + RATE_EPSILON) worst = span;
    }
    if (worst === null) return null;
    const { from, to, conversion, benchmark, shortfall } = worst;
    return { from, to, conversion: conversion!, benchmark, shortfall: shortfall!, basis: 'benchmark' };
  }
  let at = -1;
  for (let i = 1; i < stages.length; i++) {
    const c = stages[i]!.conversion;
    if (c !== null && (at < 0 || c < stages[at]!.conversion! - RATE_EPSILON)) at = i;
  }
  if (at < 0) return null;
  return { from: stages[at - 1]!.id, to: stages[at]!.id, conversion: stages[at]!.conversion!, basis: 'lowest-conversion' };
}
