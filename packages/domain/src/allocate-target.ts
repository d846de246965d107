import { checkAmount, decimalsOf, reserveOf, roundTo, show, snap } from './allocation-input.js';
import { largestRemainder } from './largest-remainder.js';

/** One part to give a share of the target to (a child node, a product line, a rep …). */
export interface AllocationPart {
  id: string;
  /** Explicit weight, any scale (60 / 30 / 10 or 0.6 / 0.3 / 0.1); missing = 0. */
  weight?: number | undefined;
  /** Past same-period results, oldest first; the last `years` of them are summed. */
  history?: readonly number[] | undefined;
}

export interface AllocateOptions {
  /** Split in proportion to `weight` (default) or to the sum of the last `years` of `history`. */
  by?: 'weight' | 'history' | undefined;
  /** Flexibility reserve (预留弹性空间) kept at the parent, as an amount. */
  reserve?: number | undefined;
  /** The same reserve as a share of `total` in [0, 1] (give this or `reserve`, not both). */
  reserveShare?: number | undefined;
  /** Decimals the targets are rounded to (0 = whole units; −3 = thousands). Integer in [−15, 15]. */
  precision?: number | undefined;
  /** How many of the latest history values count for `by: 'history'` (DOMAIN.md §1: three years). */
  years?: number | undefined;
}

export const DEFAULT_ALLOCATE_OPTIONS = Object.freeze({ by: 'weight', reserve: 0, precision: 0, years: 3 } as const);

export interface TargetAllocation {
  id: string;
  target: number;
}

export interface AllocationResult {
  /** What stays at the parent: the reserve asked for, rounded up to `precision`, plus any rounding leftover. */
  reserve: number;
  /** What went to the parts: `total − reserve`, a whole number of `10^−precision` units. */
  allocated: number;
  /** One per part, in the order given. */
  allocations: TargetAllocation[];
}

/**
 * Splits `total` among `parts` (DOMAIN.md §1), keeping a reserve at the parent.
 *
 * - Shares: by `weight`, or by `history` (the sum of each part's last `years` = 3
 *   values, i.e. the last three years' same-period results; fewer values are summed as they are).
 *   A missing weight or history counts as 0; when every part has 0, all get equal shares.
 * - Rounding: each target is a whole number of units of 10^−precision (default
 *   precision 0: whole currency units), by largest remainder (Hamilton): the
 *   targets add up to exactly `allocated`, each within one unit of its exact
 *   share; equal remainders favour the earlier part. Work is done in integer
 *   units, so with whole-unit amounts `Σ targets + reserve === total` holds in
 *   floating point too; with decimals it holds exactly in units of 10^−precision
 *   (their float sum may show the usual binary noise, e.g. 0.1 + 0.2).
 * - The reserve (`reserve`, or `reserveShare × total`) is rounded UP to the
 *   precision. When `total` itself has more decimals than `precision`, only
 *   whole units are allocated and the reserve absorbs the remainder
 *   (total 100.5 at precision 0 → 100 allocated, reserve 0.5).
 * - No parts: everything stays in the reserve.
 * - Part ids are copied as they are (not checked for repeats). Deterministic.
 *
 * Throws a `RangeError` for a negative or non-finite total, weight, used history
 * value or reserve, a reserve above the total, both `reserve` and `reserveShare`,
 * an unknown `by`, a precision that is not an integer in [−15, 15], `years` < 1,
 * or a total too large to count in units of 10^−precision.
 */
export function allocateTarget(total: number, parts: readonly AllocationPart[], options: AllocateOptions = {}): AllocationResult {
  const d = DEFAULT_ALLOCATE_OPTIONS;
  const by = options.by ?? d.by;
  const precision = options.precision ?? d.precision;
  const years = options.years ?? d.years;
  checkAmount('total', total);
  if (by !== 'weight' && by !== 'history') throw new RangeError(`invalid by ${show(by)}`);
  if (!Number.isInteger(precision) || precision < -15 || precision > 15) throw new RangeError(`invalid precision ${show(precision)}`);
  if (!Number.isInteger(years) || years < 1) throw new RangeError(`invalid years ${show(years)}`);
  const reserve = reserveOf(total, options);

  const n = parts.length;
  const weights = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const part = parts[i]!;
    if (by === 'weight') weights[i] = part.weight === undefined ? 0 : checkAmount('weight', part.weight, part.id);
    else {
      const h = part.history ?? [];
      for (let k = Math.max(0, h.length - years); k < h.length; k++) weights[i] += checkAmount('history value', h[k]!, part.id);
    }
  }

  // Integer units of 10^−precision; `scale` multiplies for precision ≥ 0, `size` is the unit otherwise.
  const scale = precision >= 0 ? 10 ** precision : 1;
  const size = precision < 0 ? 10 ** -precision : 1;
  const toUnits = (x: number): number => (precision >= 0 ? x * scale : x / size);
  const toAmount = (k: number): number => (precision >= 0 ? k / scale : k * size);
  const totalUnits = snap(toUnits(total), Math.floor);
  if (!Number.isSafeInteger(totalUnits)) throw new RangeError(`total ${show(total)} is too large for precision ${precision}`);
  const exact = toAmount(totalUnits) === total;
  const units = n === 0 ? 0 : Math.max(0, totalUnits - snap(toUnits(reserve), Math.ceil));
  const split = largestRemainder(units, weights);
  const allocations = new Array<TargetAllocation>(n);
  for (let i = 0; i < n; i++) allocations[i] = { id: parts[i]!.id, target: toAmount(split[i]!) };
  const allocated = toAmount(units);
  return { reserve: exact ? toAmount(totalUnits - units) : roundTo(total - allocated, decimalsOf(total)), allocated, allocations };
}
