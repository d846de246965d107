/** Entries in rank order and each entry's rank (by its original index). */
export interface CompetitionRanking {
  /** Original indices, best first; ties in `tieBreak` order (else in input order). */
  order: Uint32Array;
  /** `ranks[i]` is the rank of the entry at original index `i`, from 1. */
  ranks: Uint32Array;
}

// Word offsets of the high and low 32 bits of a 64-bit value in a Uint32Array view.
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const HI = LITTLE_ENDIAN ? 1 : 0;
const LO = 1 - HI;

/**
 * Standard competition ranking ("1224") of `keys`, higher is better: the rank
 * of a key is 1 + the number of keys strictly greater, so equal keys share a
 * rank and the next rank skips (1, 2, 2, 4). Keys tie on exact equality
 * (`-0` equals `0`); `NaN` counts as `-Infinity` (last). `tieBreak` orders
 * entries within a tie (never across ranks); then the input order holds.
 *
 * Fast for large lists: each key's top 32 bits (sign, exponent and 20 bits
 * of mantissa, made to sort as unsigned integers, best first) and its index
 * are packed into one 64-bit integer and sorted natively; only runs of equal
 * top bits (rare, and where ties are) go through a comparator.
 */
export function competitionRanks(keys: ArrayLike<number>, tieBreak?: (a: number, b: number) => number): CompetitionRanking {
  const n = keys.length;
  const clean = new Float64Array(n);
  const bits = new Uint32Array(clean.buffer);
  const packed = new BigUint64Array(n);
  const words = new Uint32Array(packed.buffer);
  for (let i = 0; i < n; i++) {
    const k = keys[i]!;
    clean[i] = k !== k ? -Infinity : k === 0 ? 0 : k;
    const hi = bits[2 * i + HI]!;
    // Flip negatives fully and positives' sign bit so keys sort as unsigned; then invert for best first.
    words[2 * i + HI] = hi & 0x80000000 ? hi : ~(hi | 0x80000000) >>> 0;
    words[2 * i + LO] = i;
  }
  packed.sort();
  const order = new Uint32Array(n);
  for (let p = 0; p < n; p++) order[p] = words[2 * p + LO]!;
  const byKey = (a: number, b: number): number => clean[b]! - clean[a]! || (tieBreak ? tieBreak(a, b) : 0) || a - b;
  for (let p = 0; p < n; ) {
    const top = words[2 * p + HI];
    let q = p + 1;
    while (q < n && words[2 * q + HI] === top) q++;
    if (q - p > 1) order.subarray(p, q).sort(byKey);
    p = q;
  }
  const ranks = new Uint32Array(n);
  for (let p = 0; p < n; p++) {
    const i = order[p]!;
    ranks[i] = p > 0 && clean[i] === clean[order[p - 1]!] ? ranks[order[p - 1]!]! : p + 1;
  }
  return { order, ranks };
}
