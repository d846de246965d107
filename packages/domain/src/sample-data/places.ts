import type { Localized } from './names.js';
import type { Dimension } from '../schemas/target-tree.js';

/** The root of the sample target tree. */
export const COMPANY: Localized = { 'en-US': 'Whole company', 'zh-CN': '全公司' };

/** A child group of a region: a product line or a customer segment, with its share of the target. */
export interface Segment {
  id: string;
  share: number;
  name: Localized;
}

/** A sales region with its share of the company target (DOMAIN.md §1) and how it splits. */
export interface Region {
  id: string;
  share: number;
  name: Localized;
  /** Cities its teams are named after (team 9 is the first city's second team). */
  cities: readonly Localized[];
  /** Dimension its children split by: `org` = straight into teams. */
  split: Dimension;
  segments?: readonly Segment[];
}

const city = (en: string, zh: string): Localized => ({ 'en-US': en, 'zh-CN': zh });

/** Product lines (DOMAIN.md §1: core 60%, new 30%, accessories 10%). */
export const PRODUCTS: readonly Segment[] = [
  { id: 'core', share: 0.6, name: { 'en-US': 'Core products', 'zh-CN': '核心产品' } },
  { id: 'new', share: 0.3, name: { 'en-US': 'New products', 'zh-CN': '新产品' } },
  { id: 'accessories', share: 0.1, name: { 'en-US': 'Accessories', 'zh-CN': '配件' } },
];

/** Customer segments (DOMAIN.md §1: key accounts 50%, SMB 30%, new customers 20%). */
export const CUSTOMERS: readonly Segment[] = [
  { id: 'key', share: 0.5, name: { 'en-US': 'Key accounts', 'zh-CN': '大客户' } },
  { id: 'smb', share: 0.3, name: { 'en-US': 'SMB', 'zh-CN': '中小客户' } },
  { id: 'new', share: 0.2, name: { 'en-US': 'New customers', 'zh-CN': '新客户' } },
];

/**
 * The regions (DOMAIN.md §1: East 35%, South 25%, North 20%, other 20%).
 * North splits by product line and the other regions by customer segment
 * before their teams; East and South go straight to teams.
 */
export const REGIONS: readonly Region[] = [
  {
    id: 'east', share: 0.35, split: 'org', name: { 'en-US': 'East', 'zh-CN': '华东大区' },
    cities: [city('Shanghai', '上海'), city('Hangzhou', '杭州'), city('Nanjing', '南京'), city('Suzhou', '苏州'),
      city('Hefei', '合肥'), city('Ningbo', '宁波'), city('Fuzhou', '福州'), city('Jinan', '济南')],
  },
  {
    id: 'south', share: 0.25, split: 'org', name: { 'en-US': 'South', 'zh-CN': '华南大区' },
    cities: [city('Guangzhou', '广州'), city('Shenzhen', '深圳'), city('Xiamen', '厦门'), city('Dongguan', '东莞'),
      city('Foshan', '佛山'), city('Nanning', '南宁'), city('Haikou', '海口'), city('Zhuhai', '珠海')],
  },
  {
    id: 'north', share: 0.2, split: 'product', segments: PRODUCTS, name: { 'en-US': 'North', 'zh-CN': '华北大区' },
    cities: [city('Beijing', '北京'), city('Tianjin', '天津'), city('Shijiazhuang', '石家庄'), city('Taiyuan', '太原'),
      city('Shenyang', '沈阳'), city('Dalian', '大连'), city('Harbin', '哈尔滨'), city('Changchun', '长春')],
  },
  {
    id: 'other', share: 0.2, split: 'customer', segments: CUSTOMERS, name: { 'en-US': 'Other regions', 'zh-CN': '其他大区' },
    cities: [city('Chengdu', '成都'), city('Chongqing', '重庆'), city('Wuhan', '武汉'), city("Xi'an", '西安'),
      city('Changsha', '长沙'), city('Zhengzhou', '郑州'), city('Kunming', '昆明'), city('Guiyang', '贵阳')],
  },
];

/** The name of a region's team number `index` (0-based): `Shanghai team`, `Shanghai team 2`, `上海团队`, `上海二队`… */
export function teamName(region: Region, index: number, locale: keyof Localized): string {
  const place = region.cities[index % region.cities.length]![locale];
  const round = Math.floor(index / region.cities.length) + 1;
  if (locale === 'zh-CN') return round === 1 ? `${place}团队` : `${place}${round}队`;
  return round === 1 ? `${place} team` : `${place} team ${round}`;
}
