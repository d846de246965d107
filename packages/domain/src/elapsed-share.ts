import { dayCounter, type Calendar } from './calendar.js';
import { dayNumber, type DateString } from './dates.js';

/** A period of dates, both ends inclusive. */
export interface Period {
  start: DateString;
  end: DateString;
}

/**
 * The share of `period` that has elapsed by the end of `asOf`: the expected
 * pace (DOMAIN.md §3). Days are counted with both ends inclusive, so
 * 1 Jan – 31 Mar at 14 Feb is 45 / 90 = 0.5, and the first day of a period
 * already counts as elapsed.
 *
 * - `asOf` before the period → 0; on or after its last day → 1.
 * - A one-day period → 1 from that day on.
 * - With `calendar.workdays`, only working days count; a period without a
 *   single working day falls back to calendar days.
 * - Always in [0, 1] and never decreasing as `asOf` moves later.
 *
 * Throws a `RangeError` for dates that are not `'YYYY-MM-DD'` or a period
 * that ends before it starts.
 */
export function elapsedShare(period: Period, asOf: DateString, calendar?: Calendar): number {
  const start = dayNumber(period.start);
  const end = dayNumber(period.end);
  const now = dayNumber(asOf);
  if (end < start) throw new RangeError(`invalid period ${period.start}..${period.end}: end is before start`);
  if (now < start) return 0;
  if (now >= end) return 1;
  let counter = dayCounter(calendar);
  let total = counter.countBetween(start, end);
  if (total === 0) {
    counter = dayCounter();
    total = end - start + 1;
  }
  return counter.countBetween(start, now) / total;
}
