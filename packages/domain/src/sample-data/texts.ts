import type { Localized, SampleLocale } from './names.js';

/** The five default funnel stages (DOMAIN.md §2) with their dwell benchmarks in days (none for `won`). */
export const STAGES: readonly { id: string; name: Localized; dwell?: number }[] = [
  { id: 'lead', name: { 'en-US': 'Leads', 'zh-CN': '线索获取' }, dwell: 7 },
  { id: 'opportunity', name: { 'en-US': 'Opportunities', 'zh-CN': '商机识别' }, dwell: 14 },
  { id: 'proposal', name: { 'en-US': 'Proposal', 'zh-CN': '方案设计' }, dwell: 21 },
  { id: 'negotiation', name: { 'en-US': 'Negotiation', 'zh-CN': '报价谈判' }, dwell: 14 },
  { id: 'won', name: { 'en-US': 'Won', 'zh-CN': '签约成交' } },
];

/** Why deals were lost, with how often each usually comes up. */
export const LOSS_REASONS: readonly { weight: number; name: Localized }[] = [
  { weight: 0.32, name: { 'en-US': 'Price', 'zh-CN': '价格因素' } },
  { weight: 0.26, name: { 'en-US': 'Competitor', 'zh-CN': '竞争对手' } },
  { weight: 0.18, name: { 'en-US': 'No budget', 'zh-CN': '预算不足' } },
  { weight: 0.14, name: { 'en-US': 'Bad timing', 'zh-CN': '时机未到' } },
  { weight: 0.1, name: { 'en-US': 'No decision', 'zh-CN': '客户未决策' } },
];

/** Titles of the widgets' data sets, around a quarter label such as `Q1 2025` / `2025年第一季度`. */
const LABELS = {
  gauge: { 'en-US': '{q} revenue', 'zh-CN': '{q}销售额' },
  funnel: { 'en-US': '{q} pipeline', 'zh-CN': '{q}销售漏斗' },
  tasks: { 'en-US': '{q} action plan', 'zh-CN': '{q}行动计划' },
  leaderboard: { 'en-US': '{q} ranking', 'zh-CN': '{q}销售排行榜' },
} as const;

/** The title of a widget's data set for quarter label `quarter`. */
export function labelOf(widget: keyof typeof LABELS, quarter: string, locale: SampleLocale): string {
  return LABELS[widget][locale].replace('{q}', quarter);
}
