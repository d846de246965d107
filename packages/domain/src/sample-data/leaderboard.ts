import type { Kpis, LeaderboardData, LeaderboardEntry } from '../schemas/leaderboard.js';
import { clamp } from '../stats.js';
import { MAX_SAMPLE_REPS, MIN_SAMPLE_REPS, sampleContext, STREAM, type SampleContext, type SampleDataOptions } from './context.js';
import { buildOrg } from './org.js';
import { addPerformance, type SampleRep } from './performance.js';
import { randomFor, type Random } from './random.js';
import { labelOf } from './texts.js';

/** The seed's process KPI targets (DOMAIN.md §7). */
const KPI_TARGETS: Required<Kpis> = { weeklyVisits: 5, monthlyOpportunities: 15, opportunityToProposal: 0.6, proposalToWon: 0.4 };
const round2 = (n: number): number => Math.round(n * 100) / 100;

/**
 * The leaderboard of `reps` (in the order given): previous ranks 1 … M for
 * all but the newcomers (`null`: new entries), drawn from this period's
 * attainment with noise so that ranks move; process KPIs that follow each
 * rep's performance loosely; quality and history where the rep has them.
 */
export function leaderboardOf(ctx: SampleContext, reps: readonly SampleRep[]): LeaderboardData {
  const rng = randomFor(ctx.seed, STREAM.leaderboard);
  const scores = reps.map((r) => (r.newcomer ? -Infinity : (r.actual / r.target) * (1 + 0.2 * rng.normal())));
  const previous: (number | null)[] = reps.map(() => null);
  const order = reps.map((_, i) => i).filter((i) => !reps[i]!.newcomer);
  order.sort((a, b) => scores[b]! - scores[a]! || a - b);
  order.forEach((i, k) => (previous[i] = k + 1));
  const entries = reps.map((r, i) => {
    const entry: LeaderboardEntry = {
      id: r.id, name: r.name, team: r.team, target: r.target, actual: r.actual, previousRank: previous[i] ?? null,
      tenureMonths: r.tenureMonths, kpis: kpisOf(rng, r.actual / r.target / Math.max(ctx.pace, 0.05)),
    };
    if (r.quality) entry.quality = { ...r.quality };
    if (r.history) entry.history = r.history;
    return entry;
  });
  return {
    label: labelOf('leaderboard', ctx.quarterName, ctx.locale),
    period: ctx.period, asOf: ctx.asOf, rankBy: 'attainment', entries, kpiTargets: { ...KPI_TARGETS }, currency: ctx.currency,
  };
}

/** KPIs of a rep performing at `skill` × the expected pace (1 = on pace). */
function kpisOf(rng: Random, skill: number): Kpis {
  const s = clamp(skill, 0.2, 2.2);
  return {
    weeklyVisits: Math.max(1, Math.round(5 * (0.65 + 0.35 * s) + rng.normal())),
    monthlyOpportunities: Math.max(2, Math.round(15 * (0.65 + 0.35 * s) + 2 * rng.normal())),
    opportunityToProposal: round2(clamp(0.6 * (0.8 + 0.2 * s) + 0.06 * rng.normal(), 0.2, 0.9)),
    proposalToWon: round2(clamp(0.4 * (0.8 + 0.2 * s) + 0.05 * rng.normal(), 0.1, 0.75)),
  };
}

/**
 * A leaderboard of `count` reps on its own (for benchmarks and stories):
 * the leaderboard of `sampleData(seed, { ...options, reps: count })`. Below
 * 16 reps it is the first `count` reps of a 16-rep sample (tree order), with
 * previous ranks renumbered among them, so it may have no newcomer or tie.
 * Throws a `RangeError` for a count that is not a whole number from 0 to
 * 1,000,000.
 */
export function sampleLeaderboard(seed: number, count: number, options: Omit<SampleDataOptions, 'reps'> = {}): LeaderboardData {
  if (!Number.isInteger(count) || count < 0 || count > MAX_SAMPLE_REPS) {
    throw new RangeError(`invalid count ${JSON.stringify(count)}: expected a whole number from 0 to ${MAX_SAMPLE_REPS}`);
  }
  const ctx = sampleContext(seed, { ...options, reps: Math.max(count, MIN_SAMPLE_REPS) });
  const { reps } = addPerformance(ctx, buildOrg(ctx));
  return leaderboardOf(ctx, count < reps.length ? reps.slice(0, count) : reps);
}
