import { attainment as attainmentOf } from './attainment.js';
import { sortBySeverity, type Highlight, type HighlightSubject } from './highlight.js';
import { highlightOf } from './highlight-of.js';
import { checkQuality } from './quality.js';
import { reaches } from './reaches.js';
import { subjectOf, type RollupContext } from './rollup-context.js';
import { historyHighlights } from './rollup-history.js';
import type { RolledNode } from './rollup-types.js';
import type { TargetNodeInput } from './schemas/target-tree.js';

/** What a node without highlights holds (shared, frozen). */
export const NO_HIGHLIGHTS: readonly Highlight[] = Object.freeze([]);

/**
 * The highlights of one rolled-up node (its figures already set), most serious
 * first (`bySeverity`, stable), or the shared {@link NO_HIGHLIGHTS}:
 * - `behind-pace` when attainment < pace × (1 − paceTolerance); `critical` under pace × criticalPace, else warning;
 * - `below-threshold` once the period is over (`asOf` on or after its last day) with attainment under the threshold (critical), or while it
 *   runs (pace > 0) with the run-rate forecast's attainment under it (warning); `details.measure` says which;
 *   not before the period starts, nor without a pace (no period or no asOf);
 * - `target-mismatch` (warning) from `node.mismatch`: value = children's targets + reserve, expected = target;
 * - `outlier` and `deviation-streak` from `history` and `periods`: see `historyHighlights`;
 * - `quality-violation` per breached rule (`checkQuality`).
 * Sentences (`highlightMessage`) are only written for what is flagged.
 */
export function nodeHighlights(input: TargetNodeInput, node: RolledNode, ctx: RollupContext): readonly Highlight[] {
  let out: Highlight[] | undefined;
  let subject: HighlightSubject | undefined;
  const { attainment: att, pace, name } = node;
  const locale = ctx.locale;
  if (att !== null && pace !== null && pace > 0) {
    if (!reaches(att, pace * (1 - ctx.paceTolerance))) {
      const severity = att < pace * ctx.criticalPace ? 'critical' : 'warning';
      const facts = { name, value: att, expected: pace };
      (out ??= []).push(highlightOf('behind-pace', severity, (subject ??= subjectOf(node)), facts, locale, { value: att, expected: pace }));
    }
    // Over on the period's last day, not when the pace first reaches 1 (a workday calendar reaches it on the last
    // working day, before a weekend that ends the period): the same rule as `targetStatus`.
    const over = node.period !== null && ctx.asOf !== null && ctx.asOf >= node.period.end;
    const measured = over ? att : attainmentOf(node.forecast!, node.target)!;
    // Same float allowance as `tierOf` (`reaches`), so `below-threshold` and the `below` tier agree at exactly 80%.
    if (!reaches(measured, ctx.threshold)) {
      const measure = over ? 'attainment' : 'forecast';
      const facts = { name, value: measured, expected: ctx.threshold, measure } as const;
      const fields = { value: measured, expected: ctx.threshold, details: { measure } };
      (out ??= []).push(highlightOf('below-threshold', over ? 'critical' : 'warning', (subject ??= subjectOf(node)), facts, locale, fields));
    }
  }
  const mismatch = node.mismatch;
  if (mismatch) {
    const { direction, amount } = mismatch;
    const facts = { name, value: node.allocated!, expected: node.target, amount, direction };
    const fields = { value: node.allocated!, expected: node.target, details: { direction, amount } };
    (out ??= []).push(highlightOf('target-mismatch', 'warning', (subject ??= subjectOf(node)), facts, locale, fields));
  }
  out = historyHighlights(input, node, ctx, out);
  if (input.quality) {
    const found = checkQuality((subject ??= subjectOf(node)), input.quality, ctx.qualityRules, locale);
    if (found.length) (out ??= []).push(...found);
  }
  return out ? sortBySeverity(out) : NO_HIGHLIGHTS;
}
