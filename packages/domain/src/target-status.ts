import { attainment as attainmentOf } from './attainment.js';
import type { Calendar } from './calendar.js';
import type { DateString } from './dates.js';
import { elapsedShare, type Period } from './elapsed-share.js';
import type { Highlight, HighlightSubject } from './highlight.js';
import { highlightMessage } from './messages.js';
import { DEFAULT_TIERS, tierOf, type Tier } from './tiers.js';

export interface TargetStatusInput {
  target: number;
  actual: number;
  period?: Period | undefined;
  asOf?: DateString | undefined;
  calendar?: Calendar | undefined;
  /** The forecast final result, when known (e.g. `forecast().best.value`). */
  forecast?: number | undefined;
}

export interface TargetStatusOptions {
  subject?: HighlightSubject;
  /** `behind-pace` when attainment < pace × (1 − paceTolerance) (DOMAIN.md §3: 0.1). */
  paceTolerance?: number;
  /** `below-threshold` under this attainment (DOMAIN.md §5: 0.8). */
  threshold?: number;
  tiers?: readonly Tier[];
  locale?: string;
}

export const DEFAULT_TARGET_STATUS_OPTIONS = { paceTolerance: 0.1, threshold: 0.8 } as const;

export interface TargetStatus {
  attainment: number | null;
  /** target − actual (negative when over target). */
  gap: number;
  tier: Tier | null;
  /** Expected pace: the elapsed share of the period at asOf; `null` without both. */
  pace: number | null;
  forecastAttainment: number | null;
  highlights: Highlight[];
}

/**
 * Where one target stands: attainment, gap, tier, pace and its highlights.
 * - `behind-pace` (warning; critical under half the pace) when attainment <
 *   pace × (1 − paceTolerance). Not before the period starts (pace 0).
 * - `below-threshold` when the period is over with attainment under the
 *   threshold (critical), or while it runs when the forecast's attainment is
 *   under it (warning).
 * A target of 0 has no attainment and so none of these highlights.
 */
export function targetStatus(input: TargetStatusInput, options: TargetStatusOptions = {}): TargetStatus {
  const { paceTolerance, threshold } = { ...DEFAULT_TARGET_STATUS_OPTIONS, ...options };
  const subject = options.subject ?? { kind: 'node', id: 'target' };
  const locale = options.locale ?? 'en-US';
  const att = attainmentOf(input.actual, input.target);
  const pace = input.period && input.asOf ? elapsedShare(input.period, input.asOf, input.calendar) : null;
  const forecastAttainment = input.forecast === undefined ? null : attainmentOf(input.forecast, input.target);
  const highlights: Highlight[] = [];
  const name = subject.name ?? subject.id;
  if (att !== null && pace !== null && pace > 0 && att < pace * (1 - paceTolerance)) {
    highlights.push({
      code: 'behind-pace',
      severity: att < pace * 0.5 ? 'critical' : 'warning',
      subject,
      message: highlightMessage('behind-pace', { name, value: att, expected: pace }, locale),
      value: att,
      expected: pace,
    });
  }
  const over = pace === 1 && input.asOf !== undefined && input.period !== undefined && input.asOf >= input.period.end;
  const low = over ? att : forecastAttainment;
  if (low !== null && low < threshold) {
    highlights.push({
      code: 'below-threshold',
      severity: over ? 'critical' : 'warning',
      subject,
      message: highlightMessage('below-threshold', { name, value: low, expected: threshold }, locale),
      value: low,
      expected: threshold,
      details: { measure: over ? 'attainment' : 'forecast' },
    });
  }
  return { attainment: att, gap: input.target - input.actual, tier: tierOf(att, options.tiers ?? DEFAULT_TIERS), pace, forecastAttainment, highlights };
}
