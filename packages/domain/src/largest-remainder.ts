/**
 * Splits `units` whole units (a safe integer ≥ 0) in proportion to `weights`
 * (finite, ≥ 0) by largest remainder (Hamilton's method): every part gets
 * the whole part of its exact share `units × weight / Σweights`, and the units
 * left over go one each to the parts with the largest remainders; equal
 * remainders go to the earlier part. When every weight is 0 the parts count
 * as equal. The result adds up to exactly `units`, and each part is within
 * one unit of its exact share. No parts → an empty list.
 */
export function largestRemainder(units: number, weights: ArrayLike<number>): number[] {
  const n = weights.length;
  const out = new Array<number>(n);
  if (n === 0) return out;
  let max = 0;
  for (let i = 0; i < n; i++) if (weights[i]! > max) max = weights[i]!;
  // Shares only depend on ratios: dividing by the largest weight keeps huge weights from overflowing.
  const w = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) total += w[i] = max > 0 ? weights[i]! / max : 1;
  const remainders = new Float64Array(n);
  let given = 0;
  for (let i = 0; i < n; i++) {
    const exact = (units * w[i]!) / total;
    const whole = Math.floor(exact);
    out[i] = whole;
    remainders[i] = exact - whole;
    given += whole;
  }
  let left = units - given;
  if (left > 0) {
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => remainders[b]! - remainders[a]! || a - b);
    for (let k = 0; left > 0; k++, left--) out[order[k % n]!]!++;
  }
  return out;
}
