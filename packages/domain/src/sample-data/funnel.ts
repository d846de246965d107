import type { FunnelData } from '../schemas/funnel.js';
import { apportion } from './apportion.js';
import { STREAM, type SampleContext } from './context.js';
import { randomFor } from './random.js';
import { labelOf, LOSS_REASONS, STAGES } from './texts.js';

/** The seed's span benchmarks (DOMAIN.md §2). */
export const SAMPLE_BENCHMARKS = Object.freeze([
  { from: 'opportunity', to: 'proposal', rate: 0.6 },
  { from: 'proposal', to: 'won', rate: 0.4 },
] as const);

/** Stage amounts relative to count × average won deal: early stages hold smaller, vaguer deals. */
const AMOUNT_FACTORS = [0.55, 0.85, 0.95, 1];
const round100 = (n: number): number => Math.round(n / 100) * 100;
const round1 = (n: number): number => Math.round(n * 10) / 10;

/**
 * The quarter's funnel: lead → opportunity → proposal → negotiation → won,
 * about 25 leads a rep. Exactly one benchmark fails, by 4–14 points before
 * rounding (which one depends on the seed), and the other passes by 4–12
 * points, so rounding the counts never changes which. `won.amount` is `wonAmount` (the company's actual);
 * the other stages' amounts follow from their counts. Exactly one open stage
 * is stalled (dwell 25–60% over its benchmark); the others are 8–45% under.
 * Lost deals are about 40% of the opportunities; price is usually the top reason.
 */
export function sampleFunnel(ctx: SampleContext, wonAmount: number): FunnelData {
  const rng = randomFor(ctx.seed, STREAM.funnel);
  const lead = Math.round(ctx.reps * rng.between(22, 28));
  const opportunity = Math.round(lead * rng.between(0.3, 0.38));
  const firstFails = rng.next() < 0.5;
  const proposal = Math.round(opportunity * (firstFails ? rng.between(0.46, 0.54) : rng.between(0.64, 0.72)));
  const negotiation = Math.round(proposal * rng.between(0.68, 0.78));
  const won = Math.round(proposal * (firstFails ? rng.between(0.44, 0.5) : rng.between(0.3, 0.36)));
  const counts = [lead, opportunity, proposal, negotiation, won];
  const averageDeal = wonAmount / Math.max(won, 1);
  const stalled = rng.index(4);
  const stages = STAGES.map((s, i) => {
    const stage: FunnelData['stages'][number] = { id: s.id, name: s.name[ctx.locale], count: counts[i]! };
    stage.amount = i === 4 ? wonAmount : round100(counts[i]! * averageDeal * AMOUNT_FACTORS[i]! * rng.between(0.95, 1.05));
    if (s.dwell !== undefined) {
      stage.avgDays = round1(s.dwell * (i === stalled ? rng.between(1.25, 1.6) : rng.between(0.55, 0.92)));
      stage.dwellBenchmark = s.dwell;
    }
    return stage;
  });
  const lostCounts = apportion(
    Math.round(opportunity * rng.between(0.35, 0.45)),
    LOSS_REASONS.map((r) => r.weight * rng.between(0.85, 1.15)),
  );
  const lost = LOSS_REASONS.map((r, i) => ({
    reason: r.name[ctx.locale],
    count: lostCounts[i]!,
    amount: round100(lostCounts[i]! * averageDeal * rng.between(0.8, 1.3)),
  }));
  return {
    label: labelOf('funnel', ctx.quarterName, ctx.locale),
    period: ctx.period,
    stages,
    benchmarks: SAMPLE_BENCHMARKS.map((b) => ({ ...b })),
    lost,
    currency: ctx.currency,
  };
}
