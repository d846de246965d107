import type { Calendar } from '../calendar.js';
import type { DateString } from '../dates.js';
import type { Period } from '../elapsed-share.js';

/** An open deal (see `DealSchema`). */
export interface ForecastDeal {
  amount: number;
  /** Chance to close, 0..1; wins over the stage's default probability. */
  probability?: number | undefined;
  stage?: string | undefined;
  /** Expected close date `'YYYY-MM-DD'`; a deal without one is expected inside the period. */
  closeDate?: DateString | undefined;
}

/** A prior year's same period: its final `total` and what it had `reached` by the same point (see `SeasonSchema`). */
export interface ForecastSeason {
  label?: string | undefined;
  total: number;
  reached: number;
}

/** What `forecast()` reads (a validated `GaugeData` with a period and asOf fits). */
export interface ForecastInput {
  target: number;
  /** Actual to date (≥ 0). */
  actual: number;
  period: Period;
  asOf: DateString;
  calendar?: Calendar | undefined;
  pipeline?: readonly ForecastDeal[] | undefined;
  history?: readonly ForecastSeason[] | undefined;
}

export type ForecastMethod = 'runRate' | 'pipeline' | 'seasonal';

/** A forecast of the period's final result with its range; `low ≤ value ≤ high`. */
export interface ForecastRange {
  value: number;
  low: number;
  high: number;
  method: ForecastMethod;
}

/** The pipeline-weighted forecast with the facts behind it. */
export interface PipelineForecast extends ForecastRange {
  method: 'pipeline';
  /** Open deals counted: closing inside the period, amount > 0. */
  deals: number;
  /** Σ amount of the counted deals that can close (probability > 0): the range's ceiling above the actual. */
  openAmount: number;
  /** Σ amount × probability. */
  weighted: number;
}

/** The seasonal forecast with the facts behind it. */
export interface SeasonalForecast extends ForecastRange {
  method: 'seasonal';
  /** Mean share of the period total reached by this point in the seasons used. */
  share: number;
  /** Seasons used (total > 0 and reached > 0). */
  seasons: number;
}

/** Where `asOf` lies: before the period's first day, inside it (both ends inclusive), or after its last day. */
export type ForecastPhase = 'before' | 'during' | 'after';

/** Result of `forecast()`. */
export interface Forecast {
  runRate: ForecastRange;
  /** Present when the input has a `pipeline` (even an empty one). */
  pipeline?: PipelineForecast;
  /** Present when `history` has at least one usable season. */
  seasonal?: SeasonalForecast;
  /** The preferred forecast, naming its method, with its attainment against the target (`null` for a target of 0). */
  best: ForecastRange & { attainment: number | null };
  /** Elapsed share of the period at `asOf` (see `elapsedShare`). */
  elapsed: number;
  phase: ForecastPhase;
}
