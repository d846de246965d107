import { reaches } from './reaches.js';
import type { Kpis } from './schemas/leaderboard.js';

/** The process KPIs of DOMAIN.md §7, in display order. */
export const KPI_IDS = Object.freeze(['weeklyVisits', 'monthlyOpportunities', 'opportunityToProposal', 'proposalToWon'] as const);

export type KpiId = (typeof KPI_IDS)[number];

/**
 * The seed's process targets: ≥ 5 new-customer visits a week, 15 new
 * opportunities a month, 60% opportunity → proposal, 40% proposal → signed.
 */
export const DEFAULT_KPI_TARGETS: Readonly<Required<Kpis>> = Object.freeze({
  weeklyVisits: 5,
  monthlyOpportunities: 15,
  opportunityToProposal: 0.6,
  proposalToWon: 0.4,
});

/** One KPI against its target; `met` is `null` when there is no target. */
export interface KpiResult {
  id: KpiId;
  value: number;
  target: number | null;
  met: boolean | null;
}

/**
 * Each KPI the rep has a value for, in {@link KPI_IDS} order, against
 * `targets` (a KPI meets its target when value ≥ target; every target is a
 * minimum, float noise forgiven: see `reaches`). KPIs without a value are left out; a KPI whose target is
 * missing or not finite gets `target: null, met: null`.
 */
export function evaluateKpis(kpis: Kpis | undefined, targets: Kpis = DEFAULT_KPI_TARGETS): KpiResult[] {
  const out: KpiResult[] = [];
  if (!kpis) return out;
  for (const id of KPI_IDS) {
    const value = kpis[id];
    if (value === undefined || value === null) continue;
    const target = targets[id];
    if (target === undefined || !Number.isFinite(target)) out.push({ id, value, target: null, met: null });
    else out.push({ id, value, target, met: reaches(value, target) });
  }
  return out;
}
