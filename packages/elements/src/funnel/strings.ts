import { pickStrings } from '../core/strings.js';

/** UI strings of `<quota-funnel>`. Arguments are already-formatted numbers (through Intl) and names. */
export interface FunnelStrings {
  funnel: string;
  /** Accessible name of the list of stages. */
  stages: (title: string) => string;
  deals: (count: string, n: number) => string;
  /** Conversion from the previous stage. */
  conversion: (pct: string, from: string) => string;
  /** The previous stage had no deals. */
  noConversion: (from: string) => string;
  cumulative: (pct: string, top: string) => string;
  dwell: (days: string) => string;
  stalled: (days: string, benchmark: string) => string;
  /** A benchmark over the adjacent step: met, or missed by `pp` points. */
  benchmarkMet: (rate: string) => string;
  benchmarkMissed: (pp: string, rate: string) => string;
  /** A benchmark over a longer span: its own conversion first. */
  span: (from: string, to: string, pct: string) => string;
  /** The previous stage is empty: the benchmark cannot be judged. */
  benchmarkUnknown: (rate: string) => string;
  bottleneck: string;
  bottleneckBenchmark: (from: string, to: string, pct: string, rate: string, pp: string) => string;
  bottleneckLowest: (from: string, to: string, pct: string) => string;
  noBottleneck: string;
  winRate: string;
  winBasis: (won: string, from: string) => string;
  lossReasons: string;
  lost: (count: string, n: number) => string;
  lossShare: (count: string, share: string) => string;
  measure: { count: string; amount: string };
  measureFallback: string;
}

const en: FunnelStrings = {
  funnel: 'Sales funnel',
  stages: (title) => `${title}: stages`,
  deals: (count, n) => `${count} ${n === 1 ? 'deal' : 'deals'}`,
  conversion: (pct, from) => `${pct} from ${from}`,
  noConversion: (from) => `no conversion: ${from} is empty`,
  cumulative: (pct, top) => `${pct} of ${top}`,
  dwell: (days) => `avg ${days} in stage`,
  stalled: (days, benchmark) => `⚠ Stalled: avg ${days} in stage, benchmark ${benchmark}`,
  benchmarkMet: (rate) => `✓ meets the ${rate} benchmark`,
  benchmarkMissed: (pp, rate) => `✗ ${pp} pp below the ${rate} benchmark`,
  span: (from, to, pct) => `${from} → ${to} ${pct}:`,
  benchmarkUnknown: (rate) => `benchmark ${rate} (nothing to measure)`,
  bottleneck: 'Bottleneck',
  bottleneckBenchmark: (from, to, pct, rate, pp) => `${from} → ${to} ${pct} vs ${rate} benchmark, −${pp} pp`,
  bottleneckLowest: (from, to, pct) => `${from} → ${to} ${pct}, the lowest conversion (no benchmark applies)`,
  noBottleneck: '✓ Every benchmark is met',
  winRate: 'Win rate',
  winBasis: (won, from) => `${won} ÷ ${from}`,
  lossReasons: 'Loss reasons',
  lost: (count, n) => `${count} lost ${n === 1 ? 'deal' : 'deals'}`,
  lossShare: (count, share) => `${count} · ${share}`,
  measure: { count: 'Shapes show deal counts', amount: 'Shapes show amounts' },
  measureFallback: 'Shapes show deal counts: not every stage has an amount',
};

const zh: FunnelStrings = {
  funnel: '销售漏斗',
  stages: (title) => `${title}:各阶段`,
  deals: (count) => `${count} 笔`,
  conversion: (pct, from) => `自${from}转化 ${pct}`,
  noConversion: (from) => `无法计算转化率:${from}为空`,
  cumulative: (pct, top) => `占${top} ${pct}`,
  dwell: (days) => `平均停留 ${days}`,
  stalled: (days, benchmark) => `⚠ 停滞:平均停留 ${days},基准 ${benchmark}`,
  benchmarkMet: (rate) => `✓ 达到基准 ${rate}`,
  benchmarkMissed: (pp, rate) => `✗ 低于基准 ${rate},差 ${pp} 个百分点`,
  span: (from, to, pct) => `${from}→${to} ${pct}:`,
  benchmarkUnknown: (rate) => `基准 ${rate}(无数据可比)`,
  bottleneck: '瓶颈',
  bottleneckBenchmark: (from, to, pct, rate, pp) => `${from}→${to} 转化率 ${pct},基准 ${rate},低 ${pp} 个百分点`,
  bottleneckLowest: (from, to, pct) => `${from}→${to} 转化率 ${pct},为最低一环(无适用基准)`,
  noBottleneck: '✓ 各项转化率均达到基准',
  winRate: '赢单率',
  winBasis: (won, from) => `${won} ÷ ${from}`,
  lossReasons: '丢单原因',
  lost: (count) => `丢单 ${count} 笔`,
  lossShare: (count, share) => `${count} 笔 · ${share}`,
  measure: { count: '形状宽度按数量', amount: '形状宽度按金额' },
  measureFallback: '形状宽度按数量:部分阶段没有金额',
};

export const funnelStrings = (locale: string): FunnelStrings => pickStrings(locale, { en, zh });
