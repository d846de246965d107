import { forecast as forecastOf, targetStatus, type GaugeData, type TargetStatus } from '@quota/domain';
import type { ResolvedSettings } from '../core/settings.js';
import { gaugeStrings } from './strings.js';
import { gaugeBarLayout, gaugeLayout, labelWidth, type GaugeBarLayout, type GaugeLayout, type GaugeLayoutInput } from './layout.js';

export interface GaugeForecast {
  value: number;
  low: number;
  high: number;
  method: 'runRate' | 'pipeline' | 'seasonal' | 'host';
  attainment: number | null;
}

/** Everything the gauge draws: plain numbers, highlights and geometry. */
export interface GaugeView {
  id: string;
  label: string | undefined;
  target: number;
  actual: number;
  currency: string | undefined;
  status: TargetStatus;
  forecast: GaugeForecast | null;
  layout: GaugeLayout;
  bar: GaugeBarLayout;
}

/** View models built so far, per parsed data object (never changed once parsed, and shared by every gauge given the same input). */
const built = new WeakMap<GaugeData, { settings: ResolvedSettings; view: GaugeView }[]>();
const BUILT_PER_DATA = 4;

/**
 * {@link gaugeView}, remembered per parsed data object and the settings it
 * reads (locale, as-of date, calendar, tiers): gauges opened again on the
 * same data, or several gauges on one board, build it once.
 */
export function gaugeViewOf(data: GaugeData, settings: ResolvedSettings): GaugeView {
  let views = built.get(data);
  const same = (s: ResolvedSettings) =>
    s.locale === settings.locale && s.asOf === settings.asOf && s.calendar === settings.calendar && s.tiers === settings.tiers;
  const known = views?.find((v) => same(v.settings));
  if (known) return known.view;
  const view = gaugeView(data, settings);
  if (!views) built.set(data, (views = []));
  if (views.length >= BUILT_PER_DATA) views.shift();
  views.push({ settings, view });
  return view;
}

/**
 * The gauge's view model: status from the domain (attainment, tier, pace,
 * highlights), the host's forecast or one computed from period, pipeline
 * and history, and the arc geometry. The data's own asOf, calendar and
 * tiers win over the settings'.
 */
export function gaugeView(data: GaugeData, settings: ResolvedSettings): GaugeView {
  const asOf = data.asOf ?? settings.asOf;
  const calendar = data.calendar ?? settings.calendar;
  const tiers = data.tiers ?? settings.tiers;
  let forecast: GaugeForecast | null = null;
  if (data.forecast) {
    const { value, low = value, high = value } = data.forecast;
    forecast = { value, low: Math.min(low, value), high: Math.max(high, value), method: 'host', attainment: data.target > 0 ? value / data.target : null };
  } else if (data.period) {
    const f = forecastOf({ target: data.target, actual: data.actual, period: data.period, asOf, calendar, pipeline: data.pipeline, history: data.history }).best;
    forecast = { value: f.value, low: f.low, high: f.high, method: f.method, attainment: f.attainment };
  }
  const subject = { kind: 'node' as const, id: data.id ?? 'gauge', name: data.label ?? data.id ?? 'Target' };
  const status = targetStatus(
    { target: data.target, actual: data.actual, period: data.period, asOf, calendar, forecast: forecast?.value },
    { subject, tiers, locale: settings.locale },
  );
  const ratio = (v: number) => (data.target > 0 ? v / data.target : 0);
  const sorted = [...tiers].sort((a, b) => a.min - b.min);
  const geometry: GaugeLayoutInput = {
    attainment: status.attainment,
    pace: status.pace,
    forecast: forecast && data.target > 0 ? { value: ratio(forecast.value), low: ratio(forecast.low), high: ratio(forecast.high) } : null,
    tierMins: sorted.map((t) => t.min),
    tierIds: sorted.map((t) => t.id),
    labelWidths: { pace: labelWidth(gaugeStrings(settings.locale).paceShort), forecast: labelWidth(gaugeStrings(settings.locale).forecast) },
  };
  return { id: subject.id, label: data.label, target: data.target, actual: data.actual, currency: data.currency, status, forecast, layout: gaugeLayout(geometry), bar: gaugeBarLayout(geometry) };
}
