import { reaches } from './reaches.js';

export type TierId = 'below' | 'standard' | 'exceeded' | 'outstanding';

/** One attainment tier (目标达成系数): applies from `min` (inclusive) up to the next tier. */
export interface Tier {
  id: TierId;
  min: number;
  rateMultiplier: number;
  bonusMultiplier: number;
}

/** The tiers of DOMAIN.md §3: below 80%, standard, exceeded at 100%, outstanding at 120%. */
export const DEFAULT_TIERS: readonly Tier[] = Object.freeze([
  { id: 'below', min: 0, rateMultiplier: 1, bonusMultiplier: 0 },
  { id: 'standard', min: 0.8, rateMultiplier: 1, bonusMultiplier: 1 },
  { id: 'exceeded', min: 1, rateMultiplier: 1.2, bonusMultiplier: 1.5 },
  { id: 'outstanding', min: 1.2, rateMultiplier: 1.5, bonusMultiplier: 2 },
] as const satisfies Tier[]);

/**
 * The tier an attainment falls in; lower bounds are inclusive (exactly 80%
 * is `standard`; float noise such as 0.7999999999999999 still reaches it, see
 * `reaches`). Attainments below the lowest bound (negative) get the lowest
 * tier. `null` attainment (no target) has no tier: returns `null`.
 */
export function tierOf(attainment: number | null, tiers: readonly Tier[] = DEFAULT_TIERS): Tier | null {
  if (attainment === null || Number.isNaN(attainment) || tiers.length === 0) return null;
  const sorted = sortedTiers(tiers);
  let found = sorted[0]!;
  for (const tier of sorted) if (reaches(attainment, tier.min)) found = tier;
  return found;
}

const sortedCache = new WeakMap<readonly Tier[], readonly Tier[]>();
function sortedTiers(tiers: readonly Tier[]): readonly Tier[] {
  let sorted = sortedCache.get(tiers);
  if (!sorted) sortedCache.set(tiers, (sorted = [...tiers].sort((a, b) => a.min - b.min)));
  return sorted;
}
