import { dayNumber, type DateString } from './dates.js';

/**
 * Whole months from `from` to `to`: a month is complete on the same day of
 * the month or later (15 Jan → 14 Jul is 5, → 15 Jul is 6; 31 Jan → 28 Feb
 * is 0). Negative when `to` is earlier. Throws a `RangeError` for dates that
 * are not `'YYYY-MM-DD'`.
 */
export function completedMonths(from: DateString, to: DateString): number {
  dayNumber(from);
  dayNumber(to);
  const [y1, m1, d1] = from.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = to.split('-').map(Number) as [number, number, number];
  let months = (y2 - y1) * 12 + (m2 - m1);
  if (months > 0 && d2 < d1) months--;
  else if (months < 0 && d2 > d1) months++;
  return months;
}
