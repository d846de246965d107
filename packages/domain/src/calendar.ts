import { dayNumber, weekday, type DateString } from './dates.js';

/**
 * How days are counted for pace. Default: every calendar day. With
 * `workdays: true`, Monday to Friday minus `holidays`, plus `extraWorkdays`
 * (Chinese calendars move weekend days to make long holidays).
 */
export interface Calendar {
  workdays?: boolean;
  holidays?: DateString[];
  extraWorkdays?: DateString[];
}

/** A compiled calendar: answers "does this day count?" for day numbers. */
export interface DayCounter {
  counts(day: number): boolean;
  /** Counted days in `[first, last]`, both inclusive (0 when `last < first`). */
  countBetween(first: number, last: number): number;
}

const EVERY_DAY: DayCounter = {
  counts: () => true,
  countBetween: (first, last) => Math.max(0, last - first + 1),
};

/** Compiles a {@link Calendar} into a {@link DayCounter}. */
export function dayCounter(calendar: Calendar = {}): DayCounter {
  if (!calendar.workdays) return EVERY_DAY;
  const holidays = new Set((calendar.holidays ?? []).map(dayNumber));
  const extra = new Set((calendar.extraWorkdays ?? []).map(dayNumber));
  const counts = (day: number): boolean => {
    if (extra.has(day)) return true;
    if (holidays.has(day)) return false;
    const w = weekday(day);
    return w !== 0 && w !== 6;
  };
  return {
    counts,
    countBetween(first, last) {
      if (last < first) return 0;
      // Whole weeks hold five weekdays each; only the listed days and the
      // leftover days need looking at one by one.
      const span = last - first + 1;
      const weeks = Math.floor(span / 7);
      let n = weeks * 5;
      for (let day = first + weeks * 7; day <= last; day++) {
        const w = weekday(day);
        if (w !== 0 && w !== 6) n++;
      }
      for (const day of holidays) {
        const w = weekday(day);
        if (day >= first && day <= last && w !== 0 && w !== 6 && !extra.has(day)) n--;
      }
      for (const day of extra) {
        const w = weekday(day);
        if (day >= first && day <= last && (w === 0 || w === 6)) n++;
      }
      return n;
    },
  };
}
