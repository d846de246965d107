import type { FunnelData } from './schemas/funnel.js';
import { hashOf, stageIndex } from './stage-index.js';

/** A deal as a CRM lists it: the furthest stage it reached, and why it was lost if it was. */
export interface FunnelDeal {
  amount?: number | undefined;
  /** Id of the furthest stage reached (the last stage means won). */
  stage?: string | undefined;
  /** Set for a lost deal: it reached `stage`, then was lost for this reason. */
  lostReason?: string | undefined;
  /** Days the deal has spent in its current stage (open deals only). */
  daysInStage?: number | undefined;
}

/**
 * Funnel data from a list of deals: each stage counts the deals that
 * reached it or went further (a deal at `proposal` also counts for `lead`
 * and `opportunity`) with their amounts; a stage's `avgDays` is the mean
 * `daysInStage` of the open deals sitting in it; lost deals are tallied by
 * reason. Deals at an unknown stage, or without one, are skipped and counted
 * in `skipped`. One pass over the deals: fit for millions.
 */
export function funnelFromDeals(
  deals: readonly FunnelDeal[],
  stages: readonly { id: string; name: string }[],
): { data: FunnelData; skipped: number } {
  // positionOfStage, inlined: the table answers the usual ids, the Map everything else.
  const { ids, slots, mask, byId } = stageIndex(stages.map((s) => s.id));
  const n = stages.length;
  const atCount = new Float64Array(n);
  const atAmount = new Float64Array(n);
  const daysSum = new Float64Array(n);
  const daysCount = new Float64Array(n);
  const lost = new Map<string, { count: number; amount: number }>();
  let skipped = 0;
  for (let i = 0; i < deals.length; i++) {
    const deal = deals[i]!;
    const stage = deal.stage;
    let k: number | undefined;
    if (typeof stage === 'string' && stage.length > 0) {
      const slot = slots[hashOf(stage, mask)]!;
      k = slot >= 0 && ids[slot] === stage ? slot : byId.get(stage);
    } else k = stage === undefined ? undefined : byId.get(stage);
    if (k === undefined) {
      skipped++;
      continue;
    }
    const amount = deal.amount ?? 0;
    atCount[k]!++;
    atAmount[k]! += amount;
    if (deal.lostReason !== undefined) {
      const entry = lost.get(deal.lostReason);
      if (entry) {
        entry.count++;
        entry.amount += amount;
      } else lost.set(deal.lostReason, { count: 1, amount });
    } else if (deal.daysInStage !== undefined) {
      daysSum[k]! += deal.daysInStage;
      daysCount[k]!++;
    }
  }
  let count = 0;
  let amount = 0;
  const out = new Array<FunnelData['stages'][number]>(n);
  for (let k = n - 1; k >= 0; k--) {
    count += atCount[k]!;
    amount += atAmount[k]!;
    const avgDays = daysCount[k]! > 0 ? daysSum[k]! / daysCount[k]! : undefined;
    out[k] = { id: stages[k]!.id, name: stages[k]!.name, count, amount, ...(avgDays === undefined ? {} : { avgDays }) };
  }
  const data: FunnelData = { stages: out };
  if (lost.size) data.lost = [...lost].map(([reason, v]) => ({ reason, count: v.count, amount: v.amount }));
  return { data, skipped };
}
