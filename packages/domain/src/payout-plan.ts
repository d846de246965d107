import { DEFAULT_TIERS, type Tier } from './tiers.js';

/** A commission bracket: from `from` (attainment, a share of target: 1 = 100%) on, revenue earns `rate`. */
export interface PayoutBracket {
  from: number;
  rate: number;
}

/**
 * `marginal`: like tax brackets, each slice of revenue earns its own
 * bracket's rate. `accelerated`: the rate of the bracket reached applies to
 * all revenue.
 */
export type PayoutMode = 'marginal' | 'accelerated';

/** A commission and bonus plan (DOMAIN.md §3). Fields left out come from {@link DEFAULT_PAYOUT_PLAN}. */
export interface PayoutPlan {
  /** Commission brackets, `from` strictly increasing, the first from 0. */
  brackets?: readonly PayoutBracket[] | undefined;
  mode?: PayoutMode | undefined;
  /**
   * A flat commission rate instead of brackets: commission = actual ×
   * baseRate × the tier's `rateMultiplier`. When set, `brackets` and `mode`
   * are not used.
   */
  baseRate?: number | undefined;
  /** The bonus paid at target (×1): multiplied by the tier's `bonusMultiplier` (0 below 80%). */
  bonus?: number | undefined;
  tiers?: readonly Tier[] | undefined;
}

/** A validated plan with every default filled in. */
export interface ResolvedPayoutPlan {
  brackets: readonly PayoutBracket[];
  mode: PayoutMode;
  baseRate: number | undefined;
  bonus: number;
  tiers: readonly Tier[];
}

/**
 * The seed's tiered commission (达标前2%,达标后3%,超额4%): 2% on revenue up
 * to target, 3% from 100% to 120% of target, 4% above; marginal; no bonus;
 * the tiers of DOMAIN.md §3.
 */
export const DEFAULT_PAYOUT_PLAN: Readonly<Required<Omit<PayoutPlan, 'baseRate'>>> = Object.freeze({
  brackets: Object.freeze([
    Object.freeze({ from: 0, rate: 0.02 }),
    Object.freeze({ from: 1, rate: 0.03 }),
    Object.freeze({ from: 1.2, rate: 0.04 }),
  ]),
  mode: 'marginal',
  bonus: 0,
  tiers: DEFAULT_TIERS,
});

const isRate = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/**
 * Fills in the defaults and checks the plan: at least one bracket, the first
 * from 0, `from`s finite and strictly increasing, rates, `baseRate` and
 * `bonus` finite and ≥ 0, a known mode, at least one tier. Throws a
 * `RangeError` naming the bad value otherwise.
 */
export function resolvePayoutPlan(plan: PayoutPlan = {}): ResolvedPayoutPlan {
  const brackets = plan.brackets ?? DEFAULT_PAYOUT_PLAN.brackets;
  const mode = plan.mode ?? DEFAULT_PAYOUT_PLAN.mode;
  const bonus = plan.bonus ?? DEFAULT_PAYOUT_PLAN.bonus;
  const tiers = plan.tiers ?? DEFAULT_PAYOUT_PLAN.tiers;
  const { baseRate } = plan;
  if (!Array.isArray(brackets) || brackets.length === 0) throw new RangeError(`invalid payout brackets ${JSON.stringify(brackets)}: expected at least one`);
  if (brackets[0]!.from !== 0) throw new RangeError(`invalid payout bracket ${JSON.stringify(brackets[0])}: the first must start at 0`);
  let previous = -Infinity;
  for (const b of brackets) {
    if (!Number.isFinite(b.from) || b.from <= previous) {
      throw new RangeError(`invalid payout bracket ${JSON.stringify(b)}: from must be finite and above ${previous}`);
    }
    if (!isRate(b.rate)) throw new RangeError(`invalid payout bracket ${JSON.stringify(b)}: rate must be a number ≥ 0`);
    previous = b.from;
  }
  if (mode !== 'marginal' && mode !== 'accelerated') throw new RangeError(`invalid payout mode ${JSON.stringify(mode)}`);
  if (baseRate !== undefined && !isRate(baseRate)) throw new RangeError(`invalid base rate ${String(baseRate)}`);
  if (!isRate(bonus)) throw new RangeError(`invalid bonus ${String(bonus)}`);
  if (!Array.isArray(tiers) || tiers.length === 0) throw new RangeError(`invalid tiers ${JSON.stringify(tiers)}: expected at least one`);
  return { brackets, mode, baseRate, bonus, tiers };
}
