import { attainment as attainmentOf } from './attainment.js';
import { resolvePayoutPlan, type PayoutPlan } from './payout-plan.js';
import { reaches } from './reaches.js';
import { tierOf, type Tier } from './tiers.js';

/** One bracket of a payout: revenue that fell in it and the commission it earned. */
export interface PayoutBracketResult {
  /** Lower bound, as attainment (share of target). */
  from: number;
  /** Upper bound (exclusive) as attainment; `null` for the open top bracket. */
  to: number | null;
  rate: number;
  revenue: number;
  commission: number;
}

export interface Payout {
  attainment: number | null;
  tier: Tier | null;
  /** How the commission was computed: the plan's mode, or `base-rate` when the plan has a `baseRate`. */
  method: 'marginal' | 'accelerated' | 'base-rate';
  commission: number;
  bonus: number;
  /** commission + bonus. */
  total: number;
  /** commission / actual (the bonus left out); 0 when actual is 0. */
  effectiveRate: number;
  brackets: PayoutBracketResult[];
}

/**
 * Commission and bonus estimate for one result (DOMAIN.md §3), amounts not
 * rounded (round for display).
 *
 * - Brackets, `marginal` (default): revenue up to `from[i+1] × target` earns
 *   bracket i's rate, like tax brackets; with the default plan 2% up to
 *   target, 3% from 100% to 120%, 4% above. Every bracket is listed, empty
 *   ones with revenue 0.
 * - Brackets, `accelerated`: the rate of the bracket reached (its `from` ≤
 *   attainment; exactly 100% reaches the 100% bracket) applies to all
 *   revenue. The tier's `rateMultiplier` is not applied to brackets (they
 *   are the acceleration).
 * - `plan.baseRate`: commission = actual × baseRate × tier.rateMultiplier
 *   (one open bracket listed, at the multiplied rate).
 * - Bonus = plan.bonus × tier.bonusMultiplier: nothing below 80%.
 * - Target 0 (no attainment): no tier, no bonus; all revenue earns the
 *   first bracket's rate (or `baseRate` × 1): a missing target never pays
 *   the over-target rates.
 *
 * Throws a `RangeError` for an invalid plan (see `resolvePayoutPlan`) or an
 * actual or target that is not a finite number ≥ 0.
 */
export function payout(plan: PayoutPlan, { actual, target }: { actual: number; target: number }): Payout {
  const p = resolvePayoutPlan(plan);
  if (!(Number.isFinite(actual) && actual >= 0)) throw new RangeError(`invalid actual ${String(actual)}`);
  if (!(Number.isFinite(target) && target >= 0)) throw new RangeError(`invalid target ${String(target)}`);
  const att = attainmentOf(actual, target);
  const tier = tierOf(att, p.tiers);
  const bonus = tier ? p.bonus * tier.bonusMultiplier : 0;
  let method: Payout['method'];
  let brackets: PayoutBracketResult[];
  if (p.baseRate !== undefined) {
    method = 'base-rate';
    const rate = p.baseRate * (tier ? tier.rateMultiplier : 1);
    brackets = [{ from: 0, to: null, rate, revenue: actual, commission: actual * rate }];
  } else {
    method = p.mode;
    const list = p.brackets;
    let reached = 0;
    if (att !== null) while (reached + 1 < list.length && reaches(att, list[reached + 1]!.from)) reached++;
    brackets = list.map((b, i) => {
      const to = i + 1 < list.length ? list[i + 1]!.from : null;
      let revenue: number;
      if (att === null || p.mode === 'accelerated') revenue = i === reached ? actual : 0;
      else revenue = Math.max(0, Math.min(actual, to === null ? Infinity : to * target) - b.from * target);
      return { from: b.from, to, rate: b.rate, revenue, commission: revenue * b.rate };
    });
  }
  let commission = 0;
  for (const b of brackets) commission += b.commission;
  return {
    attainment: att,
    tier,
    method,
    commission,
    bonus,
    total: commission + bonus,
    effectiveRate: actual > 0 ? commission / actual : 0,
    brackets,
  };
}
