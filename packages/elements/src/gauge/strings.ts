import { pickStrings } from '../core/strings.js';

export interface GaugeStrings {
  attainment: string;
  pace: string;
  /** The pace marker's label on the arc. */
  paceShort: string;
  forecast: string;
  of: (actual: string, target: string) => string;
  noTarget: string;
  gap: (amount: string) => string;
  ahead: (amount: string) => string;
  range: (low: string, high: string) => string;
  methods: Record<'runRate' | 'pipeline' | 'seasonal' | 'host', string>;
  tiers: Record<string, string>;
  valueText: (parts: string[]) => string;
  overScale: string;
}

const en: GaugeStrings = {
  attainment: 'Attainment',
  pace: 'Expected pace',
  paceShort: 'Pace',
  forecast: 'Forecast',
  of: (actual, target) => `${actual} of ${target}`,
  noTarget: 'No target set',
  gap: (amount) => `${amount} to go`,
  ahead: (amount) => `${amount} over target`,
  range: (low, high) => `range ${low}–${high}`,
  methods: { runRate: 'run-rate', pipeline: 'pipeline-weighted', seasonal: 'seasonal', host: 'provided' },
  tiers: { below: 'Below standard', standard: 'Standard', exceeded: 'Exceeded', outstanding: 'Outstanding' },
  valueText: (parts) => parts.join('; '),
  overScale: 'beyond the scale',
};

const zh: GaugeStrings = {
  attainment: '达成率',
  pace: '预期进度',
  paceShort: '进度',
  forecast: '预测',
  of: (actual, target) => `${actual} / 目标 ${target}`,
  noTarget: '未设定目标',
  gap: (amount) => `差距 ${amount}`,
  ahead: (amount) => `超出目标 ${amount}`,
  range: (low, high) => `区间 ${low}–${high}`,
  methods: { runRate: '按当前速度', pipeline: '按商机加权', seasonal: '按季节规律', host: '外部提供' },
  tiers: { below: '未达标', standard: '达标', exceeded: '超额', outstanding: '卓越' },
  valueText: (parts) => parts.join(';'),
  overScale: '超出刻度',
};

export const gaugeStrings = (locale: string): GaugeStrings => pickStrings(locale, { en, zh });
