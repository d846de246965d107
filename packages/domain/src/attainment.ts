/**
 * actual / target (DOMAIN.md §3). A target of 0 (or a value that is not a
 * finite number, or a negative target) has no attainment: returns `null`
 * rather than dividing. An actual of 0 gives 0.
 */
export function attainment(actual: number, target: number): number | null {
  if (!Number.isFinite(actual) || !Number.isFinite(target) || target <= 0) return null;
  return actual / target;
}
