import type { Calendar } from './calendar.js';
import type { DateString } from './dates.js';
import { elapsedShare, type Period } from './elapsed-share.js';

/**
 * Pace per distinct period (by its dates) at one `asOf`, computed on first use
 * with `elapsedShare`: a tree where every node names the same quarter computes
 * it once. Without `asOf` every pace is `null`.
 */
export class PaceCache {
  private readonly known = new Map<string, number>();
  private readonly asOf: DateString | undefined;
  private readonly calendar: Calendar | undefined;

  constructor(asOf: DateString | undefined, calendar: Calendar | undefined) {
    this.asOf = asOf;
    this.calendar = calendar;
  }

  of(period: Period): number | null {
    if (this.asOf === undefined) return null;
    const key = `${period.start}/${period.end}`;
    let pace = this.known.get(key);
    if (pace === undefined) this.known.set(key, (pace = elapsedShare(period, this.asOf, this.calendar)));
    return pace;
  }
}
