import type { GaugeData } from '../schemas/gauge.js';
import { clamp } from '../stats.js';
import { STREAM, type SampleContext } from './context.js';
import { sampleDeals, type SampleDeal } from './deals.js';
import { quarterBefore } from './period.js';
import { randomFor } from './random.js';
import { labelOf } from './texts.js';

/** Open deals per rep in the company pipeline. */
const DEALS_PER_REP = 3;

/**
 * The company gauge: the quarter's target and actual, the open pipeline
 * (3 deals a rep, worth 2.2–3.2 × the remaining gap, at least 10% of the
 * target) and the same quarter of the three years before, each about 11%
 * smaller than the next, having reached 86–98% of the expected pace by the
 * same day (a slow start, as around Chinese New Year).
 */
export function sampleGauge(ctx: SampleContext, target: number, actual: number): { gauge: GaugeData; deals: SampleDeal[] } {
  const rng = randomFor(ctx.seed, STREAM.gauge);
  const count = ctx.reps * DEALS_PER_REP;
  const open = Math.max(target - actual, target * 0.1) * rng.between(2.2, 3.2);
  const deals = sampleDeals(ctx.seed, count, ctx.period, { asOf: ctx.asOf, meanAmount: open / count });
  const history = [3, 2, 1].map((years) => {
    const total = Math.round((target * rng.between(0.94, 1.02)) / 1.12 ** years / 10_000) * 10_000;
    const share = clamp(ctx.pace * rng.between(0.86, 0.98), 0, 1);
    return {
      label: quarterBefore(ctx.year, ctx.quarter, 4 * years, ctx.locale),
      total,
      reached: ctx.pace >= 1 ? total : Math.round((total * share) / 100) * 100,
    };
  });
  const gauge: GaugeData = {
    id: 'company',
    label: labelOf('gauge', ctx.quarterName, ctx.locale),
    target,
    actual,
    period: ctx.period,
    asOf: ctx.asOf,
    pipeline: deals,
    history,
    currency: ctx.currency,
  };
  return { gauge, deals };
}
