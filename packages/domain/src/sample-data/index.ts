import type { Period } from '../elapsed-share.js';
import type { FunnelData } from '../schemas/funnel.js';
import type { GaugeData } from '../schemas/gauge.js';
import type { LeaderboardData } from '../schemas/leaderboard.js';
import type { TargetNode } from '../schemas/target-tree.js';
import type { TaskBoardData } from '../schemas/task-board.js';
import { sampleContext, type SampleDataOptions } from './context.js';
import type { SampleDeal as Deal } from './deals.js';
import { sampleFunnel } from './funnel.js';
import { sampleGauge } from './gauge.js';
import { leaderboardOf } from './leaderboard.js';
import type { SampleLocale } from './names.js';
import { buildOrg } from './org.js';
import { addPerformance, type SampleCast } from './performance.js';
import { sampleTasks } from './tasks.js';

/** A data set for every widget; see {@link sampleData}. */
export interface SampleData {
  asOf: string;
  /** The calendar quarter containing `asOf`. */
  period: Period;
  locale: SampleLocale;
  currency: string;
  gauge: GaugeData;
  funnel: FunnelData;
  targetTree: TargetNode;
  /** The open pipeline: the same array as `gauge.pipeline`. */
  deals: Deal[];
  tasks: TaskBoardData;
  leaderboard: LeaderboardData;
  /** Ids of the reps and team that carry the sample's deliberate anomalies (for tests, stories and docs). */
  cast: SampleCast & { mismatchTeam: string };
}

/**
 * A deterministic, realistic data set for every widget (demo board,
 * Storybook, tests, benchmarks): deep-equal output for equal
 * `(seed, options)`; other seeds change the numbers, not the shape (ids and
 * counts depend only on `options.reps`). Names and texts follow
 * `options.locale`; ids (`east`, `east-t1`, `north-core`, `rep-017`, …) and
 * every number are the same in both locales. Amounts are yuan-sized
 * (48 reps: a quarter target of about 36 million), in `currency` (default
 * `'CNY'` in both locales, so the numbers stay meaningful).
 *
 * - `targetTree`: company (4% reserve) → regions East 35%, South 25%, North
 *   20% (split by product line 60/30/10), other 20% (split by customer
 *   segment 50/30/20) → teams of about 8 → reps. Targets are multiples of
 *   1,000 and add up exactly at every level, except one team whose reps'
 *   targets add up 3% over (`cast.mismatchTeam`). Actuals on reps only.
 * - Deliberate anomalies (`cast`): two reps over 120% (from mid-quarter
 *   on), two far behind pace, a tie in attainment, two newcomers (tenure
 *   < 6 months, no previous rank), one actual far from the rep's own
 *   history, one 3-month deviation streak, one discount beyond the 15%
 *   authorisation; one funnel benchmark failing and one stalled stage; two
 *   overdue tasks and one done.
 * - `gauge.actual` is the sum of the reps' actuals, `funnel`'s won amount too.
 *
 * 10,000 reps take well under a second. Throws a `RangeError` for a
 * non-finite seed, an unknown locale, a bad date, a currency that is not
 * three capital letters, or reps outside 16 … 1,000,000.
 */
export function sampleData(seed: number, options: SampleDataOptions = {}): SampleData {
  const ctx = sampleContext(seed, options);
  const org = buildOrg(ctx);
  const { reps, cast } = addPerformance(ctx, org);
  let actual = 0;
  for (const rep of reps) actual += rep.actual;
  const { gauge, deals } = sampleGauge(ctx, org.tree.target!, actual);
  return {
    asOf: ctx.asOf,
    period: ctx.period,
    locale: ctx.locale,
    currency: ctx.currency,
    gauge,
    funnel: sampleFunnel(ctx, actual),
    targetTree: org.tree,
    deals,
    tasks: sampleTasks(ctx, org.tree, org.mismatchTeamId, cast),
    leaderboard: leaderboardOf(ctx, reps),
    cast: { ...cast, mismatchTeam: org.mismatchTeamId },
  };
}

/**
 * Only the target tree of `sampleData(seed, { ...options, reps })`, for
 * stories and benchmarks (e.g. 10,000 reps through `rollupTargets`).
 */
export function sampleOrg(seed: number, reps: number, options: Omit<SampleDataOptions, 'reps'> = {}): TargetNode {
  const ctx = sampleContext(seed, { ...options, reps });
  const org = buildOrg(ctx);
  addPerformance(ctx, org);
  return org.tree;
}

export { DEFAULT_SAMPLE_OPTIONS, MAX_SAMPLE_REPS, MIN_SAMPLE_REPS, type SampleDataOptions } from './context.js';
export { DEFAULT_SAMPLE_DEALS_OPTIONS, sampleDeals, type SampleDeal, type SampleDealsOptions } from './deals.js';
export { sampleLeaderboard } from './leaderboard.js';
export { SAMPLE_LOCALES, type SampleLocale } from './names.js';
export type { SampleCast } from './performance.js';
