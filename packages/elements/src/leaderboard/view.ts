import { DEFAULT_KPI_TARGETS, elapsedShare, KPI_IDS, rankLeaderboard, type KpiId, type LeaderboardData, type RankedEntry } from '@quota/domain';
import type { ResolvedSettings } from '../core/settings.js';
import { barMax } from './layout.js';

/** A ranked row plus what the table needs beside it. */
export interface LeaderboardRow extends RankedEntry {
  /** Position in rank order (0-based). */
  index: number;
  /** Shares its rank with a neighbour. */
  tied: boolean;
  /** Has a `quality-violation` highlight. */
  qualityIssue: boolean;
}

/** Everything the leaderboard draws. */
export interface LeaderboardView {
  label: string | undefined;
  currency: string | undefined;
  rankBy: 'attainment' | 'amount';
  asOf: string;
  /** Expected pace at `asOf` when the data has a period, else null. */
  pace: number | null;
  rows: LeaderboardRow[];
  /** Some entry names a team (the team column is shown). */
  teams: boolean;
  /** Some entry has a highlight (the alerts column is shown). */
  flags: boolean;
  /** The KPI targets in effect (the data's, else the seed's). */
  kpiTargets: Record<KpiId, number | null>;
  /** Top of the shared attainment-bar scale. */
  barMax: number;
  tierMins: number[];
}

/**
 * The leaderboard's view model: ranks, movement, badges, tiers, highlights
 * and KPIs from `rankLeaderboard()` (the domain decides every number), plus
 * ties, the shared bar scale and the expected pace. `rankBy` (the element's)
 * wins over the data's. The data's `asOf` wins over the settings'.
 */
export function leaderboardView(data: LeaderboardData, settings: ResolvedSettings, rankBy?: 'attainment' | 'amount'): LeaderboardView {
  const asOf = data.asOf ?? settings.asOf;
  const ranked = rankLeaderboard(data, {
    rankBy,
    asOf,
    tiers: settings.tiers,
    qualityRules: data.qualityRules ?? settings.qualityRules,
    locale: settings.locale,
  });
  let best: number | null = null;
  let teams = false;
  let flags = false;
  const rows: LeaderboardRow[] = ranked.map((entry, index) => {
    if (entry.attainment !== null && (best === null || entry.attainment > best)) best = entry.attainment;
    if (entry.team) teams = true;
    if (entry.highlights.length) flags = true;
    const tied = ranked[index - 1]?.rank === entry.rank || ranked[index + 1]?.rank === entry.rank;
    const qualityIssue = entry.highlights.some((h) => h.code === 'quality-violation');
    return Object.assign(entry, { index, tied, qualityIssue });
  });
  const kpiTargets = Object.fromEntries(
    KPI_IDS.map((id) => {
      const target = data.kpiTargets?.[id] ?? DEFAULT_KPI_TARGETS[id];
      return [id, Number.isFinite(target) ? target : null];
    }),
  ) as Record<KpiId, number | null>;
  return {
    label: data.label,
    currency: data.currency,
    rankBy: rankBy ?? data.rankBy ?? 'attainment',
    asOf,
    pace: data.period ? elapsedShare(data.period, asOf, settings.calendar) : null,
    rows,
    teams,
    flags,
    kpiTargets,
    barMax: barMax(best),
    tierMins: [...settings.tiers].map((t) => t.min).sort((a, b) => a - b),
  };
}
