import { attainment } from '../attainment.js';
import { elapsedShare } from '../elapsed-share.js';
import { DEFAULT_PIPELINE_OPTIONS, pipelineForecast, type PipelineOptions } from './pipeline.js';
import { runRateForecast } from './run-rate.js';
import { seasonalForecast } from './seasonal.js';
import type { Forecast, ForecastInput, ForecastMethod, ForecastPhase, ForecastRange } from './types.js';

/** Options of `forecast()`: the pipeline options plus the method of `best` and the run-rate spread. */
export interface ForecastOptions extends PipelineOptions {
  /** Which forecast is `best`: `'auto'` takes pipeline, else seasonal, else run-rate. */
  method?: 'auto' | ForecastMethod;
  /** Run-rate range: ± this share of the extrapolated remainder, in [0, 1]. */
  spread?: number;
}

/** Defaults of {@link ForecastOptions}: auto method, ±20% run-rate spread, 80% pipeline interval, overdue deals count. */
export const DEFAULT_FORECAST_OPTIONS: Readonly<Required<ForecastOptions>> = Object.freeze({
  ...DEFAULT_PIPELINE_OPTIONS,
  method: 'auto',
  spread: 0.2,
});

const METHODS = ['auto', 'runRate', 'pipeline', 'seasonal'];

/**
 * Forecasts of the period's final result (DOMAIN.md §4), each with a range
 * and its method: `runRate` always, `pipeline` when the input has a pipeline,
 * `seasonal` when the history has a usable season; `best` is the one asked
 * for by `options.method` (when it is absent, the `'auto'` order: pipeline,
 * when at least one of its deals can close inside the period, >
 * seasonal > run-rate) with its attainment against the target.
 *
 * - Before the period (`phase: 'before'`, elapsed 0): the run-rate has
 *   nothing to extrapolate and stays at the actual (low = high = actual);
 *   the pipeline still counts deals closing inside the period. The same
 *   holds inside the period while no working day has passed yet (workday
 *   calendar, period starting on a weekend).
 * - After the period's last day (`phase: 'after'`): the actual is final;
 *   every method gives value = low = high = actual.
 * - See `runRateForecast`, `pipelineForecast`, `seasonalForecast` for each method.
 *
 * Throws a `RangeError` for invalid dates or period (as `elapsedShare`), a
 * non-finite actual, a spread outside [0, 1], a negative or non-finite `z`
 * and an unknown method.
 */
export function forecast(input: ForecastInput, options: ForecastOptions = {}): Forecast {
  const { target, actual, period, asOf, calendar, pipeline, history } = input;
  const method = options.method ?? DEFAULT_FORECAST_OPTIONS.method;
  const spread = options.spread ?? DEFAULT_FORECAST_OPTIONS.spread;
  const z = options.z ?? DEFAULT_FORECAST_OPTIONS.z;
  if (!Number.isFinite(actual)) throw new RangeError(`invalid actual ${JSON.stringify(actual)}`);
  if (!(spread >= 0 && spread <= 1)) throw new RangeError(`invalid spread ${JSON.stringify(spread)}: expected 0..1`);
  if (!(z >= 0 && z < Infinity)) throw new RangeError(`invalid z ${JSON.stringify(z)}`);
  if (!METHODS.includes(method)) throw new RangeError(`invalid method ${JSON.stringify(method)}`);
  const elapsed = elapsedShare(period, asOf, calendar);
  const phase: ForecastPhase = asOf < period.start ? 'before' : asOf > period.end ? 'after' : 'during';
  const result: Omit<Forecast, 'best'> = { runRate: runRateForecast(actual, elapsed, spread), elapsed, phase };
  if (pipeline) result.pipeline = pipelineForecast(actual, pipeline, period, asOf, { ...options, z });
  const seasonal = seasonalForecast(actual, history);
  if (seasonal) result.seasonal = seasonal;
  if (phase === 'after') {
    // The period is over: the actual is the result, whatever each method would extrapolate.
    for (const f of [result.runRate, result.pipeline, result.seasonal]) if (f) f.value = f.low = f.high = actual;
  }
  const chosen: ForecastRange =
    (method === 'runRate' ? result.runRate : method !== 'auto' ? result[method] : undefined) ??
    (result.pipeline && result.pipeline.deals > 0 ? result.pipeline : undefined) ?? result.seasonal ?? result.runRate;
  const { value, low, high } = chosen;
  return { ...result, best: { value, low, high, method: chosen.method, attainment: attainment(value, target) } };
}
