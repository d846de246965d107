import { dayNumber, type DateString } from './dates.js';
import type { DeviationStreakOptions } from './deviation-streak.js';
import { DEFAULT_OUTLIER_OPTIONS, type OutlierOptions } from './detect-outliers.js';
import type { HighlightSubject } from './highlight.js';
import type { QualityRules } from './quality.js';
import { DEFAULT_ROLLUP_OPTIONS, type RolledNode, type RollupOptions } from './rollup-types.js';
import { DEFAULT_TIERS, type Tier } from './tiers.js';

/** Settings of one `rollupTargets` call, resolved and checked once, shared by every node. */
export interface RollupContext {
  tiers: readonly Tier[];
  tolerance: number;
  paceTolerance: number;
  criticalPace: number;
  threshold: number;
  qualityRules: QualityRules | undefined;
  outliers: OutlierOptions | undefined;
  /** `outliers` resolved as `detectOutliers` does (`{ ...DEFAULT_OUTLIER_OPTIONS, ...outliers }`). */
  outlierLimits: Required<OutlierOptions>;
  /** Histories shorter than this (with the actual) cannot hold an outlier: skipped without a call. */
  outlierMinCount: number;
  deviation: DeviationStreakOptions | undefined;
  locale: string;
  /** The checked `asOf` (`'YYYY-MM-DD'` strings compare in date order), `null` without one. */
  asOf: DateString | null;
}

/**
 * Resolves `options` against {@link DEFAULT_ROLLUP_OPTIONS}. Throws a
 * `RangeError` for a negative or non-finite tolerance, pace tolerance,
 * critical pace or threshold, and for an `asOf` that is not `'YYYY-MM-DD'`.
 */
export function rollupContext(options: RollupOptions): RollupContext {
  const d = DEFAULT_ROLLUP_OPTIONS;
  if (options.asOf !== undefined) dayNumber(options.asOf);
  return {
    asOf: options.asOf ?? null,
    tiers: options.tiers ?? DEFAULT_TIERS,
    tolerance: share('tolerance', options.tolerance ?? d.tolerance),
    paceTolerance: share('paceTolerance', options.paceTolerance ?? d.paceTolerance),
    criticalPace: share('criticalPace', options.criticalPace ?? d.criticalPace),
    threshold: share('threshold', options.threshold ?? d.threshold),
    qualityRules: options.qualityRules,
    outliers: options.outliers,
    outlierLimits: { ...DEFAULT_OUTLIER_OPTIONS, ...options.outliers },
    outlierMinCount: options.outliers?.minCount ?? DEFAULT_OUTLIER_OPTIONS.minCount,
    deviation: options.deviation,
    locale: options.locale ?? d.locale,
  };
}

function share(what: string, value: number): number {
  if (typeof value !== 'number' || !(value >= 0) || value === Infinity) throw new RangeError(`invalid ${what} ${String(value)}`);
  return value;
}

/** The highlight subject of a rolled-up node. */
export function subjectOf(node: RolledNode): HighlightSubject {
  return { kind: 'node', id: node.id, name: node.name };
}
