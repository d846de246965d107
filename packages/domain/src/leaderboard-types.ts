import type { DateString } from './dates.js';
import type { OutlierOptions } from './detect-outliers.js';
import type { Highlight } from './highlight.js';
import type { KpiResult } from './kpis.js';
import type { Badge } from './leaderboard-badges.js';
import type { QualityRules } from './quality.js';
import type { Kpis, LeaderboardEntry } from './schemas/leaderboard.js';
import type { Tier } from './tiers.js';

/** Settings of `rankLeaderboard`; each falls back to the data's own field, then to {@link DEFAULT_LEADERBOARD_OPTIONS}. */
export interface RankLeaderboardOptions {
  /** What ranks: `attainment` (default) or `amount` (actual); else `data.rankBy`. */
  rankBy?: 'attainment' | 'amount' | undefined;
  /** Tenure under this many months makes a newcomer (6). */
  newcomerMonths?: number | undefined;
  /** For tenure from `hireDate` and "is the period over" (default `data.asOf`, else today). */
  asOf?: DateString | undefined;
  tiers?: readonly Tier[] | undefined;
  /** Default `data.qualityRules`, else `DEFAULT_QUALITY_RULES`. */
  qualityRules?: QualityRules | undefined;
  /** Default `data.kpiTargets`; missing ones from `DEFAULT_KPI_TARGETS`. */
  kpiTargets?: Kpis | undefined;
  /** Attainment under this is `below-threshold` once the period is over (0.8). */
  belowThreshold?: number | undefined;
  outliers?: OutlierOptions | undefined;
  locale?: string | undefined;
}

/** Rank by attainment; newcomers under 6 months; below-threshold under 80%; English sentences. */
export const DEFAULT_LEADERBOARD_OPTIONS = Object.freeze({ rankBy: 'attainment', newcomerMonths: 6, belowThreshold: 0.8, locale: 'en-US' } as const);

/** A leaderboard row: the entry's fields plus its rank and what goes beside it. */
export interface RankedEntry extends Omit<LeaderboardEntry, 'kpis'> {
  /** Standard competition rank: 1, 2, 2, 4. */
  rank: number;
  /** previousRank − rank (+ = up); `null` for a new entry. */
  movement: number | null;
  isNew: boolean;
  attainment: number | null;
  tier: Tier | null;
  badges: readonly Badge[];
  highlights: readonly Highlight[];
  /** The entry's process KPIs against their targets. */
  kpis: readonly KpiResult[];
}
