/** Entries in rank order and each entry's rank (by its original index). */
export interface CompetitionRanking {
  /** Original indices, best first; ties in `tieBreak` order (else in input order). */
  order: Uint32Array;
  /** `ranks[i]` is the rank of the entry at original index `i`, from 1. */
  ranks: Uint32Array;
}

/**
 * Standard competition ranking ("1224") of `keys`, higher is better: the rank
 * of a key is 1 + the number of keys strictly greater, so equal keys share a
 * rank and the next rank skips (1, 2, 2, 4). Keys tie on exact equality
 * (`-0` equals `0`); `NaN` counts as `-Infinity` (last). `tieBreak` orders
 * entries within a tie (it is never called across ranks).
 *
 * Fast for large lists: one native numeric sort of a copy of the keys, a
 * binary search per entry and a counting sort by rank (a tie group of
 * rank r fills positions r − 1 … r + size − 2); the comparator only runs
 * inside tie groups.
 */
export function competitionRanks(keys: ArrayLike<number>, tieBreak?: (a: number, b: number) => number): CompetitionRanking {
  const n = keys.length;
  const clean = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const k = keys[i]!;
    clean[i] = k === k ? k : -Infinity;
  }
  const sorted = clean.slice().sort();
  const ranks = new Uint32Array(n);
  const order = new Uint32Array(n);
  const placed = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const v = clean[i]!;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! > v) hi = mid;
      else lo = mid + 1;
    }
    const rank = n - lo + 1;
    ranks[i] = rank;
    order[rank - 1 + placed[rank]!] = i;
    placed[rank]!++;
  }
  if (tieBreak) {
    for (let p = 0; p < n; ) {
      const size = placed[p + 1]!;
      if (size > 1) order.subarray(p, p + size).sort(tieBreak);
      p += size;
    }
  }
  return { order, ranks };
}
