/** A calendar date as `'YYYY-MM-DD'`. */
export type DateString = string;

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Days since 1970-01-01 for a `'YYYY-MM-DD'` date, counted in UTC so that time
 * zones and daylight saving never shift a day. Throws on anything that is not
 * a real calendar date (`2023-02-29`, `2024-13-01`, `24-1-1`).
 */
export function dayNumber(date: DateString): number {
  const match = ISO_DATE.exec(date);
  if (match) {
    const [, y, m, d] = match.map(Number) as [number, number, number, number];
    const time = Date.UTC(y, m - 1, d);
    const back = new Date(time);
    if (back.getUTCFullYear() === y && back.getUTCMonth() === m - 1 && back.getUTCDate() === d) {
      return time / DAY_MS;
    }
  }
  throw new RangeError(`invalid date ${JSON.stringify(date)}: expected YYYY-MM-DD`);
}

/** The `'YYYY-MM-DD'` date of a day number (inverse of {@link dayNumber}). */
export function dateOfDay(day: number): DateString {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Day of the week of a day number: 0 = Sunday … 6 = Saturday. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The date `days` after (or before, when negative) `date`. */
export function addDays(date: DateString, days: number): DateString {
  return dateOfDay(dayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: DateString, to: DateString): number {
  return dayNumber(to) - dayNumber(from);
}

const todayFormats = new Map<string | undefined, Intl.DateTimeFormat>();

/** Today's date in the given IANA time zone (default: the runtime's own). */
export function today(timeZone?: string): DateString {
  let format = todayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    todayFormats.set(timeZone, format);
  }
  return format.format(new Date());
}
