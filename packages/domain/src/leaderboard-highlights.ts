import { DEFAULT_OUTLIER_OPTIONS, type OutlierOptions } from './detect-outliers.js';
import { sortBySeverity, type Highlight, type HighlightSubject } from './highlight.js';
import { highlightMessage } from './messages.js';
import { lastOutlierScoreOf } from './last-outlier.js';
import { checkQuality, type QualityRules } from './quality.js';
import { reaches } from './reaches.js';
import type { LeaderboardEntry } from './schemas/leaderboard.js';
import { median } from './stats.js';

/** What {@link entryHighlights} needs besides the entry; built once per leaderboard. */
export interface EntryHighlightContext {
  /** Whether the period is over (or no period was given): only then is low attainment flagged. */
  final: boolean;
  threshold: number;
  qualityRules: QualityRules | undefined;
  outliers: OutlierOptions | undefined;
  /** `outliers` resolved against `DEFAULT_OUTLIER_OPTIONS` once per leaderboard; when absent, per entry. */
  outlierLimits?: Required<OutlierOptions> | undefined;
  locale: string;
}

const NONE: readonly Highlight[] = Object.freeze([]);

/**
 * A rep's highlights, most serious first (a shared empty array when none):
 * - `quality-violation` per breached quality rule (`checkQuality`), even when attainment is high;
 * - `below-threshold` (warning) when attainment < `threshold` and `final`; no attainment, no flag;
 * - `outlier` when `actual`, read after `history`, is an outlier of that
 *   series (`detectOutliers`): `warning` when far below, `info` when far
 *   above; `expected` = the history's median, `details.score` the robust z-score.
 */
export function entryHighlights(entry: LeaderboardEntry, attainment: number | null, ctx: EntryHighlightContext): readonly Highlight[] {
  let out: Highlight[] | undefined;
  let subject: HighlightSubject | undefined;
  if (entry.quality) {
    const found = checkQuality((subject ??= repSubject(entry)), entry.quality, ctx.qualityRules, ctx.locale);
    if (found.length) out = found;
  }
  if (ctx.final && attainment !== null && !reaches(attainment, ctx.threshold)) {
    (out ??= []).push({
      code: 'below-threshold',
      severity: 'warning',
      subject: (subject ??= repSubject(entry)),
      message: highlightMessage('below-threshold', { name: entry.name, value: attainment, expected: ctx.threshold }, ctx.locale),
      value: attainment,
      expected: ctx.threshold,
    });
  }
  const history = entry.history;
  if (history && history.length) {
    const { threshold, minCount } = ctx.outlierLimits ?? { ...DEFAULT_OUTLIER_OPTIONS, ...ctx.outliers };
    const score = lastOutlierScoreOf(history, entry.actual, threshold, minCount);
    if (score !== null) {
      const usual = median(history);
      (out ??= []).push({
        code: 'outlier',
        severity: score < 0 ? 'warning' : 'info',
        subject: (subject ??= repSubject(entry)),
        message: highlightMessage('outlier', { name: entry.name, value: entry.actual, expected: usual }, ctx.locale),
        value: entry.actual,
        expected: usual,
        details: { score },
      });
    }
  }
  return out ? sortBySeverity(out) : NONE;
}

function repSubject(entry: LeaderboardEntry): HighlightSubject {
  return { kind: 'rep', id: entry.id, name: entry.name };
}
