/**
 * Whether `value` reaches the lower bound `bound` (inclusive), forgiving float
 * noise relative to the bound: 0.7999999999999999 reaches 0.8, but a real
 * shortfall does not, however large the amounts behind it (one cent short of
 * a 100,000,000,000 target is 0.9999999999999: below 100%). The allowance is
 * 64 units in the last place of the bound (about 1.4e-14 of it: a division
 * is off by at most one, a sum of thousands of amounts rarely by more than a
 * few dozen), at least 1e-15 for bounds at or near 0.
 */
export function reaches(value: number, bound: number): boolean {
  return value >= bound - Math.max(Math.abs(bound) * ALLOWANCE, 1e-15);
}

const ALLOWANCE = 64 * Number.EPSILON;
