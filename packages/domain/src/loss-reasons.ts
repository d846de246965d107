/** Lost deals for one reason, as the host sends them. */
export interface LossInput {
  reason: string;
  count: number;
  amount?: number | undefined;
}

/** A ranked loss reason. */
export interface LossReason {
  reason: string;
  count: number;
  /** Sum of the amounts given for this reason; `null` when none was given. */
  amount: number | null;
  /** `count` / all lost deals; `null` when nothing was lost. */
  share: number | null;
}

/**
 * Loss reasons counted and ranked (DOMAIN.md §2): entries with the same
 * `reason` (exact text) are merged, then ranked by count (most first), then
 * amount (largest first; no amount ranks below any amount), then reason
 * (code-unit order, so the result never depends on the runtime's locale).
 * Counts that are not finite numbers ≥ 0 count as 0.
 */
export function rankLossReasons(lost: readonly LossInput[] = []): LossReason[] {
  const merged = new Map<string, LossReason>();
  let total = 0;
  for (const { reason, count, amount } of lost) {
    const n = Number.isFinite(count) && count > 0 ? count : 0;
    total += n;
    let entry = merged.get(reason);
    if (!entry) merged.set(reason, (entry = { reason, count: 0, amount: null, share: null }));
    entry.count += n;
    if (amount !== undefined && Number.isFinite(amount)) entry.amount = (entry.amount ?? 0) + amount;
  }
  const ranked = [...merged.values()];
  for (const entry of ranked) entry.share = total > 0 ? entry.count / total : null;
  return ranked.sort(
    (a, b) =>
      b.count - a.count ||
      (b.amount ?? -Infinity) - (a.amount ?? -Infinity) ||
      (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0),
  );
}
