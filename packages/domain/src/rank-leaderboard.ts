import { attainment as attainmentOf } from './attainment.js';
import { competitionRanks } from './competition-ranks.js';
import { dayNumber, today, type DateString } from './dates.js';
import { DEFAULT_OUTLIER_OPTIONS } from './detect-outliers.js';
import { DEFAULT_KPI_TARGETS, evaluateKpis } from './kpis.js';
import { awardBadges, movementOf } from './leaderboard-badges.js';
import { entryHighlights } from './leaderboard-highlights.js';
import { DEFAULT_LEADERBOARD_OPTIONS, type RankedEntry, type RankLeaderboardOptions } from './leaderboard-types.js';
import { stripUndefined } from './quality.js';
import type { LeaderboardData } from './schemas/leaderboard.js';
import { DEFAULT_TIERS, tierOf } from './tiers.js';

const NONE: readonly never[] = Object.freeze([]);
const collators = new Map<string, Intl.Collator>();

/**
 * Ranks a leaderboard (销冠榜, DOMAIN.md §7); returns the entries in rank order.
 *
 * - Ties share a rank (1, 2, 2, 4): a tie is exact equality of the ranking
 *   value, attainment computed once per entry as actual / target (IEEE
 *   division is correctly rounded, so 50/100 and 30/60 tie).
 * - By attainment, entries with no attainment (target 0) come after all
 *   others and share one rank. By amount they rank by actual like anyone.
 * - Within a tie: amount descending, then name (`Intl.Collator` of
 *   `locale`), then id: the order is deterministic.
 * - Badges (ties share them): see `awardBadges`; champion and newcomer need
 *   a ranking value above 0.
 * - Highlights: see `entryHighlights`; `below-threshold` only once the
 *   period is over (`asOf` on or after `period.end`), or always when the
 *   data has no period (then it is taken as a final result).
 * - `kpis`: see `evaluateKpis` (empty without the entry's `kpis`).
 *
 * Throws a `RangeError` for an unknown `rankBy`, a negative or non-finite
 * `newcomerMonths`, or dates that are not `'YYYY-MM-DD'`.
 */
export function rankLeaderboard(data: LeaderboardData, options: RankLeaderboardOptions = {}): RankedEntry[] {
  const d = DEFAULT_LEADERBOARD_OPTIONS;
  const rankBy = options.rankBy ?? data.rankBy ?? d.rankBy;
  const newcomerMonths = options.newcomerMonths ?? d.newcomerMonths;
  const locale = options.locale ?? d.locale;
  if (rankBy !== 'attainment' && rankBy !== 'amount') throw new RangeError(`invalid rankBy ${JSON.stringify(rankBy)}`);
  if (!(newcomerMonths >= 0 && Number.isFinite(newcomerMonths))) throw new RangeError(`invalid newcomerMonths ${String(newcomerMonths)}`);
  const tiers = options.tiers ?? DEFAULT_TIERS;
  const kpiTargets = { ...DEFAULT_KPI_TARGETS, ...stripUndefined(options.kpiTargets ?? data.kpiTargets ?? {}) };
  let asOf = options.asOf ?? data.asOf;
  const asOfDay = (): DateString => (asOf ??= today());
  const ctx = {
    final: data.period ? dayNumber(asOfDay()) >= dayNumber(data.period.end) : true,
    threshold: options.belowThreshold ?? d.belowThreshold,
    qualityRules: options.qualityRules ?? data.qualityRules,
    outliers: options.outliers,
    outlierLimits: { ...DEFAULT_OUTLIER_OPTIONS, ...options.outliers },
    locale,
  };

  const entries = data.entries ?? [];
  const n = entries.length;
  const atts = new Float64Array(n);
  const amounts = new Float64Array(n);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const e = entries[i]!;
    const a = attainmentOf(e.actual, e.target) ?? -Infinity;
    const amount = Number.isFinite(e.actual) ? e.actual : -Infinity;
    atts[i] = a;
    amounts[i] = amount;
    keys[i] = rankBy === 'amount' ? amount : a;
  }
  let collator = collators.get(locale);
  if (!collator) collators.set(locale, (collator = new Intl.Collator(locale)));
  const names = collator;
  const tieBreak = (a: number, b: number): number =>
    amounts[b]! - amounts[a]! ||
    names.compare(entries[a]!.name, entries[b]!.name) ||
    (entries[a]!.id < entries[b]!.id ? -1 : entries[a]!.id > entries[b]!.id ? 1 : 0);
  const ranking = competitionRanks(keys, tieBreak);
  const badges = awardBadges(entries, ranking, keys, newcomerMonths, asOfDay);

  // Rows are made in input order (entries sit in memory in that order) and put in their rank's place.
  const { order, ranks } = ranking;
  const placeOf = new Uint32Array(n);
  for (let p = 0; p < n; p++) placeOf[order[p]!] = p;
  const out = new Array<RankedEntry>(n);
  for (let i = 0; i < n; i++) {
    const e = entries[i]!;
    const rank = ranks[i]!;
    const a = atts[i]!;
    const attainment = a === -Infinity ? null : a;
    const movement = movementOf(e.previousRank, rank);
    const tier = tierOf(attainment, tiers);
    const won = badges.get(i) ?? NONE;
    const highlights = entryHighlights(e, attainment, ctx);
    const kpis = e.kpis ? evaluateKpis(e.kpis, kpiTargets) : NONE;
    // Object.assign onto a literal that already has every key keeps rows fast objects in V8 (a
    // spread followed by more keys does not). The computed fields are stored again after the
    // entry's own (its raw `kpis`, or stale ranks when a ranked list is fed back in) so they win.
    const row = Object.assign({ id: e.id, name: e.name, rank, movement, isNew: movement === null, attainment, tier, badges: won, highlights, kpis }, e) as RankedEntry;
    row.rank = rank;
    row.movement = movement;
    row.isNew = movement === null;
    row.attainment = attainment;
    row.tier = tier;
    row.badges = won;
    row.highlights = highlights;
    row.kpis = kpis;
    out[placeOf[i]!] = row;
  }
  return out;
}
