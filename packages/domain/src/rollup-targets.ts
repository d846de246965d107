import { PaceCache } from './pace-cache.js';
import { rollupContext } from './rollup-context.js';
import { finishNode } from './rollup-figures.js';
import { NO_HIGHLIGHTS } from './rollup-node.js';
import type { RolledNode, RollupOptions } from './rollup-types.js';
import type { TargetNode } from './schemas/target-tree.js';

/**
 * Rolls a target tree up (DOMAIN.md §1, §3, §5): a new tree of the same shape,
 * children in the same order, with per node the figures of {@link RolledNode}
 * and its highlights (see `nodeHighlights`); `collectHighlights` lists them all.
 *
 * - A parent's `actual` is the sum of its children's unless given. Its
 *   `target`, when missing, is its children's targets + `reserve` (so no
 *   mismatch); a leaf without target gets 0 (no attainment, no tier).
 * - `allocated` = children's targets + reserve (`null` for a leaf; an empty
 *   `children` list makes a leaf). When a parent's given target differs from
 *   it by more than `tolerance × target` (plus a 1e-9 allowance for float
 *   noise), `mismatch` says `over` or `under` by how much.
 * - `pace` = `elapsedShare(period, asOf, calendar)`, the period being the
 *   node's own or else inherited from its nearest ancestor; computed once per
 *   distinct period. `null` without a period or without `asOf`. `forecast` =
 *   actual / pace (the run-rate, as `runRateForecast`'s value), `null` when
 *   pace is 0 or unknown.
 * - Iterative (one post-order pass, no recursion): any depth works, e.g. a
 *   10,000-level chain, though `TargetNodeSchema` rejects more than 1,000 levels.
 * - Called directly with unvalidated data: repeated ids are not checked (the
 *   schema rejects them); each node is still rolled up on its own, only
 *   lookups by id become ambiguous. A node object reached twice is rolled up
 *   twice (input must be a tree; JSON cannot hold cycles).
 *
 * Throws a `RangeError` for a negative or non-finite target, actual or reserve
 * (naming the node), a bad option (see `rollupContext`) or bad dates.
 */
export function rollupTargets(root: TargetNode, options: RollupOptions = {}): RolledNode {
  const ctx = rollupContext(options);
  const paces = new PaceCache(options.asOf, options.calendar);
  const result = enter(root, null, paces);
  const inputs: TargetNode[] = [root];
  const outputs: RolledNode[] = [result];
  const next: number[] = [0];
  let top = 0;
  while (top >= 0) {
    const input = inputs[top]!;
    const node = outputs[top]!;
    const kids = input.children;
    const i = next[top]!;
    if (kids && i < kids.length) {
      next[top] = i + 1;
      const kid = kids[i]!;
      const child = enter(kid, node, paces);
      node.children.push(child);
      top++;
      inputs[top] = kid;
      outputs[top] = child;
      next[top] = 0;
    } else {
      finishNode(input, node, ctx);
      top--;
    }
  }
  return result;
}

/** A node's output, with what it inherits (depth, period, pace) set on the way down. */
function enter(input: TargetNode, parent: RolledNode | null, paces: PaceCache): RolledNode {
  const own = input.period;
  const period = own ?? parent?.period ?? null;
  const pace = own ? paces.of(own) : parent ? parent.pace : null;
  return {
    id: input.id, name: input.name, split: input.split, level: input.level, depth: parent ? parent.depth + 1 : 0, period,
    target: 0, targetGiven: input.target !== undefined, actual: 0, actualGiven: input.actual !== undefined, reserve: 0,
    attainment: null, gap: 0, pace, forecast: null, tier: null, allocated: null, mismatch: null, highlights: NO_HIGHLIGHTS, children: [],
  };
}
