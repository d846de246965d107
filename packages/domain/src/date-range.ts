/**
 * Membership of `'YYYY-MM-DD'` strings in the range [first, last], compared
 * as strings (`first <= date && date <= last`), for loops over millions of
 * deals whose close dates repeat: each verdict is remembered in a small
 * table slot hashed on the date's last characters, so a repeated date costs
 * one string equality instead of two string orderings. Equal strings always
 * get equal verdicts, so the answer is exactly that of the comparisons.
 */
export interface DateRange {
  readonly first: string;
  readonly last: string;
  /** Slot → the date last decided there (or `undefined`), and whether it was inside. */
  readonly dates: (string | undefined)[];
  readonly inside: Uint8Array;
}

const SLOTS = 256;

/** A {@link DateRange} from `first` to `last`, both inclusive. */
export function dateRange(first: string, last: string): DateRange {
  return { first, last, dates: new Array<string | undefined>(SLOTS).fill(undefined), inside: new Uint8Array(SLOTS) };
}

/**
 * `!(date < range.first || date > range.last)`: string order for a string
 * (remembered), JavaScript's own comparison for anything else (unvalidated input).
 */
export function inDateRange(range: DateRange, date: unknown): boolean {
  if (typeof date !== 'string') return !((date as string) < range.first || (date as string) > range.last);
  const n = date.length;
  // Day, tens of days and month digit of a 'YYYY-MM-DD' date; any string works, only speed depends on it.
  const h = n > 3 ? (date.charCodeAt(n - 1) + 10 * date.charCodeAt(n - 2) + 37 * date.charCodeAt(n - 4)) & (SLOTS - 1) : 0;
  if (range.dates[h] === date) return range.inside[h] === 1;
  const inside = !(date < range.first || date > range.last);
  range.dates[h] = date;
  range.inside[h] = inside ? 1 : 0;
  return inside;
}
