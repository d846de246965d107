import { dayNumber } from '../dates.js';
import { elapsedShare, type Period } from '../elapsed-share.js';
import { stripUndefined } from '../quality.js';
import { SAMPLE_LOCALES, type SampleLocale } from './names.js';
import { quarterLabel, quarterOf } from './period.js';
import { seedOf } from './random.js';

/** Options of {@link sampleData}. */
export interface SampleDataOptions {
  /** Language of every name and text: `'en-US'` (default) or `'zh-CN'`. Ids and numbers do not change with it. */
  locale?: SampleLocale;
  /** The date the data is as of (`'YYYY-MM-DD'`); the period is the calendar quarter containing it. */
  asOf?: string;
  /** Number of sales reps (16 … 1,000,000; default 48). Teams grow with it, about 8 reps a team. */
  reps?: number;
  /** ISO 4217 code of the amounts (default `'CNY'` in both locales: the amounts are yuan-sized). */
  currency?: string;
}

export const DEFAULT_SAMPLE_OPTIONS: Readonly<Required<SampleDataOptions>> = Object.freeze({
  locale: 'en-US',
  asOf: '2025-02-14',
  reps: 48,
  currency: 'CNY',
});

/** Fewest reps a sample has: enough for every region, product line and customer segment to have one. */
export const MIN_SAMPLE_REPS = 16;
/** Most reps a sample may have. */
export const MAX_SAMPLE_REPS = 1_000_000;

/** Everything the parts of a sample share. */
export interface SampleContext {
  seed: number;
  locale: SampleLocale;
  asOf: string;
  period: Period;
  year: number;
  quarter: number;
  /** `Q1 2025` / `2025年第一季度`. */
  quarterName: string;
  reps: number;
  currency: string;
  /** Elapsed share of the period at `asOf` (calendar days). */
  pace: number;
}

/** Independent random streams, one per part of the sample. */
export const STREAM = { org: 1, performance: 2, deals: 3, funnel: 4, gauge: 5, tasks: 6, leaderboard: 7 } as const;

/** The checked options with their defaults filled in; throws a `RangeError` on a bad option or seed. */
export function sampleContext(seed: number, options: SampleDataOptions = {}): SampleContext {
  const o = { ...DEFAULT_SAMPLE_OPTIONS, ...stripUndefined(options) };
  seedOf(seed);
  if (!SAMPLE_LOCALES.includes(o.locale)) throw new RangeError(`invalid locale ${JSON.stringify(o.locale)}: expected en-US or zh-CN`);
  dayNumber(o.asOf);
  if (!Number.isInteger(o.reps) || o.reps < MIN_SAMPLE_REPS || o.reps > MAX_SAMPLE_REPS) {
    throw new RangeError(`invalid reps ${JSON.stringify(o.reps)}: expected a whole number from ${MIN_SAMPLE_REPS} to ${MAX_SAMPLE_REPS}`);
  }
  if (!/^[A-Z]{3}$/.test(o.currency)) throw new RangeError(`invalid currency ${JSON.stringify(o.currency)}: expected an ISO 4217 code`);
  const { year, quarter, start, end } = quarterOf(o.asOf);
  const period = { start, end };
  return {
    seed, locale: o.locale, asOf: o.asOf, period, year, quarter, reps: o.reps, currency: o.currency,
    quarterName: quarterLabel(year, quarter, o.locale),
    pace: elapsedShare(period, o.asOf),
  };
}

