import { attainment as attainmentOf } from './attainment.js';
import type { RollupContext } from './rollup-context.js';
import { nodeHighlights } from './rollup-node.js';
import type { RolledNode } from './rollup-types.js';
import type { TargetNode } from './schemas/target-tree.js';
import { tierOf } from './tiers.js';

/**
 * Sets a node's figures once all its children are done: reserve, target
 * (given, else children's targets + reserve, else 0), actual (given, else the
 * children's sum, else 0), allocated and mismatch (parents only), gap,
 * attainment, forecast (actual / pace), tier and highlights. Throws a
 * `RangeError` for a negative or non-finite target, actual or reserve.
 */
export function finishNode(input: TargetNode, node: RolledNode, ctx: RollupContext): void {
  const reserve = input.reserve === undefined ? 0 : checked('reserve', input.reserve, input);
  const kids = node.children;
  let target = input.target === undefined ? 0 : checked('target', input.target, input);
  let actual = input.actual === undefined ? 0 : checked('actual', input.actual, input);
  if (kids.length > 0) {
    let targets = 0;
    let actuals = 0;
    for (let i = 0; i < kids.length; i++) {
      targets += kids[i]!.target;
      actuals += kids[i]!.actual;
    }
    const allocated = targets + reserve;
    node.allocated = allocated;
    if (!node.targetGiven) target = allocated;
    else {
      const diff = allocated - target;
      if (Math.abs(diff) > (ctx.tolerance + 1e-9) * target + 1e-9) node.mismatch = { direction: diff > 0 ? 'over' : 'under', amount: Math.abs(diff) };
    }
    if (!node.actualGiven) actual = actuals;
  }
  const pace = node.pace;
  node.reserve = reserve;
  node.target = target;
  node.actual = actual;
  node.gap = target - actual;
  node.attainment = attainmentOf(actual, target);
  node.forecast = pace !== null && pace > 0 ? actual / pace : null;
  node.tier = tierOf(node.attainment, ctx.tiers);
  node.highlights = nodeHighlights(input, node, ctx);
}

/** `value` when it is an amount (finite, ≥ 0); otherwise a `RangeError` naming the node. */
function checked(what: string, value: number, node: TargetNode): number {
  if (typeof value !== 'number' || !(value >= 0) || value === Infinity) {
    throw new RangeError(`invalid ${what} ${String(value)} of node ${JSON.stringify(node.id)}`);
  }
  return value;
}
