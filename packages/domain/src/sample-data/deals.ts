import type * as z from 'zod/mini';
import { dateOfDay, dayNumber } from '../dates.js';
import type { Period } from '../elapsed-share.js';
import { stripUndefined } from '../quality.js';
import type { DealSchema } from '../schemas/common.js';
import { clamp } from '../stats.js';
import { STREAM } from './context.js';
import { randomFor } from './random.js';

/** An open deal (see `DealSchema`). */
export type SampleDeal = z.infer<typeof DealSchema>;

/** Options of {@link sampleDeals}. */
export interface SampleDealsOptions {
  /** Deals close from this date on (default: the period's start). */
  asOf?: string;
  /** Mean deal amount (default 300,000). */
  meanAmount?: number;
  /** Share of deals expected to close after the period (default 0.15). */
  outsideShare?: number;
}

export const DEFAULT_SAMPLE_DEALS_OPTIONS: Readonly<Required<Omit<SampleDealsOptions, 'asOf'>>> = Object.freeze({
  meanAmount: 300_000,
  outsideShare: 0.15,
});

/** Open stages, how common each is among open deals, and their usual probability to close. */
const OPEN_STAGES = [
  { id: 'lead', upTo: 0.08, probability: 0.1 },
  { id: 'opportunity', upTo: 0.5, probability: 0.25 },
  { id: 'proposal', upTo: 0.8, probability: 0.5 },
  { id: 'negotiation', upTo: 1, probability: 0.75 },
] as const;
/** Days after the period a late deal may close. */
const LATE_DAYS = 60;

/**
 * `count` open deals (ids `deal-0001` …): amounts log-normal around
 * `meanAmount` (whole hundreds, at least 1,000), a stage from lead to
 * negotiation, an explicit probability near the stage's usual one on about
 * 70% of them (the rest rely on the stage default), and a close date from
 * `asOf` (kept inside the period; default the period's start) to its end —
 * or, for about `outsideShare` of them, within 60 days after the period (so
 * they do not count for it). Deterministic in all arguments; fast enough
 * for a million deals (dates are formatted once per day, not per deal).
 * The first n deals do not depend on `count`: `sampleDeals(s, 10, p)` is the
 * start of `sampleDeals(s, 100, p)`. Throws a `RangeError` for a bad count,
 * period, date or mean amount.
 */
export function sampleDeals(seed: number, count: number, period: Period, options: SampleDealsOptions = {}): SampleDeal[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`invalid count ${JSON.stringify(count)}: expected a whole number ≥ 0`);
  const { meanAmount, outsideShare } = { ...DEFAULT_SAMPLE_DEALS_OPTIONS, ...stripUndefined(options) };
  if (!(meanAmount > 0)) throw new RangeError(`invalid meanAmount ${JSON.stringify(meanAmount)}: expected a number > 0`);
  const start = dayNumber(period.start);
  const end = dayNumber(period.end);
  if (end < start) throw new RangeError(`invalid period ${period.start}..${period.end}: end is before start`);
  const from = clamp(options.asOf === undefined ? start : dayNumber(options.asOf), start, end);
  const dates = Array.from({ length: end + LATE_DAYS - from + 1 }, (_, k) => dateOfDay(from + k));
  const rng = randomFor(seed, STREAM.deals);
  const width = Math.max(4, String(count).length);
  const deals: SampleDeal[] = [];
  for (let i = 0; i < count; i++) {
    const u = rng.next();
    let s = 0;
    while (u >= OPEN_STAGES[s]!.upTo && s < 3) s++;
    const stage = OPEN_STAGES[s]!;
    const amount = Math.max(1000, Math.round((meanAmount * Math.exp(0.7 * rng.normal() - 0.245)) / 100) * 100);
    const late = rng.next() < outsideShare;
    const day = late ? end + 1 + rng.index(LATE_DAYS) : from + rng.index(end - from + 1);
    const deal: SampleDeal = { id: `deal-${String(i + 1).padStart(width, '0')}`, amount, stage: stage.id, closeDate: dates[day - from]! };
    if (rng.next() < 0.7) deal.probability = Math.round(clamp(stage.probability + 0.08 * rng.normal(), 0.05, 0.95) * 100) / 100;
    deals.push(deal);
  }
  return deals;
}
