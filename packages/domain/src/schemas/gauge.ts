import * as z from 'zod/mini';
import {
  AmountSchema, CalendarSchema, DateSchema, DealSchema, ForecastInputSchema, IdSchema, NameSchema,
  PeriodSchema, SeasonSchema, TiersSchema,
} from './common.js';
import { uniqueIds } from './unique.js';

/**
 * Input of `<quota-gauge>`: one target, its actual and, optionally, the
 * period and date for pace and what a forecast needs.
 */
export const GaugeDataSchema = z.object({
  id: z.optional(IdSchema),
  label: z.optional(NameSchema),
  target: AmountSchema,
  actual: AmountSchema,
  period: z.optional(PeriodSchema),
  /** The date the actual is as of (default: the provider's, else today). */
  asOf: z.optional(DateSchema),
  calendar: z.optional(CalendarSchema),
  /** A forecast computed by the host; otherwise one is computed from period, pipeline and history. */
  forecast: z.optional(ForecastInputSchema),
  pipeline: z.optional(z.array(DealSchema)),
  history: z.optional(z.array(SeasonSchema)),
  /** ISO 4217 code when the amounts are money (e.g. `CNY`); plain numbers otherwise. */
  currency: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/))),
  tiers: z.optional(TiersSchema),
}).check(uniqueIds((d) => d.pipeline, 'pipeline'));
export type GaugeData = z.infer<typeof GaugeDataSchema>;
