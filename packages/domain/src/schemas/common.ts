import * as z from 'zod/mini';

/** An identifier from the host system: non-empty text. */
export const IdSchema = z.string().check(z.minLength(1), z.maxLength(200));
/** A display name (from a CRM: text, never markup). */
export const NameSchema = z.string().check(z.maxLength(500));
/** An amount or count: a finite number ≥ 0 (NaN, ±Infinity and negatives are rejected). */
export const AmountSchema = z.number().check(z.minimum(0));
/** A whole count ≥ 0. */
export const CountSchema = z.int().check(z.minimum(0));
/** A rate as a fraction, e.g. 0.6 for 60%; ≥ 0. */
export const RateSchema = z.number().check(z.minimum(0));
/** A probability or share in [0, 1]. */
export const ShareSchema = z.number().check(z.minimum(0), z.maximum(1));
/** A calendar date `'YYYY-MM-DD'` that exists (2023-02-29 does not). */
export const DateSchema = z.iso.date();

/** A period `{ start, end }`, both inclusive; `end` may not be before `start`. */
export const PeriodSchema = z
  .object({ start: DateSchema, end: DateSchema })
  .check(
    z.refine((p) => p.end >= p.start, { message: 'period end is before its start', path: ['end'] }),
  );

/** How days count for pace: every day (default), or working days with holiday swaps. */
export const CalendarSchema = z.object({
  workdays: z.optional(z.boolean()),
  holidays: z.optional(z.array(DateSchema)),
  extraWorkdays: z.optional(z.array(DateSchema)),
});

export const TierIdSchema = z.enum(['below', 'standard', 'exceeded', 'outstanding']);
export const TierSchema = z.object({
  id: TierIdSchema,
  min: z.number(),
  rateMultiplier: z.number().check(z.minimum(0)),
  bonusMultiplier: z.number().check(z.minimum(0)),
});
export const TiersSchema = z.array(TierSchema).check(z.minLength(1));

/** A conversion benchmark over a span of funnel stages (not necessarily adjacent). */
export const BenchmarkSchema = z.object({ from: IdSchema, to: IdSchema, rate: RateSchema });

/**
 * Quality facts behind a result (质量约束). Each is checked against the
 * quality rules (settings); a breach is a `quality-violation` even when
 * attainment is high.
 */
export const QualitySchema = z.object({
  /** Largest discount given, as a fraction of list price. */
  discount: z.optional(ShareSchema),
  /** Gross margin as a fraction of revenue (may be negative: a loss). */
  grossMargin: z.optional(z.number().check(z.maximum(1))),
  /** Deals signed with payment terms outside policy. */
  paymentTermBreaches: z.optional(CountSchema),
  /** Complaints per deal (or per customer), as a fraction. */
  complaintRate: z.optional(ShareSchema),
});

/** Limits the quality facts are checked against (defaults in `DEFAULT_QUALITY_RULES`). */
export const QualityRulesSchema = z.object({
  maxDiscount: z.optional(ShareSchema),
  minGrossMargin: z.optional(z.number().check(z.maximum(1))),
  maxPaymentTermBreaches: z.optional(CountSchema),
  maxComplaintRate: z.optional(ShareSchema),
});

/** An open deal for the pipeline-weighted forecast. */
export const DealSchema = z.object({
  id: z.optional(IdSchema),
  amount: AmountSchema,
  probability: z.optional(ShareSchema),
  stage: z.optional(IdSchema),
  closeDate: z.optional(DateSchema),
});

/** A prior year's same period: its final `total` and what it had `reached` by the same point. */
export const SeasonSchema = z.object({
  label: z.optional(NameSchema),
  total: AmountSchema,
  reached: AmountSchema,
});

/** A past period's target and actual, oldest first (for deviation streaks). */
export const PeriodResultSchema = z.object({
  label: z.optional(NameSchema),
  target: AmountSchema,
  actual: AmountSchema,
});

/**
 * A forecast the host computed itself (e.g. on its server). When given,
 * widgets show it instead of computing one.
 */
export const ForecastInputSchema = z.object({
  value: AmountSchema,
  low: z.optional(AmountSchema),
  high: z.optional(AmountSchema),
  method: z.optional(NameSchema),
});
