import { funnelMetrics, type FunnelData, type FunnelMetrics, type FunnelSpan } from '@quota/domain';
import type { ResolvedSettings } from '../core/settings.js';

export type FunnelMeasure = 'count' | 'amount';

/** A stage's visible name: its name, or its id when the name is empty. */
export const stageName = (stage: { id: string; name: string }): string => stage.name.trim() || stage.id;

/** Everything the funnel draws, before geometry: the domain's numbers, arranged per stage. */
export interface FunnelView {
  label: string | undefined;
  currency: string | undefined;
  metrics: FunnelMetrics;
  /** What the shapes measure: `amount` only when every stage has one. */
  measure: FunnelMeasure;
  /** `amount` was asked for but a stage has none: the shapes show counts. */
  measureFallback: boolean;
  /** The measured value per stage (counts or amounts). */
  values: number[];
  /** Per stage: the benchmark spans that end at it (funnel order). */
  spansInto: FunnelSpan[][];
  /** The bottleneck span by stage position, or null. */
  bottleneckSpan: { fromIndex: number; toIndex: number } | null;
  /** Visible names of the win rate's stages (won ÷ from; a stage without a name goes by its id). */
  winNames: { from: string; won: string } | null;
  /** The largest loss-reason count (bars scale to it). */
  maxLoss: number;
}

/**
 * The funnel's view model. Every number comes from `funnelMetrics()`;
 * benchmarks are the data's, else the settings' (`<quota-provider>`'s
 * `benchmarks`), else the domain's seed benchmarks. Highlight sentences
 * follow the settings' locale.
 */
export function funnelView(data: FunnelData, settings: ResolvedSettings, measure: FunnelMeasure = 'count'): FunnelView {
  const metrics = funnelMetrics(data, { benchmarks: settings.benchmarks, locale: settings.locale });
  const stages = metrics.stages;
  const byAmount = measure === 'amount' && stages.every((s) => s.amount !== null);
  const index = new Map(stages.map((s, i) => [s.id, i]));
  const spansInto: FunnelSpan[][] = stages.map(() => []);
  for (const span of metrics.spans) spansInto[span.toIndex]?.push(span);
  const b = metrics.bottleneck;
  const fromIndex = b ? index.get(b.from) : undefined;
  const toIndex = b ? index.get(b.to) : undefined;
  const name = (id: string | null) => {
    const stage = id === null ? undefined : stages[index.get(id) ?? -1];
    return stage && stageName(stage);
  };
  const winFrom = name(metrics.winFrom);
  const won = name(metrics.wonStage);
  let maxLoss = 0;
  for (const l of metrics.lossReasons) maxLoss = Math.max(maxLoss, l.count);
  return {
    label: data.label,
    currency: data.currency,
    metrics,
    measure: byAmount ? 'amount' : 'count',
    measureFallback: measure === 'amount' && !byAmount,
    values: stages.map((s) => (byAmount ? s.amount! : s.count)),
    spansInto,
    bottleneckSpan: fromIndex !== undefined && toIndex !== undefined ? { fromIndex, toIndex } : null,
    winNames: winFrom !== undefined && won !== undefined ? { from: winFrom, won } : null,
    maxLoss,
  };
}
