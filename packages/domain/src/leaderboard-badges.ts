import type { DateString } from './dates.js';
import type { LeaderboardEntry } from './schemas/leaderboard.js';
import { completedMonths } from './tenure.js';

/** Badges of DOMAIN.md §7: sales champion (销冠), best newcomer (最佳新人), most improved. */
export type Badge = 'champion' | 'newcomer' | 'most-improved';

/** previousRank − rank (+ = moved up); `null` for a new entry (no previous rank). */
export function movementOf(previousRank: number | null | undefined, rank: number): number | null {
  return typeof previousRank === 'number' && Number.isFinite(previousRank) ? previousRank - rank : null;
}

/**
 * Months with the company: `tenureMonths` when given, else whole months from
 * `hireDate` to `asOf()` (called only then); `null` when neither is known.
 */
export function tenureOf(entry: LeaderboardEntry, asOf: () => DateString): number | null {
  if (typeof entry.tenureMonths === 'number') return entry.tenureMonths;
  return entry.hireDate ? completedMonths(entry.hireDate, asOf()) : null;
}

/**
 * Who gets which badge, by original index (only winners are listed):
 * - `champion`: every entry ranked 1;
 * - `newcomer`: the best-ranked entries with a tenure under `newcomerMonths`
 *   (entries of unknown tenure are not newcomers);
 * - `most-improved`: the largest movement, when above 0.
 * Ties share a badge. Nobody is champion or best newcomer with nothing to
 * show: the entry's ranking value (`keys[i]`) must be above 0.
 */
export function awardBadges(
  entries: readonly LeaderboardEntry[],
  ranking: { order: Uint32Array; ranks: Uint32Array },
  keys: Float64Array,
  newcomerMonths: number,
  asOf: () => DateString,
): Map<number, Badge[]> {
  const { order, ranks } = ranking;
  const won = new Map<number, Badge[]>();
  const award = (i: number, badge: Badge): void => {
    const list = won.get(i);
    if (list) list.push(badge);
    else won.set(i, [badge]);
  };
  let bestMove = 0;
  for (let i = 0; i < entries.length; i++) {
    const move = movementOf(entries[i]!.previousRank, ranks[i]!);
    if (move !== null && move > bestMove) bestMove = move;
  }
  for (let p = 0; p < order.length; p++) {
    const i = order[p]!;
    if (ranks[i] === 1 && keys[i]! > 0) award(i, 'champion');
    else break;
  }
  let newcomerRank = 0;
  for (let p = 0; p < order.length; p++) {
    const i = order[p]!;
    const rank = ranks[i]!;
    if ((newcomerRank && rank > newcomerRank) || !(keys[i]! > 0)) break;
    const tenure = tenureOf(entries[i]!, asOf);
    if (tenure !== null && tenure < newcomerMonths) {
      newcomerRank = rank;
      award(i, 'newcomer');
    }
  }
  if (bestMove > 0) {
    for (let i = 0; i < entries.length; i++) if (movementOf(entries[i]!.previousRank, ranks[i]!) === bestMove) award(i, 'most-improved');
  }
  return won;
}
