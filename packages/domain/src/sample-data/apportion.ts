/**
 * `total` whole units split in proportion to `weights` by largest remainder:
 * whole numbers that add up to exactly `total`; equal remainders go to the
 * earliest. With `min`, every part first gets `min` units (needs
 * total ≥ min × weights.length). Weights must be > 0. Used locally so sample
 * data does not depend on `allocateTarget`.
 */
export function apportion(total: number, weights: readonly number[], min = 0): number[] {
  const n = weights.length;
  const rest = total - min * n;
  let weightSum = 0;
  for (const w of weights) weightSum += w;
  const parts: number[] = [];
  const remainders = new Float64Array(n);
  let given = 0;
  for (let i = 0; i < n; i++) {
    const exact = (rest * weights[i]!) / weightSum;
    const whole = Math.floor(exact);
    parts.push(min + whole);
    remainders[i] = exact - whole;
    given += whole;
  }
  let left = rest - given;
  if (left > 0) {
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => remainders[b]! - remainders[a]! || a - b);
    for (let k = 0; left > 0; k++, left--) parts[order[k % n]!]!++;
  }
  return parts;
}
