import * as z from 'zod/mini';
import { BenchmarkSchema, CalendarSchema, DateSchema, QualityRulesSchema, TiersSchema } from './common.js';

/** Settings many widgets share (what `<quota-provider>` hands down). */
export const SettingsSchema = z.object({
  locale: z.optional(z.string().check(z.minLength(2))),
  currency: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/))),
  asOf: z.optional(DateSchema),
  calendar: z.optional(CalendarSchema),
  theme: z.optional(z.enum(['light', 'dark', 'tv'])),
  tiers: z.optional(TiersSchema),
  benchmarks: z.optional(z.array(BenchmarkSchema)),
  qualityRules: z.optional(QualityRulesSchema),
});
export type Settings = z.infer<typeof SettingsSchema>;
