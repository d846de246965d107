import type { Badge, KpiId, QualityRule, TierId } from '@quota/domain';
import { pickStrings } from '../core/strings.js';

export interface LeaderboardStrings {
  title: string;
  columns: Record<'rank' | 'movement' | 'name' | 'team' | 'attainment' | 'amount' | 'flags', string>;
  /** What the narrow rank and movement headers show (their full names are read out). */
  shortColumns: Record<'rank' | 'movement', string>;
  kpis: Record<KpiId, string>;
  /** A KPI header's target, e.g. "≥ 5". */
  atLeast: (target: string) => string;
  kpiMet: string;
  kpiMissed: string;
  tied: string;
  up: (places: string) => string;
  down: (places: string) => string;
  same: string;
  newMark: string;
  newEntry: string;
  badges: Record<Badge, string>;
  tiers: Record<TierId, string>;
  noTier: string;
  /** Said after an attainment past the bar's top (its bar ends in ↗). */
  overScale: string;
  ofTarget: (target: string) => string;
  asOf: (date: string) => string;
  pace: (share: string) => string;
  sortedBy: string;
  quality: Record<QualityRule, (value: string, limit: string) => string>;
  qualityMark: string;
  belowThreshold: (threshold: string) => string;
  outlier: string;
  empty: string;
  page: (page: string, pages: string) => string;
  previousPage: string;
  nextPage: string;
  pause: string;
  paging: string;
}

const en: LeaderboardStrings = {
  title: 'Leaderboard',
  columns: { rank: 'Rank', movement: 'Change', name: 'Name', team: 'Team', attainment: 'Attainment', amount: 'Amount', flags: 'Alerts' },
  shortColumns: { rank: '#', movement: '+/−' },
  kpis: {
    weeklyVisits: 'Visits / week',
    monthlyOpportunities: 'New opps / month',
    opportunityToProposal: 'Opp. → proposal',
    proposalToWon: 'Proposal → won',
  },
  atLeast: (t) => `≥ ${t}`,
  kpiMet: 'target met',
  kpiMissed: 'target missed',
  tied: 'tied',
  up: (n) => `up ${n} ${n === '1' ? 'place' : 'places'}`,
  down: (n) => `down ${n} ${n === '1' ? 'place' : 'places'}`,
  same: 'no change',
  newMark: 'NEW',
  newEntry: 'new entry',
  badges: { champion: 'Champion', newcomer: 'Best newcomer', 'most-improved': 'Most improved' },
  tiers: { below: 'Below standard', standard: 'Standard', exceeded: 'Exceeded', outstanding: 'Outstanding' },
  noTier: 'No target',
  overScale: 'beyond the scale',
  ofTarget: (target) => `of ${target}`,
  asOf: (date) => `as of ${date}`,
  pace: (share) => `expected pace ${share}`,
  sortedBy: 'Ranked by this column',
  quality: {
    discount: (v, l) => `Discount ${v} > ${l}`,
    grossMargin: (v, l) => `Margin ${v} < ${l}`,
    paymentTermBreaches: (v) => `Payment terms breached ×${v}`,
    complaintRate: (v, l) => `Complaints ${v} > ${l}`,
  },
  qualityMark: 'quality rule broken',
  belowThreshold: (t) => `Below ${t}`,
  outlier: 'Far from own history',
  empty: 'Nobody on the leaderboard yet',
  page: (p, n) => `Page ${p} of ${n}`,
  previousPage: 'Previous page',
  nextPage: 'Next page',
  pause: 'Pause paging',
  paging: 'Pages',
};

const zh: LeaderboardStrings = {
  title: '排行榜',
  columns: { rank: '名次', movement: '变化', name: '姓名', team: '团队', attainment: '达成率', amount: '业绩', flags: '预警' },
  shortColumns: { rank: '名次', movement: '升降' },
  kpis: {
    weeklyVisits: '周新客拜访',
    monthlyOpportunities: '月新增商机',
    opportunityToProposal: '商机→方案',
    proposalToWon: '方案→成交',
  },
  atLeast: (t) => `≥ ${t}`,
  kpiMet: '达标',
  kpiMissed: '未达标',
  tied: '并列',
  up: (n) => `上升${n}位`,
  down: (n) => `下降${n}位`,
  same: '名次不变',
  newMark: '新',
  newEntry: '新上榜',
  badges: { champion: '销冠', newcomer: '最佳新人', 'most-improved': '进步最快' },
  tiers: { below: '未达标', standard: '达标', exceeded: '超额', outstanding: '卓越' },
  noTier: '未设定目标',
  overScale: '超出刻度',
  ofTarget: (target) => `目标 ${target}`,
  asOf: (date) => `截至${date}`,
  pace: (share) => `预期进度 ${share}`,
  sortedBy: '按此列排名',
  quality: {
    discount: (v, l) => `折扣 ${v} 超出授权 ${l}`,
    grossMargin: (v, l) => `毛利率 ${v} 低于 ${l}`,
    paymentTermBreaches: (v) => `账期违规 ${v} 次`,
    complaintRate: (v, l) => `投诉率 ${v} 超过 ${l}`,
  },
  qualityMark: '违反质量约束',
  belowThreshold: (t) => `低于 ${t}`,
  outlier: '明显偏离历史水平',
  empty: '排行榜暂无人员',
  page: (p, n) => `第 ${p} 页,共 ${n} 页`,
  previousPage: '上一页',
  nextPage: '下一页',
  pause: '暂停翻页',
  paging: '翻页',
};

export const leaderboardStrings = (locale: string): LeaderboardStrings => pickStrings(locale, { en, zh });
