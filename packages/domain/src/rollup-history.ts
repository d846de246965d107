import { DEFAULT_DEVIATION_OPTIONS, deviationStreak } from './deviation-streak.js';
import type { Highlight } from './highlight.js';
import { highlightOf } from './highlight-of.js';
import { lastOutlierScoreOf } from './last-outlier.js';
import { subjectOf, type RollupContext } from './rollup-context.js';
import type { RolledNode } from './rollup-types.js';
import type { TargetNodeInput } from './schemas/target-tree.js';
import { median } from './stats.js';

/**
 * Adds a node's history highlights to `out` (created when needed) and returns it:
 * - `outlier` when the actual, read after `history`, is an outlier of that
 *   series (`detectOutliers`): warning when far below, info when far above;
 *   `expected` = the history's median, `details.score` the robust z-score;
 * - `deviation-streak` (warning) when `periods` ends in a streak that calls for
 *   a target review (`deviationStreak`): `value` = the suggested change, the
 *   suggestion in `details` (`length`, `currentTarget`, `suggestedTarget`,
 *   `change`, `needsApproval: true`).
 */
export function historyHighlights(input: TargetNodeInput, node: RolledNode, ctx: RollupContext, out: Highlight[] | undefined): Highlight[] | undefined {
  const name = node.name;
  const history = input.history;
  if (history && history.length + 1 >= ctx.outlierMinCount) {
    const { threshold, minCount } = ctx.outlierLimits;
    const score = lastOutlierScoreOf(history, node.actual, threshold, minCount);
    if (score !== null) {
      const usual = median(history);
      const facts = { name, value: node.actual, expected: usual };
      const fields = { value: node.actual, expected: usual, details: { score } };
      (out ??= []).push(highlightOf('outlier', score < 0 ? 'warning' : 'info', subjectOf(node), facts, ctx.locale, fields));
    }
  }
  const periods = input.periods;
  if (periods && periods.length) {
    const streak = deviationStreak(periods, ctx.deviation);
    const s = streak.suggestion;
    if (s) {
      const threshold = ctx.deviation?.threshold ?? DEFAULT_DEVIATION_OPTIONS.threshold;
      const facts = { name, count: streak.length, value: s.change, expected: threshold, direction: s.change >= 0 ? 'over' : 'under' } as const;
      const details = { length: streak.length, currentTarget: periods[periods.length - 1]!.target, suggestedTarget: s.target, change: s.change, needsApproval: true };
      (out ??= []).push(highlightOf('deviation-streak', 'warning', subjectOf(node), facts, ctx.locale, { value: s.change, details }));
    }
  }
  return out;
}
