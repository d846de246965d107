import type { HighlightCode } from './highlight.js';
import { memoFormat } from './memo-format.js';

/** Locales with their own sentences; any other BCP 47 tag gets English sentences with its own number formats. */
export const MESSAGE_LOCALES = ['en-US', 'zh-CN'] as const;

/** Facts a highlight sentence may use. Rates are fractions; amounts are plain numbers. */
export interface MessageFacts {
  name: string;
  value?: number;
  expected?: number;
  amount?: number;
  count?: number;
  days?: number;
  direction?: 'over' | 'under';
  from?: string;
  to?: string;
  rule?: string;
  /** For `below-threshold`: whether `value` is the attainment (default) or the forecast's attainment. */
  measure?: 'attainment' | 'forecast';
}

interface Formats {
  pct(n: number | undefined): string;
  num(n: number | undefined): string;
  pp(n: number | undefined): string;
}

type Sentences = Record<HighlightCode, (f: MessageFacts, x: Formats) => string>;

const en: Sentences = {
  'behind-pace': (f, x) => `${f.name} is at ${x.pct(f.value)} of target, behind the expected pace of ${x.pct(f.expected)}`,
  'below-threshold': (f, x) =>
    f.measure === 'forecast'
      ? `${f.name} is forecast to reach ${x.pct(f.value)}, under the ${x.pct(f.expected)} threshold`
      : `${f.name} is at ${x.pct(f.value)}, under the ${x.pct(f.expected)} threshold`,
  'deviation-streak': (f, x) =>
    `${f.name} ${f.direction === 'over' ? 'beat' : 'missed'} its target by more than ${x.pct(f.expected ?? 0.3)} for ${x.num(f.count)} periods in a row: review the target (suggested change ${x.pct(f.value)}, needs approval)`,
  'conversion-below-benchmark': (f, x) =>
    `${f.from} → ${f.to} converts ${x.pct(f.value)}, ${x.pp(f.amount)} below the ${x.pct(f.expected)} benchmark`,
  'stage-stalled': (f, x) => `${f.name} deals wait ${x.num(f.value)} days on average, longer than the ${x.num(f.expected)}-day benchmark`,
  outlier: (f, x) => `${f.name} (${x.num(f.value)}) is far from its usual ${x.num(f.expected)}`,
  'quality-violation': (f) => `${f.name} breaks a quality rule: ${f.rule}`,
  overdue: (f, x) => `${f.name} is ${x.num(f.days)} ${f.days === 1 ? 'day' : 'days'} overdue`,
  'target-mismatch': (f, x) =>
    `${f.name}: the parts add up to ${x.num(f.value)} against a target of ${x.num(f.expected)} (${f.direction === 'over' ? 'over' : 'under'}-allocated by ${x.num(f.amount)})`,
};

const zh: Sentences = {
  'behind-pace': (f, x) => `${f.name}达成率${x.pct(f.value)},落后于预期进度${x.pct(f.expected)}`,
  'below-threshold': (f, x) =>
    f.measure === 'forecast'
      ? `${f.name}预测达成率${x.pct(f.value)},低于${x.pct(f.expected)}的警戒线`
      : `${f.name}为${x.pct(f.value)},低于${x.pct(f.expected)}的警戒线`,
  'deviation-streak': (f, x) =>
    `${f.name}已连续${x.num(f.count)}期${f.direction === 'over' ? '高于' : '低于'}目标超过${x.pct(f.expected ?? 0.3)},建议调整目标(建议幅度${x.pct(f.value)},需审批)`,
  'conversion-below-benchmark': (f, x) =>
    `${f.from}→${f.to}转化率${x.pct(f.value)},低于基准${x.pct(f.expected)}(差${x.pp(f.amount)})`,
  'stage-stalled': (f, x) => `${f.name}阶段平均停留${x.num(f.value)}天,超过基准${x.num(f.expected)}天`,
  outlier: (f, x) => `${f.name}(${x.num(f.value)})明显偏离其历史水平${x.num(f.expected)}`,
  'quality-violation': (f) => `${f.name}违反质量约束:${f.rule}`,
  overdue: (f, x) => `${f.name}已逾期${x.num(f.days)}天`,
  'target-mismatch': (f, x) =>
    `${f.name}:分解合计${x.num(f.value)},目标${x.num(f.expected)}(${f.direction === 'over' ? '超额分配' : '分配不足'}${x.num(f.amount)})`,
};

/** Per locale: its sentences and number formats, made once. */
const localeCache = new Map<string, { sentences: Sentences; formats: Formats }>();
function forLocale(locale: string): { sentences: Sentences; formats: Formats } {
  let f = localeCache.get(locale);
  if (!f) {
    const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    const num = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const pp = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const zhLike = locale.toLowerCase().startsWith('zh');
    // Percentages keep 1 decimal of the percent (key: thousandths), numbers 1 decimal (key: tenths).
    const pctOf = memoFormat(pct, 1000);
    const numOf = memoFormat(num, 10);
    const formats: Formats = {
      pct: (n) => (n === undefined ? '–' : pctOf(n)),
      num: (n) => (n === undefined ? '–' : numOf(n)),
      pp: (n) => (n === undefined ? '–' : `${pp.format(n * 100)}${zhLike ? '个百分点' : ' pp'}`),
    };
    localeCache.set(locale, (f = { sentences: zhLike ? zh : en, formats }));
  }
  return f;
}

/** The human sentence for a highlight, in `locale` (zh* → Chinese, anything else → English). */
export function highlightMessage(code: HighlightCode, facts: MessageFacts, locale = 'en-US'): string {
  const { sentences, formats } = forLocale(locale);
  return sentences[code](facts, formats);
}
