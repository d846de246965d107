import { clamp } from './stats.js';

export interface DeviationStreakOptions {
  /** |actual − target| / target above this counts as a deviation (DOMAIN.md §5: 0.3). */
  threshold?: number;
  /** Periods in a row that call for a target review (3). */
  minLength?: number;
  /** Largest suggested change, as a share of the current target (0.2 = ±20%). */
  cap?: number;
}

export const DEFAULT_DEVIATION_OPTIONS: Required<DeviationStreakOptions> = { threshold: 0.3, minLength: 3, cap: 0.2 };

export interface TargetSuggestion {
  /** The suggested next target. */
  target: number;
  /** Its change against the current (latest) target, as a fraction: +0.2 = 20% higher. */
  change: number;
  /** Target changes from a streak always go to a manager. */
  needsApproval: true;
}

export interface DeviationStreak {
  /** How many of the latest periods in a row deviate beyond the threshold, in the same direction. */
  length: number;
  /** Set when the streak reaches `minLength`; otherwise `null`. */
  suggestion: TargetSuggestion | null;
}

/**
 * The current run of periods (oldest first, counted back from the latest)
 * whose actual misses its target by more than `threshold`, all in the same
 * direction (all over or all under: a run that swings from +60% to −60% says
 * the target is noisy, not that it is set too high or too low). From
 * `minLength` periods on it suggests moving the latest target by the streak's
 * mean actual/target − 1, capped at ±`cap` (DOMAIN.md §5). A period with a
 * target of 0 has no deviation and ends the streak.
 */
export function deviationStreak(
  periods: readonly { target: number; actual: number }[],
  options: DeviationStreakOptions = {},
): DeviationStreak {
  const { threshold, minLength, cap } = { ...DEFAULT_DEVIATION_OPTIONS, ...options };
  let length = 0;
  let ratioSum = 0;
  let sign = 0;
  for (let i = periods.length - 1; i >= 0; i--) {
    const { target, actual } = periods[i]!;
    if (!(target > 0) || !(Math.abs(actual - target) / target > threshold)) break;
    const s = Math.sign(actual - target);
    if (sign !== 0 && s !== sign) break;
    sign = s;
    length++;
    ratioSum += actual / target;
  }
  if (length < minLength) return { length, suggestion: null };
  const current = periods[periods.length - 1]!.target;
  const change = clamp(ratioSum / length - 1, -cap, cap);
  return { length, suggestion: { target: current * (1 + change), change, needsApproval: true } };
}
