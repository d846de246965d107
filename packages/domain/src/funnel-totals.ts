import type { LossInput } from './loss-reasons.js';

interface CountedStage {
  id: string;
  count: number;
  amount: number | null;
}

/** Sums the funnel widget shows beside the stages. */
export interface FunnelTotals {
  /** Sum of the stages' amounts; `null` when no stage has one. */
  amount: number | null;
  /** Count and amount of the won stage the win rate uses (0 / `null` when there is no such pair of stages). */
  wonCount: number;
  wonAmount: number | null;
  /** All lost deals, and their amount (`null` when no loss reason has one). */
  lostCount: number;
  lostAmount: number | null;
}

/**
 * The stages a win rate divides: `won` = `wonStage` or the last stage; `from` =
 * `winFrom`, else the stage `'opportunity'`, else the 2nd stage. `null` with
 * fewer than two stages or when `from` is not above `won`. Throws a
 * `RangeError` when `winFrom` or `wonStage` names no stage.
 */
export function winStages<S extends { id: string }>(
  stages: readonly S[],
  winFrom?: string,
  wonStage?: string,
): { from: S; won: S } | null {
  const find = (id: string, option: string): number => {
    const i = stages.findIndex((s) => s.id === id);
    if (i < 0) throw new RangeError(`invalid ${option} ${JSON.stringify(id)}: no such stage`);
    return i;
  };
  const wonIndex = wonStage !== undefined ? find(wonStage, 'wonStage') : stages.length - 1;
  let fromIndex = 1;
  if (winFrom !== undefined) fromIndex = find(winFrom, 'winFrom');
  else if (stages.some((s) => s.id === 'opportunity')) fromIndex = find('opportunity', 'winFrom');
  if (stages.length < 2 || fromIndex >= wonIndex) return null;
  return { from: stages[fromIndex]!, won: stages[wonIndex]! };
}

/** See {@link FunnelTotals}. Non-finite lost counts count as 0. */
export function funnelTotals(stages: readonly CountedStage[], won: CountedStage | null, lost: readonly LossInput[] = []): FunnelTotals {
  let amount: number | null = null;
  for (const s of stages) if (s.amount !== null) amount = (amount ?? 0) + s.amount;
  let lostCount = 0;
  let lostAmount: number | null = null;
  for (const l of lost) {
    if (Number.isFinite(l.count) && l.count > 0) lostCount += l.count;
    if (l.amount !== undefined && Number.isFinite(l.amount)) lostAmount = (lostAmount ?? 0) + l.amount;
  }
  return { amount, wonCount: won?.count ?? 0, wonAmount: won?.amount ?? null, lostCount, lostAmount };
}
