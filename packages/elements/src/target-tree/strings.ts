import type { Dimension, HighlightCode, TierId } from '@quota/domain';
import { pickStrings } from '../core/strings.js';

export interface TargetTreeStrings {
  tree: string;
  target: string;
  actual: string;
  attainment: string;
  pace: string;
  gap: string;
  forecast: string;
  highlights: string;
  splitBy: Record<Dimension, string>;
  tiers: Record<TierId, string>;
  noTarget: string;
  behindPace: (expected: string) => string;
  onPace: (expected: string) => string;
  overTarget: (amount: string) => string;
  overAllocated: (amount: string) => string;
  underAllocated: (amount: string) => string;
  /** Short badge text of a highlight (behind-pace and target-mismatch have their own, with figures). */
  short: Partial<Record<HighlightCode, string>>;
  belowLine: (forecast: boolean, threshold: string) => string;
  below: (n: string) => string;
  level: (n: string) => string;
  breadcrumb: string;
  drillInto: (name: string) => string;
  attention: string;
  attentionCount: (n: string) => string;
  noAttention: string;
  tooMany: (n: string, limit: string) => string;
  tooWide: string;
  keys: string;
}

const en: TargetTreeStrings = {
  tree: 'Target decomposition',
  target: 'Target',
  actual: 'Actual',
  attainment: 'Attainment',
  pace: 'Pace',
  gap: 'Gap',
  forecast: 'Forecast',
  highlights: 'Needs attention',
  splitBy: { org: 'by org', product: 'by product', region: 'by region', customer: 'by customer', time: 'by time' },
  tiers: { below: 'Below standard', standard: 'Standard', exceeded: 'Exceeded', outstanding: 'Outstanding' },
  noTarget: 'No target',
  behindPace: (p) => `Behind pace (expected ${p})`,
  onPace: (p) => `On pace (expected ${p})`,
  overTarget: (a) => `${a} over target`,
  overAllocated: (a) => `Over-allocated by ${a}`,
  underAllocated: (a) => `Under-allocated by ${a}`,
  short: {
    'deviation-streak': 'Target review suggested',
    outlier: 'Unusual result',
    'quality-violation': 'Quality rule broken',
    overdue: 'Overdue',
  },
  belowLine: (forecast, p) => (forecast ? `Forecast under ${p}` : `Under ${p}`),
  below: (n) => `${n} below need attention`,
  level: (n) => `level ${n}`,
  breadcrumb: 'Drill-down path',
  drillInto: (name) => `Drill into ${name}`,
  attention: 'Show what needs attention',
  attentionCount: (n) => `${n} need attention`,
  noAttention: 'Nothing needs attention',
  tooMany: (n, limit) => `${n} nodes are open, more than the tree view draws (${limit}): showing the list. Close or drill into a branch to see it as a tree.`,
  tooWide: 'Not enough room for the tree view here: showing the list.',
  keys: 'Arrow keys move, open and close; Enter or Space selects; Shift+Enter drills into a branch, Backspace goes back up; type a name to jump to it.',
};

const zh: TargetTreeStrings = {
  tree: '目标分解',
  target: '目标',
  actual: '实际',
  attainment: '达成率',
  pace: '进度',
  gap: '差距',
  forecast: '预测',
  highlights: '需关注',
  splitBy: { org: '按组织', product: '按产品', region: '按区域', customer: '按客户', time: '按时间' },
  tiers: { below: '未达标', standard: '达标', exceeded: '超额', outstanding: '卓越' },
  noTarget: '未设定目标',
  behindPace: (p) => `落后进度(预期 ${p})`,
  onPace: (p) => `进度正常(预期 ${p})`,
  overTarget: (a) => `超出目标 ${a}`,
  overAllocated: (a) => `超额分配 ${a}`,
  underAllocated: (a) => `分配不足 ${a}`,
  short: {
    'deviation-streak': '建议调整目标',
    outlier: '结果异常',
    'quality-violation': '违反质量约束',
    overdue: '已逾期',
  },
  belowLine: (forecast, p) => (forecast ? `预测低于 ${p}` : `低于 ${p}`),
  below: (n) => `下级 ${n} 项需关注`,
  level: (n) => `第 ${n} 层`,
  breadcrumb: '下钻路径',
  drillInto: (name) => `下钻到${name}`,
  attention: '显示需关注项',
  attentionCount: (n) => `${n} 项需关注`,
  noAttention: '没有需关注项',
  tooMany: (n, limit) => `已展开 ${n} 个节点,超过树状图的上限(${limit}),改用列表显示。收起或下钻到某个分支即可看树状图。`,
  tooWide: '空间不足以显示树状图,改用列表显示。',
  keys: '方向键移动、展开、收起;Enter 或空格选中;Shift+Enter 下钻,Backspace 返回上一级;输入名称可跳转。',
};

export const targetTreeStrings = (locale: string): TargetTreeStrings => pickStrings(locale, { en, zh });
