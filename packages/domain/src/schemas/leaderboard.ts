import * as z from 'zod/mini';
import {
  AmountSchema, DateSchema, IdSchema, NameSchema, PeriodSchema, QualityRulesSchema, QualitySchema, RateSchema,
} from './common.js';
import { uniqueIds } from './unique.js';

/** Process KPIs beside results (DOMAIN.md §7). Rates are fractions. */
export const KpisSchema = z.object({
  weeklyVisits: z.optional(AmountSchema),
  monthlyOpportunities: z.optional(AmountSchema),
  opportunityToProposal: z.optional(RateSchema),
  proposalToWon: z.optional(RateSchema),
});
export type Kpis = z.infer<typeof KpisSchema>;

export const LeaderboardEntrySchema = z.object({
  id: IdSchema,
  name: NameSchema,
  team: z.optional(NameSchema),
  target: AmountSchema,
  actual: AmountSchema,
  /** Rank in the previous period; absent or `null` marks a new entry. */
  previousRank: z.optional(z.nullable(z.int().check(z.minimum(1)))),
  /** Months with the company (newcomer badge); or give `hireDate`. */
  tenureMonths: z.optional(AmountSchema),
  hireDate: z.optional(DateSchema),
  kpis: z.optional(KpisSchema),
  quality: z.optional(QualitySchema),
  /** Past period results, oldest first (outlier check). */
  history: z.optional(z.array(AmountSchema)),
});
export type LeaderboardEntry = z.infer<typeof LeaderboardEntrySchema>;

/** Input of `<quota-leaderboard>` and `rankLeaderboard()`. */
export const LeaderboardDataSchema = z
  .object({
    label: z.optional(NameSchema),
    period: z.optional(PeriodSchema),
    asOf: z.optional(DateSchema),
    rankBy: z.optional(z.enum(['attainment', 'amount'])),
    entries: z.array(LeaderboardEntrySchema),
    kpiTargets: z.optional(KpisSchema),
    qualityRules: z.optional(QualityRulesSchema),
    currency: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/))),
  })
  .check(uniqueIds((d) => d.entries, 'entries'));
export type LeaderboardData = z.infer<typeof LeaderboardDataSchema>;
