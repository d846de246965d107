import type { AllocateOptions } from './allocate-target.js';

/** Input checks and unit rounding for `allocateTarget`. */

/** The reserve asked for, as an amount: `reserve`, or `reserveShare × total`, or 0. */
export function reserveOf(total: number, options: AllocateOptions): number {
  const { reserve, reserveShare } = options;
  if (reserve !== undefined && reserveShare !== undefined) throw new RangeError('give reserve or reserveShare, not both');
  if (reserveShare !== undefined) {
    if (!(reserveShare >= 0 && reserveShare <= 1)) throw new RangeError(`invalid reserveShare ${show(reserveShare)}`);
    return reserveShare * total;
  }
  if (reserve === undefined) return 0;
  checkAmount('reserve', reserve);
  if (reserve > total) throw new RangeError(`reserve ${show(reserve)} is above the total ${show(total)}`);
  return reserve;
}

/** `x` rounded to the nearest integer when only float noise separates them, else `round(x)`. */
export function snap(x: number, round: (x: number) => number): number {
  const near = Math.round(x);
  return Math.abs(x - near) <= Math.max(1e-9, Math.abs(x) * 1e-15) ? near : round(x);
}

/** `value` when it is a finite number ≥ 0; otherwise a `RangeError` naming `what` (and the part) and showing the value. */
export function checkAmount(what: string, value: number, partId?: string): number {
  if (typeof value !== 'number' || !(value >= 0) || value === Infinity) {
    throw new RangeError(`invalid ${what} ${show(value)}${partId === undefined ? '' : ` of part ${show(partId)}`}`);
  }
  return value;
}

/** A value as it appears in error messages: numbers as they are (NaN, -1), anything else as JSON. */
export const show = (v: unknown): string => (typeof v === 'number' ? String(v) : JSON.stringify(v));

/** How many decimals `x` is written with (`10.05` → 2, `1e-7` → 7, `1200` → 0), at most 20. */
export function decimalsOf(x: number): number {
  const m = /(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
  return Math.min(20, Math.max(0, (m?.[1]?.length ?? 0) - Number(m?.[2] ?? 0)));
}

/** `x` rounded to `decimals` places, so a difference such as 10.05 − 9.9 reads 0.15, not 0.15000000000000036. */
export function roundTo(x: number, decimals: number): number {
  return Number(x.toFixed(decimals));
}
