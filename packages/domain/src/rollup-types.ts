import type { Calendar } from './calendar.js';
import type { DateString } from './dates.js';
import type { DeviationStreakOptions } from './deviation-streak.js';
import type { OutlierOptions } from './detect-outliers.js';
import type { Period } from './elapsed-share.js';
import type { Highlight } from './highlight.js';
import type { QualityRules } from './quality.js';
import type { Dimension } from './schemas/target-tree.js';
import type { Tier } from './tiers.js';

/** Settings of `rollupTargets`; missing ones come from {@link DEFAULT_ROLLUP_OPTIONS}. */
export interface RollupOptions {
  /** The day pace is measured at; without it there is no pace, forecast or pace highlight. */
  asOf?: DateString | undefined;
  /** How days count for pace (default: every calendar day). */
  calendar?: Calendar | undefined;
  tiers?: readonly Tier[] | undefined;
  /** `target-mismatch` when |children's targets + reserve − target| > tolerance × target (DOMAIN.md §1: 0.005). */
  tolerance?: number | undefined;
  /** `behind-pace` when attainment < pace × (1 − paceTolerance) (DOMAIN.md §3: 0.1). */
  paceTolerance?: number | undefined;
  /** A `behind-pace` is `critical` when attainment < pace × criticalPace (0.5), else a warning. */
  criticalPace?: number | undefined;
  /** `below-threshold` under this attainment or forecast attainment (DOMAIN.md §5: 0.8). */
  threshold?: number | undefined;
  /** Limits for `quality-violation` (default `DEFAULT_QUALITY_RULES`). */
  qualityRules?: QualityRules | undefined;
  outliers?: OutlierOptions | undefined;
  deviation?: DeviationStreakOptions | undefined;
  /** Language of highlight sentences: 'en-US' (default) or 'zh-CN'. */
  locale?: string | undefined;
}

/** 0.5% mismatch tolerance, 10% pace tolerance, critical under half the pace, 80% threshold, English. */
export const DEFAULT_ROLLUP_OPTIONS = Object.freeze({
  tolerance: 0.005,
  paceTolerance: 0.1,
  criticalPace: 0.5,
  threshold: 0.8,
  locale: 'en-US',
} as const);

/** How far a parent's parts (children's targets + reserve) miss its target. */
export interface TargetMismatch {
  /** `over`: the parts add up to more than the target; `under`: to less. */
  direction: 'over' | 'under';
  /** |parts − target|, always > 0. */
  amount: number;
}

/** A node of `rollupTargets`' result: the input node's identity plus its figures. */
export interface RolledNode {
  id: string;
  name: string;
  split: Dimension | undefined;
  level: string | undefined;
  /** 0 for the root. */
  depth: number;
  /** The node's own period, else the nearest ancestor's; `null` when none has one. */
  period: Period | null;
  /** Given, or (parent) children's targets + reserve, or (leaf) 0. */
  target: number;
  /** Whether `target` came from the input. */
  targetGiven: boolean;
  /** Given, or (parent) the sum of its children's actuals, or (leaf) 0. */
  actual: number;
  actualGiven: boolean;
  /** The node's flexibility reserve (0 when not given). */
  reserve: number;
  /** actual / target; `null` when the target is 0. */
  attainment: number | null;
  /** target − actual (negative when over target). */
  gap: number;
  /** Expected pace: elapsed share of `period` at `asOf`; `null` without either. */
  pace: number | null;
  /** Run-rate forecast of the final actual: actual / pace; `null` when pace is 0 or unknown. */
  forecast: number | null;
  tier: Tier | null;
  /** Children's targets + reserve; `null` for a leaf (no children). */
  allocated: number | null;
  /** Set when `allocated` misses a given target beyond the tolerance; else `null`. */
  mismatch: TargetMismatch | null;
  /** Most serious first; a shared frozen empty array when there are none. */
  highlights: readonly Highlight[];
  /** In input order; empty for a leaf. */
  children: RolledNode[];
}
