/** Reason codes of DOMAIN.md §5. */
export type HighlightCode =
  | 'behind-pace'
  | 'below-threshold'
  | 'deviation-streak'
  | 'conversion-below-benchmark'
  | 'stage-stalled'
  | 'outlier'
  | 'quality-violation'
  | 'overdue'
  | 'target-mismatch';

export type Severity = 'info' | 'warning' | 'critical';

/** What a highlight is about. For a funnel span, `id` is the `to` stage and `from` the first. */
export interface HighlightSubject {
  kind: 'node' | 'stage' | 'rep' | 'task';
  id: string;
  name?: string;
  from?: string;
}

/**
 * An anomaly worth a look: a reason code, how serious, what it is about, a
 * sentence for people (in the locale asked for) and, where it applies, the
 * measured `value` and the `expected` one (both in the unit the code uses:
 * rates as fractions, amounts as amounts, durations in days).
 */
export interface Highlight {
  code: HighlightCode;
  severity: Severity;
  subject: HighlightSubject;
  message: string;
  value?: number;
  expected?: number;
  /** Extra facts by code, e.g. `{ direction: 'over' }` for a target mismatch. */
  details?: Record<string, string | number | boolean | null>;
}

const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

/** Orders highlights most serious first, keeping the given order within a severity. */
export function bySeverity(a: Highlight, b: Highlight): number {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
}

/**
 * Sorts `list` in place most serious first and returns it: the same order as
 * `list.sort(bySeverity)` (stable), by insertion, which is much quicker than
 * `Array#sort` for the two or three highlights a node or row has.
 */
export function sortBySeverity(list: Highlight[]): Highlight[] {
  for (let i = 1; i < list.length; i++) {
    const h = list[i]!;
    const rank = SEVERITY_ORDER[h.severity];
    let j = i - 1;
    while (j >= 0 && SEVERITY_ORDER[list[j]!.severity] > rank) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = h;
  }
  return list;
}
