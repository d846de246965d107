import type { FunnelSpan } from './funnel-benchmarks.js';
import type { FunnelBottleneck } from './funnel-bottleneck.js';
import { bySeverity, type Highlight } from './highlight.js';
import { highlightMessage } from './messages.js';

interface StageFacts {
  id: string;
  name: string;
  avgDays: number | null;
  dwellBenchmark: number | null;
  stalled: boolean;
}

/**
 * The funnel's highlights: one `conversion-below-benchmark` per failing span
 * (`critical` for the bottleneck span, `warning` for the others; `value` the
 * conversion, `expected` the benchmark, `details.shortfall` the gap as a
 * rate difference) and one `stage-stalled` (`warning`; `value` avgDays,
 * `expected` the dwell benchmark) per stalled stage. Most serious first,
 * funnel order within a severity. The subject of a span is its `to` stage
 * with `from` set (see `HighlightSubject`).
 */
export function funnelHighlights(
  stages: readonly StageFacts[],
  spans: readonly FunnelSpan[],
  bottleneck: FunnelBottleneck | null,
  locale = 'en-US',
): Highlight[] {
  const out: Highlight[] = [];
  for (const span of spans) {
    if (span.meets !== false) continue;
    const from = stages[span.fromIndex]!;
    const to = stages[span.toIndex]!;
    const critical = bottleneck?.basis === 'benchmark' && bottleneck.from === span.from &&
      bottleneck.to === span.to && bottleneck.benchmark === span.benchmark;
    const facts = { name: to.name, from: from.name, to: to.name, value: span.conversion!, expected: span.benchmark, amount: span.shortfall! };
    out.push({
      code: 'conversion-below-benchmark',
      severity: critical ? 'critical' : 'warning',
      subject: { kind: 'stage', id: to.id, name: to.name, from: from.id },
      message: highlightMessage('conversion-below-benchmark', facts, locale),
      value: span.conversion!,
      expected: span.benchmark,
      details: { shortfall: span.shortfall!, bottleneck: critical },
    });
  }
  for (const stage of stages) {
    if (!stage.stalled) continue;
    const facts = { name: stage.name, value: stage.avgDays!, expected: stage.dwellBenchmark! };
    out.push({
      code: 'stage-stalled',
      severity: 'warning',
      subject: { kind: 'stage', id: stage.id, name: stage.name },
      message: highlightMessage('stage-stalled', facts, locale),
      value: stage.avgDays!,
      expected: stage.dwellBenchmark!,
    });
  }
  return out.sort(bySeverity);
}
